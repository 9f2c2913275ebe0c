import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { AppError, conflict, notFound, validationFailed } from '../../platform/errors.ts';
import { recordAccess } from '../audit/access.ts';
import { recordAudit } from '../audit/recorder.ts';
import * as sessions from '../auth/queries.ts';
import { hashPassword, verifyPassword } from '../auth/secrets.ts';
import { findPatient } from '../patients/queries.ts';
import { facilityIdOf } from '../records/scope.ts';
import { findTemplate, questionnaireQueries } from './queries.ts';
import { checkAnswers, PIN_ATTEMPTS, pinProblems, raisedWarnings } from './rules.ts';
import { signatureProblems } from './signature.ts';
import type { AnswerValue } from './types.ts';

export type TabletService = ReturnType<typeof createTabletService>;

/** One answer as the tablet saves it; null clears it. */
export type AnswerEntry = { questionId: string; value: AnswerValue | null };

const notInPatientMode = () =>
  conflict('NOT_IN_PATIENT_MODE', 'This session is not a tablet handed to a patient.');

/** The signed-in person's session, for what only a browser session can do (a token cannot hand a tablet over). */
function sessionActor(ctx: RequestContext) {
  const { actor } = ctx;
  if (actor.kind !== 'user') {
    throw conflict('STAFF_SESSION_REQUIRED', 'Only a signed-in member of staff hands a tablet over.');
  }
  return actor;
}

/** The questionnaire the tablet is bound to: the session decides, never the request. */
function boundQuestionnaire(ctx: RequestContext): string {
  const { actor } = ctx;
  if (actor.kind !== 'user' || !actor.patientMode) throw notInPatientMode();
  return actor.patientMode.questionnaireId;
}

/**
 * The tablet (patient mode, docs/security.md): a member of staff hands their signed-in session to the
 * patient for one questionnaire, with a PIN; the access guard then lets the session reach only the
 * routes below, which take the questionnaire from the session; the patient answers and signs; the
 * member of staff takes it back with the PIN. Five wrong PINs end the session: signing in again
 * needs the password (and the second factor where enrolled), which the patient does not have.
 */
