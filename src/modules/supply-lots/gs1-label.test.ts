import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import bwipjs from 'bwip-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { ESCAPED_GROUP_SEPARATOR, GROUP_SEPARATOR } from '../../domain/gs1.ts';
import { makeClinic, makeSupplyItem, receiveSupplyLot } from '../../test/factories.ts';
import { makeSignedIn, type SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';

// Issue 22, acceptance 4: a GS1 DataMatrix kit label fills item, lot and expiry. The label is drawn
// by bwip-js, read back by zxing-wasm as a scanner would, and the text sent to the scan endpoint.

let t: TestApp;
let nurse: SignedInUser;

beforeAll(async () => {
  // The decoder's wasm from the package itself, never the network (shared/design/STACK.md trap 8).
  const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  await prepareZXingModule({
    overrides: {
      wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer,
    },
    fireImmediately: true,
  });
  t = await makeTestApp();
  const clinic = (await makeClinic(t)).id;
  nurse = await makeSignedIn(t, ['nurse'], { facilityIds: [clinic] });
}, 120_000);
afterAll(() => t?.close());

async function scanLabel(hri: string, textMode: 'Plain' | 'HRI') {
  const png = await bwipjs.toBuffer({
    bcid: 'gs1datamatrix',
    text: hri,
    scale: 4,
    paddingwidth: 8,
    paddingheight: 8,
    backgroundcolor: 'FFFFFF',
  });
  const [read] = await readBarcodes(new Uint8Array(png), { formats: ['DataMatrix'], textMode });
  if (!read?.isValid) throw new Error(`the label did not decode: ${read?.error ?? 'nothing found'}`);
  // What a keyboard-wedge scanner types: the symbology identifier, then the data; GS sent as <GS>.
  const typed = `${read.symbologyIdentifier}${read.text}`.replaceAll(
    GROUP_SEPARATOR,
    ESCAPED_GROUP_SEPARATOR,
  );
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/supply-lots/scan?code=${encodeURIComponent(typed)}`,
    headers: nurse.headers,
  });
  return { typed, res };
}

describe('a GS1 DataMatrix kit label', () => {
  it('fills in item, lot and expiry of a lot not yet received (raw element string, GS after the lot)', async () => {
    const item = await makeSupplyItem(t, nurse, { name: 'PRPキット A', gtin: '09501101530003' });
    const { typed, res } = await scanLabel('(01)09501101530003(10)K2411A(17)271200(21)0001', 'Plain');
    expect(typed).toBe(`]d2010950110153000310K2411A${ESCAPED_GROUP_SEPARATOR}17271200210001`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      gtin: '09501101530003',
      lotNumber: 'K2411A',
      expiresOn: '2027-12-31',
      lot: null,
    });
    expect(res.json().item).toMatchObject({ id: item.id, name: 'PRPキット A' });
  });

  it('finds the lot once received (the human-readable form a scanner may also send)', async () => {
    const item = await makeSupplyItem(t, nurse, { name: 'PRPキット B', gtin: '04901234567894' });
    const lot = await receiveSupplyLot(t, nurse, item.id, { lotNumber: 'B-77', expiresOn: '2028-02-29' });
    const { res } = await scanLabel('(01)04901234567894(17)280200(10)B-77', 'HRI');
    expect(res.json()).toMatchObject({ lotNumber: 'B-77', expiresOn: '2028-02-29' });
    expect([res.json().item.id, res.json().lot.id]).toEqual([item.id, lot.id]);
  });
});
