import { count } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { auditEvents } from '../../modules/audit/schema.ts';
import { facilities } from '../../modules/facilities/schema.ts';
import { patients } from '../../modules/patients/schema.ts';
import { systemContext } from '../../platform/actor.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { loadDemoData } from './load-demo.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

it('fills an empty database through the services (so every row is audited), and only once', async () => {
  const summary = await loadDemoData(database.db, systemContext('demo'));
  expect(summary).toMatch(/^Demo data loaded: 2 facilities, \d+ patients\.$/);
  const [patientCount] = await database.db.select({ n: count() }).from(patients);
  const [audited] = await database.db.select({ n: count() }).from(auditEvents);
  expect(patientCount?.n).toBeGreaterThan(5);
  expect(audited?.n).toBeGreaterThanOrEqual((patientCount?.n ?? 0) + 2);
  expect(await loadDemoData(database.db, systemContext('demo'))).toBeUndefined();
  expect((await database.db.select({ n: count() }).from(facilities))[0]?.n).toBe(2);
});
