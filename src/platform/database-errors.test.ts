import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/client.ts';
import { openTestDatabase } from '../test/test-database.ts';
import { databaseErrorToAppError } from './database-errors.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** The error the real database raises for this statement, as the error handler would answer it. */
async function answerTo(statement: ReturnType<typeof sql>) {
  try {
    await database.db.execute(statement);
  } catch (error) {
    return databaseErrorToAppError(error);
  }
  throw new Error('the statement was expected to fail');
}

describe('input the database cannot take', () => {
  it.each([
    ['malformed text for its type (22P02)', sql`select ${'not-a-uuid'}::uuid`, 'INVALID_FORMAT'],
    ['a NUL character (22021)', sql`select ${'a\u0000b'}::text`, 'INVALID_CHARACTER'],
    ['a number out of range (22003)', sql`select ${'99999999999'}::integer`, 'OUT_OF_RANGE'],
    ['an impossible date (22008)', sql`select ${'2025-02-30'}::date`, 'OUT_OF_RANGE'],
  ])('answers %s with 422, never 500', async (_, statement, code) => {
    const answer = await answerTo(statement);
    expect(answer?.status).toBe(422);
    expect(answer?.code).toBe('VALIDATION_FAILED');
    expect(answer?.errors[0]?.code).toBe(code);
  });
});