export function createTabletService(db: Database) {
  /** The bound questionnaire, locked, still open to answers. */
  async function openForAnswers(tx: Transaction, ctx: RequestContext) {
    const id = boundQuestionnaire(ctx);
    const current = await questionnaireQueries.findForUpdate(tx, facilityIdOf(ctx), id);
    if (!current) throw notFound('Questionnaire');
    if (current.status === 'voided') throw conflict('RECORD_VOIDED', 'This questionnaire was voided.');
    if (current.progress === 'submitted') {
      throw conflict('QUESTIONNAIRE_SUBMITTED', 'This questionnaire was already submitted.');
    }
    const template = await findTemplate(tx, current.facilityId, current.templateId);
    if (!template) throw new Error(`questionnaire ${id} names a missing template`);
    return { current, questions: template.questions };
  }

  return {
    /** The staff session becomes the patient's tablet for this questionnaire, until returned with the PIN. */
    async handOver(ctx: RequestContext, questionnaireId: string, pin: string) {
      const actor = sessionActor(ctx);
      const problems = pinProblems(pin);
      if (problems.length > 0) throw validationFailed(problems);
      const pinHash = await hashPassword(pin);
      return inTransaction(db, async (tx) => {
        const questionnaire = await questionnaireQueries.findForUpdate(
          tx,
          facilityIdOf(ctx),
          questionnaireId,
        );
        if (!questionnaire) throw notFound('Questionnaire');
        if (questionnaire.status === 'voided')
          throw conflict('RECORD_VOIDED', 'This questionnaire was voided.');
        if (questionnaire.progress === 'submitted') {
          throw conflict('QUESTIONNAIRE_SUBMITTED', 'This questionnaire was already submitted.');
        }
        await sessions.startPatientMode(tx, actor.sessionId, questionnaireId, pinHash);
        await recordAudit(tx, ctx, {
          action: 'patient_mode_start',
          entityType: 'session',
          entityId: actor.sessionId,
          patientId: questionnaire.patientId,
          details: { questionnaireId },
        });
        return { questionnaireId };
      });
    },

    /**
     * What the tablet shows: the patient's name (to see it is theirs), the questions, and the
     * answers so far. Once submitted, the answers are no longer shown on the tablet.
     */
    async current(ctx: RequestContext) {
      const id = boundQuestionnaire(ctx);
      return inTransaction(db, async (tx) => {
        const facilityId = facilityIdOf(ctx);
        const questionnaire = await questionnaireQueries.find(tx, facilityId, id);
        if (!questionnaire) throw notFound('Questionnaire');
        const template = await findTemplate(tx, facilityId, questionnaire.templateId);
        const patient = await findPatient(tx, facilityId, questionnaire.patientId);
        if (!template || !patient) throw new Error(`questionnaire ${id} names a missing template or patient`);
        await recordAccess(tx, ctx, {
          action: 'read',
          entityType: 'questionnaire',
          entityId: id,
          patientId: questionnaire.patientId,
          details: { patientMode: true },
        });
        const open = questionnaire.progress === 'in_progress' && questionnaire.status === 'recorded';
        return {
          id,
          progress: questionnaire.progress,
          status: questionnaire.status,
          patient: { familyName: patient.familyName, givenName: patient.givenName },
          titleJa: template.titleJa,
          titleEn: template.titleEn,
          questions: template.questions,
          answers: open ? questionnaire.answers : {},
        };
      });
    },

    /**
     * Answers of one screen, merged into those saved: each checked against the template (unknown ids
     * and wrong types refused, naming `answers.<questionId>`), and answers the others now hide dropped.
     */
    saveAnswers(ctx: RequestContext, entries: AnswerEntry[]) {
      return inTransaction(db, async (tx) => {
        const { current, questions } = await openForAnswers(tx, ctx);
        // No prototype: an id like "__proto__" is a key like any other, refused as unknown.
        const merged: Record<string, unknown> = Object.assign(Object.create(null), current.answers);
        for (const { questionId, value } of entries) {
          if (value === null) delete merged[questionId];
          else merged[questionId] = value;
        }
        const { answers, problems } = checkAnswers(questions, merged, { final: false });
        if (problems.length > 0) throw validationFailed(problems);
        const updated = await questionnaireQueries.update(tx, current.id, {
          answers,
          answersSavedAt: new Date(),
        });
        await recordAudit(tx, ctx, {
          action: 'answer',
          entityType: 'questionnaire',
          entityId: current.id,
          patientId: current.patientId,
          before: { answers: current.answers },
          after: { answers: updated.answers },
        });
        return { answers: updated.answers, answersSavedAt: updated.answersSavedAt };
      });
    },

    /** Signed by the patient: every shown required question answered; the warnings derived and kept. */
    async submit(ctx: RequestContext, signature: string) {
      boundQuestionnaire(ctx);
      const unsigned = await signatureProblems(signature);
      if (unsigned.length > 0) throw validationFailed(unsigned);
      return inTransaction(db, async (tx) => {
        const { current, questions } = await openForAnswers(tx, ctx);
        const { answers, problems } = checkAnswers(questions, current.answers, { final: true });
        if (problems.length > 0) {
          throw new AppError(422, 'ANSWERS_INCOMPLETE', 'Some questions still need an answer.', problems);
        }
        const warnings = raisedWarnings(questions, answers);
        const submittedAt = new Date();
        await questionnaireQueries.update(tx, current.id, {
          progress: 'submitted',
          answers,
          signature,
          warnings,
          submittedAt,
        });
        await recordAudit(tx, ctx, {
          action: 'submit',
          entityType: 'questionnaire',
          entityId: current.id,
          patientId: current.patientId,
          before: { progress: current.progress },
          after: { progress: 'submitted', submittedAt: submittedAt.toISOString(), warnings },
          details: { signatureChars: signature.length },
        });
        return { progress: 'submitted' as const, submittedAt };
      });
    },

    /**
     * The member of staff takes the tablet back with their PIN. A wrong one is counted and audited
     * (kept even though the request is refused); the fifth in a row ends the session.
     */
    async takeBack(ctx: RequestContext, pin: string) {
      const actor = sessionActor(ctx);
      if (!actor.patientMode) throw notInPatientMode();
      const problems = pinProblems(pin);
      if (problems.length > 0) throw validationFailed(problems);
      const stored = await sessions.findSession(db, actor.sessionId);
      const right =
        stored?.patientModePinHash != null && (await verifyPassword(stored.patientModePinHash, pin));
      const refusal = await inTransaction(db, async (tx): Promise<AppError | undefined> => {
        const session = await sessions.findSessionForUpdate(tx, actor.sessionId);
        // Returned meanwhile (another tab of the same session): nothing left to return.
        if (
          !session?.patientModeQuestionnaireId ||
          session.patientModePinHash !== stored?.patientModePinHash
        ) {
          return notInPatientMode();
        }
        const about = { entityType: 'session', entityId: session.id } as const;
        const details = { questionnaireId: session.patientModeQuestionnaireId };
        if (right) {
          await sessions.endPatientMode(tx, session.id);
          await recordAudit(tx, ctx, { ...about, action: 'patient_mode_end', details });
          return undefined;
        }
        const failures = await sessions.countPinFailure(tx, session.id);
        await recordAudit(tx, ctx, {
          ...about,
          action: 'patient_mode_pin_failed',
          details: { ...details, failures },
        });
        if (failures < PIN_ATTEMPTS) {
          return new AppError(
            422,
            'PIN_INCORRECT',
            'The PIN is not correct.',
            [{ path: 'pin', code: 'PIN_INCORRECT', message: 'The PIN is not correct.' }],
            {},
            { attemptsLeft: PIN_ATTEMPTS - failures },
          );
        }
        await sessions.endSession(tx, session.id, new Date(), 'patient_mode_locked');
        await recordAudit(tx, ctx, {
          ...about,
          action: 'patient_mode_locked',
          details: { ...details, failures },
        });
        return new AppError(
          429,
          'TOO_MANY_ATTEMPTS',
          'Too many wrong PINs: the session has ended. Sign in again with your password.',
        );
      });
      if (refusal) throw refusal;
    },
  };
}
