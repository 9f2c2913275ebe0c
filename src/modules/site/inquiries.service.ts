import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/keyset-cursor.ts';
import { recordAccess } from '../audit/access.ts';
import { recordAudit } from '../audit/recorder.ts';
import type { PatientInput, PatientService } from '../patients/service.ts';
import { facilityIdOf } from '../records/scope.ts';
import type { InquiryStatus } from './enums.ts';
import * as q from './queries.ts';
import { canMoveInquiry } from './rules.ts';

const inquiryCursor = keysetCursor('uuid');

/** What the desk adds when an inquiry becomes a patient: the form asks for neither birth date nor sex. */
export type NewPatientFromInquiry = Pick<
  PatientInput,
  'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana' | 'birthDate' | 'sex'
> & { version: number; confirmDuplicate?: boolean | undefined };

const inTheInbox = (row: q.InquiryRow) => {
  const { senderKey: _hidden, ...inquiry } = row;
  return inquiry;
};

function refuseToMakePatient(inquiry: q.InquiryRow, version: number) {
  if (inquiry.patientId) throw conflict('ALREADY_A_PATIENT', 'This inquiry is already a patient.');
  if (inquiry.version !== version)
    throw conflict('STALE_VERSION', 'The inquiry was changed by someone else: reload it and try again.');
}

export type InquiryService = ReturnType<typeof createInquiryService>;

/**
 * The inbox of inquiries from the site (issue 23): new → contacted → booked → closed, with notes,
 * and "make this a patient" in one step through the patients service. Every read of an inquiry is
 * in the access log: it is personal information of someone who is not yet a patient.
 */
export function createInquiryService(db: Database, patients: PatientService) {
  async function loadForChange(
    tx: Parameters<Parameters<typeof inTransaction>[1]>[0],
    ctx: RequestContext,
    id: string,
    version: number,
  ) {
    const current = await q.findInquiryForUpdate(tx, facilityIdOf(ctx), id);
    if (!current) throw notFound('Inquiry');
    if (current.version !== version)
      throw conflict('STALE_VERSION', 'The inquiry was changed by someone else: reload it and try again.');
    return current;
  }

  return {
    async list(
      ctx: RequestContext,
      filter: { status?: InquiryStatus | undefined },
      page: { limit: number; cursor?: string | undefined },
    ) {
      const before = inquiryCursor.decode(page.cursor);
      const rows = await q.listInquiries(db, facilityIdOf(ctx), filter, {
        beforeId: before?.[0],
        limit: page.limit,
      });
      const result = inquiryCursor.page(rows, page.limit, (row) => [row.id]);
      await recordAccess(db, ctx, {
        action: 'read',
        entityType: 'inquiry_list',
        details: { inquiryIds: result.items.map((row) => row.id) },
      });
      return { items: result.items.map(inTheInbox), nextCursor: result.nextCursor };
    },

    async get(ctx: RequestContext, id: string) {
      const inquiry = await q.findInquiry(db, facilityIdOf(ctx), id);
      if (!inquiry) throw notFound('Inquiry');
      const notes = await q.notesOf(db, id);
      await recordAccess(db, ctx, { action: 'read', entityType: 'inquiry', entityId: id });
      return { ...inTheInbox(inquiry), notes };
    },

    changeStatus(ctx: RequestContext, id: string, input: { status: InquiryStatus; version: number }) {
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, ctx, id, input.version);
        if (!canMoveInquiry(current.status, input.status))
          throw conflict(
            'INQUIRY_STATUS',
            `An inquiry goes from ${current.status} to ${input.status} only through the desk's steps.`,
            [{ path: 'status', code: 'INQUIRY_STATUS', message: `Not after ${current.status}.` }],
          );
        const inquiry = await q.updateInquiry(tx, id, { status: input.status });
        await recordAudit(tx, ctx, {
          action: 'update',
          entityType: 'inquiry',
          entityId: id,
          before: { status: current.status },
          after: { status: inquiry.status },
        });
        return { ...inTheInbox(inquiry), notes: await q.notesOf(tx, id) };
      });
    },

    addNote(ctx: RequestContext, id: string, body: string) {
      return inTransaction(db, async (tx) => {
        const inquiry = await q.findInquiryForUpdate(tx, facilityIdOf(ctx), id);
        if (!inquiry) throw notFound('Inquiry');
        const note = await q.insertInquiryNote(tx, {
          id: uuidv7(),
          inquiryId: id,
          body,
          writtenBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        });
        await recordAudit(tx, ctx, {
          action: 'note',
          entityType: 'inquiry',
          entityId: id,
          details: { noteId: note.id },
        });
        return { ...inTheInbox(inquiry), notes: await q.notesOf(tx, id) };
      });
    },

    /**
     * Registers the person as a patient (the patients service: its checks, duplicate warning and
     * audit) and links the inquiry to them in the same transaction; the inquiry's phone and email
     * come along. An inquiry becomes a patient once (409 ALREADY_A_PATIENT).
     */
    async makePatient(ctx: RequestContext, id: string, input: NewPatientFromInquiry) {
      const { version, confirmDuplicate, ...names } = input;
      const inquiry = await q.findInquiry(db, facilityIdOf(ctx), id);
      if (!inquiry) throw notFound('Inquiry');
      // Refused before registering: a refusal must not even take a patient number. Checked again,
      // locked, inside the registration's transaction for a racing second click.
      refuseToMakePatient(inquiry, version);
      const patient = await patients.registerPatient(
        ctx,
        { ...names, phone: inquiry.phone, email: inquiry.email },
        {
          confirmDuplicate: confirmDuplicate ?? false,
          alongside: async (tx, made) => {
            refuseToMakePatient(await loadForChange(tx, ctx, id, version), version);
            await q.updateInquiry(tx, id, { patientId: made.id });
            await recordAudit(tx, ctx, {
              action: 'update',
              entityType: 'inquiry',
              entityId: id,
              patientId: made.id,
              before: { patientId: null },
              after: { patientId: made.id },
            });
          },
        },
      );
      return { patientId: patient.id, patientNumber: patient.patientNumber };
    },
  };
}
