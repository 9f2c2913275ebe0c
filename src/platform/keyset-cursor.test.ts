import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { keysetCursor } from './keyset-cursor.ts';

const dated = keysetCursor('date', 'uuid');
const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

function refusal(cursor: string) {
  try {
    dated.decode(cursor);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('keyset cursor', () => {
  it('gives back what it encoded', () => {
    expect(dated.decode(dated.encode(['2026-02-28', ID]))).toEqual(['2026-02-28', ID]);
    const audit = keysetCursor('instant', 'serial');
    expect(audit.decode(audit.encode(['2026-11-25T01:02:03.456789Z', 42]))).toEqual([
      '2026-11-25T01:02:03.456789Z',
      42,
    ]);
  });

  it.each([
    ['a forged value of the wrong kind', encoded(['みほん', 'not-a-uuid'])],
    ['an impossible date', encoded(['2026-02-30', ID])],
    ['too few parts', encoded(['2026-02-28'])],
    ['too many parts', encoded(['2026-02-28', ID, 1])],
    ['not JSON', Buffer.from('{{{').toString('base64url')],
    ['an object', encoded({ date: '2026-02-28', id: ID })],
    ['not base64url at all', '!!!'],
  ])('refuses %s with 422 INVALID_CURSOR naming the cursor', (_, cursor) => {
    const error = refusal(cursor);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    expect((error as AppError).errors).toEqual([
      expect.objectContaining({ path: 'cursor', code: 'INVALID_CURSOR' }),
    ]);
  });

  it('refuses text a database would refuse', () => {
    const text = keysetCursor('text', 'uuid');
    expect(() => text.decode(encoded(['a\u0000b', ID]))).toThrow(AppError);
    expect(() => text.decode(encoded(['\ud800', ID]))).toThrow(AppError);
    expect(() => text.decode(encoded(['x'.repeat(201), ID]))).toThrow(AppError);
    expect(text.decode(encoded(['やまだ', ID]))).toEqual(['やまだ', ID]);
    const kana = keysetCursor('kana', 'uuid');
    expect(kana.decode(encoded(['ミホンタロー', ID]))).toEqual(['ミホンタロー', ID]);
    expect(() => kana.decode(encoded(['2025-02-30', ID]))).toThrow(AppError);
    expect(() => kana.decode(encoded(['みほん', ID]))).toThrow(AppError);
    expect(() => kana.decode(encoded(['', ID]))).toThrow(AppError);
  });

  it('pages from limit + 1 rows', () => {
    const rows = [1, 2, 3].map((n) => ({ on: `2026-01-0${n}`, id: ID }));
    const full = dated.page(rows, 2, (r) => [r.on, r.id]);
    expect(full.items).toHaveLength(2);
    expect(dated.decode(full.nextCursor ?? undefined)).toEqual(['2026-01-02', ID]);
    expect(dated.page(rows, 3, (r) => [r.on, r.id]).nextCursor).toBeNull();
  });
});
