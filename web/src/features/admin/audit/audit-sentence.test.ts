import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AUDIT_EVENT_KINDS } from '../../../../../src/modules/audit/kinds';
import { en, ja } from '../../../i18n/resources';
import type { AuditEvent } from './audit-query';
import { auditSentence, sentenceKey } from './audit-sentence';

// Issue 20 item 4: every kind the server can record (its one list, kinds.ts) reads as a sentence.
const i18n = i18next.createInstance();
await i18n.init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: 'ja',
  interpolation: { escapeValue: false },
  initAsync: false,
});

const event = (entityType: string, action: string, patient = true): AuditEvent => ({
  seq: 1,
  id: '0190a1b2-0000-7000-8000-000000000001',
  occurredAt: '2026-11-25T05:30:00.000Z',
  facilityId: null,
  actorType: 'user',
  actorId: 'u1',
  actorLabel: 'tanaka',
  action,
  entityType,
  entityId: null,
  patientId: patient ? '0190a1b2-0000-7000-8000-0000000000aa' : null,
  patient: patient ? { number: 'P-000001', name: '山田 花子' } : null,
  changes: { details: { login: 'suzuki', mergedPatientNumber: 'P-000002' } },
  reason: null,
  requestId: null,
});

const PARTS = { actor: '田中 美咲', target: '佐藤 一郎', action: '登録', entity: '写真' };
const sentence = (language: 'ja' | 'en', e: AuditEvent) =>
  auditSentence(e, PARTS, (key, values) =>
    String((i18n.getFixedT(language) as (k: string, v: object) => unknown)(key, values)),
  );
const kinds = Object.entries(AUDIT_EVENT_KINDS).flatMap(([entity, actions]) =>
  actions.map((action) => [entity, action] as const),
);
/** The trail's machine words: `consultation_list`, `patient_photo`, `score_history` … */
const MACHINE_WORD = /\b[a-z]+_[a-z_]+\b/;
const has = (tree: unknown, path: string[]) =>
  path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);

describe('the audit screen’s sentences', () => {
  it('are derived from the server’s list of kinds, which is not empty', () => {
    expect(kinds.length).toBeGreaterThan(40);
    expect(kinds).toContainEqual(['patient_photo', 'create']);
  });

  it.each(kinds)('say %s × %s in Japanese and English, without machine words', (entity, action) => {
    const key = sentenceKey(entity, action);
    expect(key).toBeDefined();
    for (const [language, tree] of [
      ['ja', ja],
      ['en', en],
    ] as const) {
      expect(typeof has(tree, (key ?? '').split('.')), `${language} ${key}`).toBe('string');
      const text = sentence(language, event(entity, action));
      expect(text).not.toMatch(MACHINE_WORD);
      expect(text).not.toContain('{{');
      if (entity !== 'login') expect(text).toContain('田中 美咲');
    }
  });

  it('reads the example of the issue in both languages', () => {
    expect(sentence('ja', event('patient_photo', 'create'))).toBe(
      '田中 美咲 が 山田 花子 (P-000001) の写真を登録',
    );
    expect(sentence('en', event('patient_photo', 'create'))).toBe(
      '田中 美咲 registered a photo of 山田 花子 (P-000001)',
    );
  });

  it('has a label for every action and record type the server records, in both languages', () => {
    for (const action of AUDIT_ACTIONS) {
      expect(typeof has(ja, ['audit', 'actions', action]), action).toBe('string');
      expect(typeof has(en, ['audit', 'actions', action]), action).toBe('string');
    }
    for (const entity of AUDIT_ENTITY_TYPES) {
      expect(typeof has(ja, ['audit', 'entities', entity]), entity).toBe('string');
      expect(typeof has(en, ['audit', 'entities', entity]), entity).toBe('string');
    }
  });

  it('has a fallback for a kind the screen does not know, naming the patient without an id', () => {
    const unknown = { ...event('database', 'analyze'), patient: null };
    expect(sentenceKey('database', 'analyze')).toBeUndefined();
    expect(sentence('ja', unknown)).toBe('田中 美咲：登録（写真、患者（…000000aa））');
    expect(sentence('en', { ...unknown, patientId: null })).toBe('田中 美咲: 登録 (写真)');
  });

  it('show no machine word anywhere in the Japanese or English words of the app', () => {
    const strings = (tree: unknown): string[] =>
      typeof tree === 'string' ? [tree] : Object.values(tree as object).flatMap(strings);
    for (const text of [...strings(ja), ...strings(en)]) {
      expect(text).not.toMatch(
        /consultation_list|patient_photo|scar_assessment_list|score_history|patient_timeline/,
      );
    }
    expect(strings(ja.audit.actions)).not.toContain('search');
  });
});
