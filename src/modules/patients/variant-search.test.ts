import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rekeyPatients } from '../../db/rekey-patients.ts';
import { foldForSearch } from '../../domain/kana.ts';
import { NAME_KEY_VERSION } from '../../domain/name-fold.ts';
import { makeClinic, makePatient, makeStaff } from '../../test/factories.ts';
import type { SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { patients } from './schema.ts';

// Issue 20 item 1: a name written with a variant kanji (異体字) or an ideographic variation
// selector is found by the common form and the reverse; the record keeps what was written.
// On both databases (TEST_DATABASE_URL runs this file on PostgreSQL).

let t: TestApp;
let reception: SignedInUser;
const ids: Record<string, string> = {};
const idOf = (name: string) => ids[name] ?? '';

beforeAll(async () => {
  t = await makeTestApp();
  const clinic = await makeClinic(t);
  reception = await makeStaff(t, clinic.id, ['reception']);
  const register = async (familyName: string, givenName: string, kana: [string, string]) => {
    const p = await makePatient(t, reception, {
      familyName,
      givenName,
      familyNameKana: kana[0],
      givenNameKana: kana[1],
    });
    ids[`${familyName}${givenName}`] = p.id;
  };
  await register('髙橋', '由美子', ['たかはし', 'ゆみこ']);
  await register('高橋', '健', ['たかはし', 'けん']);
  await register('葛\u{E0100}飾', '花', ['かつしか', 'はな']);
  await register('渡邊', '誠', ['わたなべ', 'まこと']);
});
afterAll(() => t.close());

const search = async (q: string) => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/patients?q=${encodeURIComponent(q)}`,
    headers: reception.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { familyName: string; givenName: string }[]).map(
    (p) => `${p.familyName}${p.givenName}`,
  );
};

describe('search by name folds variant kanji', () => {
  it('finds 髙橋 by 高橋 and 高橋 by 髙橋', async () => {
    for (const q of ['高橋', '髙橋', '高橋 由美子', '髙橋由美子']) {
      expect(await search(q), q).toContain('髙橋由美子');
    }
    expect(await search('髙橋')).toContain('高橋健');
  });

  it('finds the IVS-laden 葛󠄀飾 by 葛飾, and keeps the name as written', async () => {
    expect(await search('葛飾')).toEqual(['葛\u{E0100}飾花']);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${idOf('葛\u{E0100}飾花')}`,
      headers: reception.headers,
    });
    expect(res.json().familyName).toBe('葛\u{E0100}飾');
  });

  it('finds 渡邊 by 渡辺 and 渡邉', async () => {
    expect(await search('渡辺')).toEqual(['渡邊誠']);
    expect(await search('渡邉')).toEqual(['渡邊誠']);
  });
});

describe('re-keying patients keyed before the fold', () => {
  it('recomputes the keys of old rows once, and leaves the names and versions alone', async () => {
    const old = [idOf('髙橋由美子'), idOf('渡邊誠')];
    // As rows made before issue 20 were: no variant fold, version 1.
    for (const [id, name] of [
      [idOf('髙橋由美子'), '髙橋由美子'],
      [idOf('渡邊誠'), '渡邊誠'],
    ] as const) {
      await t.database.db
        .update(patients)
        .set({ nameKey: `${foldForSearch(name)}|`, searchKeyVersion: 1 })
        .where(eq(patients.id, id));
    }
    expect(await search('高橋')).not.toContain('髙橋由美子');
    expect(await search('渡辺')).toEqual([]);

    expect(await rekeyPatients(t.database.db)).toBe(2);
    expect(await search('高橋')).toContain('髙橋由美子');
    expect(await search('渡辺')).toEqual(['渡邊誠']);
    const rows = await t.database.db.select().from(patients).where(inArray(patients.id, old));
    expect(rows.map((r) => [r.familyName, r.version, r.searchKeyVersion]).sort()).toEqual([
      ['渡邊', 1, NAME_KEY_VERSION],
      ['髙橋', 1, NAME_KEY_VERSION],
    ]);
    // Idempotent: nothing left for a second run, nor for the migrate() every start makes.
    expect(await rekeyPatients(t.database.db)).toBe(0);
    await t.database.migrate();
    expect(await search('渡辺')).toEqual(['渡邊誠']);
  });

  it('is run by migrate(): a row left at version 1 is re-keyed at the next start', async () => {
    const id = idOf('高橋健');
    await t.database.db
      .update(patients)
      .set({ nameKey: 'stale|', searchKeyVersion: 1 })
      .where(eq(patients.id, id));
    await t.database.migrate();
    const [row] = await t.database.db.select().from(patients).where(eq(patients.id, id));
    expect(row?.nameKey).toBe('高橋健|');
    expect(row?.searchKeyVersion).toBe(NAME_KEY_VERSION);
  });
});
