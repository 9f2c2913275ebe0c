import { createHash } from 'node:crypto';
import type { Question } from './types.ts';

/** A value as JSON with every object's keys sorted, so equal content has one text (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export type TemplateContent = {
  seriesId: string;
  edition: number;
  titleJa: string;
  titleEn: string | null;
  questions: readonly Question[];
};

/**
 * The SHA-256 of exactly what patients are asked: the series, the edition, both titles and the
 * questions, each length-prefixed (as consent documents are hashed, consents/rules.ts), so a
 * submitted questionnaire points at words that can be shown unchanged.
 */
export function templateHash(content: TemplateContent): string {
  const hash = createHash('sha256');
  for (const part of [
    content.seriesId,
    String(content.edition),
    content.titleJa,
    content.titleEn ?? '',
    canonicalJson(content.questions),
  ]) {
    const bytes = Buffer.from(part, 'utf8');
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
