import type { Database } from '../../db/client.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import { countFacilities } from '../../modules/facilities/queries.ts';
import { createFacilityService } from '../../modules/facilities/service.ts';
import { createPatientService } from '../../modules/patients/service.ts';
import { type RequestContext, systemContext } from '../../platform/actor.ts';
import type { BlobStore } from '../../platform/blob-store.ts';
import { DEMO_FACILITIES } from './demo-facilities.ts';
import { DEMO_PATIENTS } from './demo-patients.ts';
import { demoPhotosStep } from './demo-photos.ts';
import { demoQuestionnaireStep } from './demo-questionnaire.ts';
import { demoRecordsStep } from './demo-records.ts';
import { demoStaffStep, retireDemoStaffStep } from './demo-staff.ts';
import { demoSuppliesStep } from './demo-supplies.ts';
import type { DemoContext, DemoStep } from './steps.ts';

const patientsStep: DemoStep = {
  name: 'patients',
  async run(demo) {
    const patients = createPatientService(demo.db);
    for (const [index, input] of DEMO_PATIENTS.entries()) {
      const patient = await patients.registerPatient(demo.system, input);
      demo.patients.push({ id: patient.id, index });
    }
    return `${DEMO_PATIENTS.length} patients`;
  },
};

/**
 * The demo, in order. A module that lands adds its step here (steps.ts says how); the staff are
 * retired last, once every record naming them is made.
 */
export const DEMO_STEPS: DemoStep[] = [
  patientsStep,
  demoStaffStep,
  demoRecordsStep,
  demoPhotosStep,
  demoQuestionnaireStep,
  demoSuppliesStep,
  retireDemoStaffStep,
];

/**
 * Loads the demo clinic through the same services a user goes through, so every row is valid and
 * audited. Returns a one-line summary, or undefined when the database is not empty.
 */
export async function loadDemoData(
  db: Database,
  ctx: RequestContext,
  blobs: BlobStore,
  steps: DemoStep[] = DEMO_STEPS,
): Promise<string | undefined> {
  if ((await countFacilities(db)) > 0) return undefined;
  const facilities = createFacilityService(db);
  const created = [];
  for (const facility of DEMO_FACILITIES) created.push(await facilities.createFacility(ctx, facility));
  const clinic = created.find((f) => f.kind === 'clinic');
  if (!clinic) throw new Error('the demo has no clinic');
  const demo: DemoContext = {
    db,
    blobs,
    system: { ...ctx, ...systemContext('demo', clinic.id) },
    clinic,
    today: todayInTokyo(),
    patients: [],
    staff: {},
    assessments: new Map(),
  };
  const made = [`${DEMO_FACILITIES.length} facilities`];
  for (const step of steps) {
    const summary = await step.run(demo);
    if (summary) made.push(summary);
  }
  return `Demo data loaded: ${made.join(', ')}.`;
}
