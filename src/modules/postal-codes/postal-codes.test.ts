import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClinic, makeStaff } from '../../test/factories.ts';
import type { SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';

// Issue 20 item 14: reception types the postal code and the address fills in, offline.

let t: TestApp;
let reception: SignedInUser;

beforeAll(async () => {
  t = await makeTestApp();
  const clinic = await makeClinic(t);
  reception = await makeStaff(t, clinic.id, ['reception']);
});
afterAll(() => t.close());

const lookup = (code: string, headers: Record<string, string> = reception.headers) =>
  t.app.inject({ method: 'GET', url: `/api/v1/postal-codes?code=${encodeURIComponent(code)}`, headers });

describe('GET /postal-codes', () => {
  it.each(['100-0001', '1000001', '１００－０００１', '〒100-0001', '100ー0001'])(
    'answers the one address of %s',
    async (code) => {
      const res = await lookup(code);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({
        postalCode: '100-0001',
        addresses: [{ prefecture: '東京都', city: '千代田区', town: '千代田' }],
      });
    },
  );

  it('answers every address a code names, across prefectures too', async () => {
    const several = await lookup('452-0961');
    expect(several.statusCode).toBe(200);
    const towns = several.json().addresses as { prefecture: string; city: string; town: string }[];
    expect(towns.length).toBeGreaterThan(10);
    expect(new Set(towns.map((a) => `${a.prefecture}${a.city}`))).toEqual(new Set(['愛知県清須市']));

    const twoPrefectures = await lookup('498-0000');
    expect(twoPrefectures.json().addresses).toEqual([
      { prefecture: '愛知県', city: '弥富市', town: '' },
      { prefecture: '三重県', city: '桑名郡木曽岬町', town: '' },
    ]);
  });

  it('answers 404 POSTAL_CODE_NOT_FOUND for a well-formed code no address has', async () => {
    const res = await lookup('999-9999');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, code: 'POSTAL_CODE_NOT_FOUND' });
  });

  it.each(['12-3456', '1234567８9', 'abc-defg', ''])('answers 422 naming the field for %j', async (code) => {
    const res = await lookup(code);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ path: 'code', in: 'querystring', code: 'INVALID_POSTAL_CODE' }),
    ]);
  });

  it('is for staff who register patients, and keeps the code out of the log', async () => {
    expect((await lookup('100-0001', {})).statusCode).toBe(401);
    await lookup('105-0011');
    expect(t.logs()).not.toContain('105-0011');
    expect(t.logs()).not.toContain('1050011');
  });
});
