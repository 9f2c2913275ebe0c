import type { Database } from '../../db/client.ts';
import { countFacilities } from '../../modules/facilities/queries.ts';
import { createFacilityService } from '../../modules/facilities/service.ts';
import { createPatientService } from '../../modules/patients/service.ts';
import { type RequestContext, systemContext } from '../../platform/actor.ts';
import { DEMO_FACILITIES } from './demo-facilities.ts';
import { DEMO_PATIENTS } from './demo-patients.ts';

/**
 * Loads the demo clinic through the same services a user goes through, so every row is valid and
 * audited. Returns a one-line summary, or undefined when the database is not empty.
 * Each module adds its own demo data here.
 */
export async function loadDemoData(db: Database, ctx: RequestContext): Promise<string | undefined> {
  if ((await countFacilities(db)) > 0) return undefined;
  const facilities = createFacilityService(db);
  const created = [];
  for (const facility of DEMO_FACILITIES) created.push(await facilities.createFacility(ctx, facility));
  const clinic = created.find((f) => f.kind === 'clinic');
  if (!clinic) throw new Error('the demo has no clinic');
  const patients = createPatientService(db);
  const atClinic: RequestContext = { ...ctx, ...systemContext('demo', clinic.id) };
  for (const patient of DEMO_PATIENTS) await patients.registerPatient(atClinic, patient);
  return `Demo data loaded: ${DEMO_FACILITIES.length} facilities, ${DEMO_PATIENTS.length} patients.`;
}
