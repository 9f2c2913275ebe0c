import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { systemContext } from '../../platform/actor.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { readAuditAnchor } from './anchor.ts';
import { appendAuditAnchor, lastAnchorInFile, startAnchorWriter } from './anchor-file.ts';
import { type AuditEntry, recordAudit } from './recorder.ts';

let database: DatabaseHandle;
let folder: string;
const record = () =>
  inTransaction(database.db, (tx) =>
    recordAudit(tx, systemContext('test'), { action: 'note', entityType: 'test' } as unknown as AuditEntry),
  );

beforeAll(async () => {
  database = await openTestDatabase();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-anchor-'));
});
afterAll(async () => {
  await database.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const lines = (file: string) => fs.readFileSync(file, 'utf8').trim().split('\n');

describe('the audit anchor file', () => {
  it('appends ISO-TIME SEQ:HASH of the newest event, only when it changed, creating its folder', async () => {
    const file = path.join(folder, 'backup-disk', 'audit-anchors.log');
    await record();
    const first = await readAuditAnchor(database.db);
    expect(await appendAuditAnchor(database.db, file, new Date('2026-01-02T03:04:05Z'))).toEqual(first);
    expect(lines(file)).toEqual([`2026-01-02T03:04:05.000Z ${first?.seq}:${first?.hash}`]);

    expect(await appendAuditAnchor(database.db, file)).toBeNull();
    expect(lines(file)).toHaveLength(1);

    await record();
    const second = await readAuditAnchor(database.db);
    expect(await appendAuditAnchor(database.db, file)).toEqual(second);
    expect(lines(file)).toHaveLength(2);
    expect(await lastAnchorInFile(file)).toEqual(second);
  });

  it('reads no anchor from a missing file', async () => {
    expect(await lastAnchorInFile(path.join(folder, 'none.log'))).toBeNull();
  });

  it('writes once more when stopped, and reports a failure instead of throwing', async () => {
    const file = path.join(folder, 'stop.log');
    const errors: unknown[] = [];
    const writer = startAnchorWriter(database.db, { file, minutes: 0, onError: (e) => errors.push(e) });
    await writer.stop();
    expect(await lastAnchorInFile(file)).toEqual(await readAuditAnchor(database.db));

    // A file where a folder should be: the write fails, the caller hears of it.
    const blocked = path.join(file, 'inside.log');
    await startAnchorWriter(database.db, {
      file: blocked,
      minutes: 0,
      onError: (e) => errors.push(e),
    }).stop();
    expect(errors).toHaveLength(1);
  });
});
