import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../../../../../src/modules/audit/kinds';
import { useLanguage } from '../../../i18n';
import { formatInstant } from '../../../lib/datetime';
import { isRole } from '../../auth/session';
import { useFacilities } from '../facilities/facilities-api';
import { useUsers } from '../users/users-api';
import type { AuditEvent } from './audit-query';
import { auditSentence } from './audit-sentence';
import ja from './i18n/ja.json';

type ActionKey = keyof typeof ja.audit.actions;
type EntityKey = keyof typeof ja.audit.entities;
type FieldKey = keyof typeof ja.audit.fields;
type DetailValueKey = keyof typeof ja.audit.detailValues;

/** What the filters offer: every action and record type the server records (its one list). */
export const KNOWN_ACTIONS: readonly ActionKey[] = AUDIT_ACTIONS;
export const KNOWN_ENTITIES: readonly EntityKey[] = AUDIT_ENTITY_TYPES;

const isAction = (value: string): value is ActionKey => Object.hasOwn(ja.audit.actions, value);
const isEntity = (value: string): value is EntityKey => Object.hasOwn(ja.audit.entities, value);
const isField = (value: string): value is FieldKey => Object.hasOwn(ja.audit.fields, value);
const isDetailValue = (value: string): value is DetailValueKey => Object.hasOwn(ja.audit.detailValues, value);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Turns the trail's machine words (actions, entity types, field names, ids) into what an
 * administrator reads: names for people and facilities, roles in words, times in Tokyo.
 */
export function useAuditLabels(options: { canListUsers: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const users = useUsers({ enabled: options.canListUsers });
  const facilities = useFacilities();
  const userName = new Map((users.data ?? []).map((u) => [u.id, u.displayName]));
  const facilityName = new Map((facilities.data ?? []).map((f) => [f.id, f.name]));

  const action = (value: string) => (isAction(value) ? t(`audit.actions.${value}`) : value);
  const entity = (value: string) => (isEntity(value) ? t(`audit.entities.${value}`) : value);
  const field = (value: string) => (isField(value) ? t(`audit.fields.${value}`) : value);

  function value(key: string, raw: unknown): string {
    if (raw === null || raw === undefined || raw === '') return '—';
    if (typeof raw === 'boolean') return raw ? t('common.yes') : t('common.no');
    if (Array.isArray(raw)) return raw.length === 0 ? '—' : raw.map((item) => value(key, item)).join('、');
    if (typeof raw === 'string') {
      if ((key === 'roles' || key === 'role') && isRole(raw)) return t(`roles.${raw}`);
      if (key === 'facilityIds' || key === 'facilityId') return facilityName.get(raw) ?? raw;
      if (key === 'kind' && (raw === 'clinic' || raw === 'cpc')) return t(`facility.kinds.${raw}`);
      if (key === 'language' && (raw === 'ja' || raw === 'en')) return raw === 'ja' ? '日本語' : 'English';
      if (ISO_INSTANT.test(raw)) return formatInstant(raw, language, { seconds: true });
      if (isDetailValue(raw)) return t(`audit.detailValues.${raw}`);
      return raw;
    }
    if (typeof raw === 'number') return String(raw);
    return JSON.stringify(raw);
  }

  /** The person alone, as the sentence names them: 田中 美咲, not 田中 美咲 (tanaka). */
  function actorName(event: AuditEvent): string {
    if (event.actorType === 'user' && event.actorId) return userName.get(event.actorId) ?? event.actorLabel;
    return actor(event);
  }

  /** A user's, facility's, token's or backup's name, for the sentence's {{target}}. */
  function targetName(event: AuditEvent): string {
    const id = event.entityId;
    if (!id) return '';
    if (event.entityType === 'user')
      return userName.get(id) ?? t('audit.unknownTarget', { id: id.slice(-8) });
    if (event.entityType === 'facility')
      return facilityName.get(id) ?? t('audit.unknownTarget', { id: id.slice(-8) });
    if (event.entityType === 'backup') return id;
    type Named = { name?: unknown; title?: unknown; titleJa?: unknown };
    const changes = event.changes as { after?: Named; before?: Named } | null;
    // A plan has a title, a consent document a Japanese title; people and places have names.
    const named = (side?: Named) => side?.name ?? side?.title ?? side?.titleJa;
    const name = named(changes?.after) ?? named(changes?.before);
    return typeof name === 'string' ? `「${name}」` : t('audit.unknownTarget', { id: id.slice(-8) });
  }

  /** The event as one sentence in the reader's language (audit-sentence.ts). */
  const sentence = (event: AuditEvent) =>
    auditSentence(
      event,
      {
        actor: actorName(event),
        target: targetName(event),
        action: action(event.action),
        entity: entity(event.entityType),
      },
      // Keys built from the event's kind: audit-sentence.test.ts checks each one exists.
      t as unknown as (key: string, values: Record<string, string>) => string,
    );

  function actor(event: AuditEvent): string {
    if (event.actorType === 'user' && event.actorId) {
      const name = userName.get(event.actorId);
      return name ? `${name} (${event.actorLabel})` : event.actorLabel;
    }
    if (event.actorType === 'token')
      return t('audit.actorToken', { name: event.actorLabel.replace(/^token:/, '') });
    if (event.actorType === 'anonymous') return t('audit.actorAnonymous');
    if (event.actorType === 'system')
      return t('audit.actorSystem', { name: event.actorLabel.replace(/^system:/, '') });
    return event.actorLabel;
  }

  /** The record the event is about, by name where we know it. */
  function target(event: AuditEvent): string {
    const kind = entity(event.entityType);
    if (!event.entityId) return kind;
    const name =
      event.entityType === 'user' || event.entityType === 'login'
        ? userName.get(event.entityId)
        : event.entityType === 'facility'
          ? facilityName.get(event.entityId)
          : undefined;
    return `${kind}: ${name ?? `…${event.entityId.slice(-8)}`}`;
  }

  return {
    action,
    entity,
    field,
    value,
    actor,
    target,
    sentence,
    facility: (id: string | null) => (id ? (facilityName.get(id) ?? id) : '—'),
    when: (iso: string) => formatInstant(iso, language, { seconds: true }),
    users: users.data ?? [],
  };
}

export type AuditLabels = ReturnType<typeof useAuditLabels>;
