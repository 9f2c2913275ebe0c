import { AUDIT_EVENT_KINDS, type AuditEntityType } from '../../../../../src/modules/audit/kinds';
import type { AuditEvent } from './audit-query';

/**
 * One audit event as a sentence a clinic administrator reads: 「田中 美咲 が 山田 花子 (P-000001) の
 * 写真を登録」. Every kind the server records (src/modules/audit/kinds.ts) has its own sentence in
 * ja and en (audit-sentence.test.ts); a kind this screen does not know yet reads as the fallback.
 */

/** The i18n key of an event's own sentence, or undefined for a kind the screen does not know. */
export function sentenceKey(entityType: string, action: string): string | undefined {
  if (!Object.hasOwn(AUDIT_EVENT_KINDS, entityType)) return undefined;
  const actions: readonly string[] = AUDIT_EVENT_KINDS[entityType as AuditEntityType];
  return actions.includes(action) ? `audit.sentences.${entityType}.${action}` : undefined;
}

/** Words already in the reader's language for the parts of the sentence. */
export interface SentenceParts {
  actor: string;
  /** The record the event is about when it is not a patient: a user's or facility's name. */
  target: string;
  action: string;
  entity: string;
}

type Translate = (key: string, values: Record<string, string>) => string;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A detail the event recorded (`changes.details.login`), as text. */
function detail(event: AuditEvent, key: string): string | undefined {
  const details = isRecord(event.changes) ? event.changes.details : undefined;
  const value = isRecord(details) ? details[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** 山田 花子 (P-000001), or the id's tail when the patient is not one of this facility's. */
export function patientText(event: AuditEvent, translate: Translate): string {
  if (event.patient) return `${event.patient.name} (${event.patient.number})`;
  if (event.patientId) return translate('audit.unknownPatient', { id: event.patientId.slice(-8) });
  return '';
}

export function auditSentence(event: AuditEvent, parts: SentenceParts, translate: Translate): string {
  const values = {
    actor: parts.actor,
    target: parts.target,
    patient: patientText(event, translate),
    login: detail(event, 'login') ?? '—',
    merged: detail(event, 'mergedPatientNumber') ?? '—',
    action: parts.action,
    entity: parts.entity,
  };
  const key = sentenceKey(event.entityType, event.action);
  if (key) return translate(key, values);
  return translate(event.patientId ? 'audit.fallbackPatientSentence' : 'audit.fallbackSentence', values);
}
