import { clinicalInstant } from '../../domain/tokyo-date.ts';
import type { TimelineSource } from '../patients/timeline.ts';
import { consultationsOfPatients } from './queries.ts';

const COMPLAINT_LENGTH = 80;

const shorten = (text: string) =>
  [...text].length > COMPLAINT_LENGTH ? `${[...text].slice(0, COMPLAINT_LENGTH - 1).join('')}…` : text;

/**
 * This module's entries on the patient timeline; a voided consultation stays, marked voided. The
 * timeline is open to reception (patients:read), so the screening answers and their warnings stay
 * off it: they are read, and logged, through the consultation itself.
 */
export const consultationTimeline: TimelineSource = async (db, patientIds) =>
  (await consultationsOfPatients(db, patientIds)).map((c) => ({
    at: clinicalInstant(c.consultedOn, c.createdAt),
    kind: 'consultation',
    id: c.id,
    patientId: c.patientId,
    summary: {
      consultedOn: c.consultedOn,
      plan: c.plan,
      chiefComplaint: shorten(c.chiefComplaint),
      physicianId: c.physicianId,
      nextAppointmentAt: c.nextAppointmentAt?.toISOString() ?? null,
      status: c.status,
      ...(c.status === 'voided' ? { voidReason: c.voidReason } : {}),
    },
  }));
