import type { FieldError } from '../../domain/field-error.ts';
import { normaliseGtin } from '../../domain/gs1.ts';
import type { CertificateType, LotStatus, StoragePlaceKind } from './enums.ts';

/** Why a lot may not be used now; the API's words, the screens say them in Japanese. */
export type LotRefusalCode = 'LOT_EXPIRED' | 'LOT_NOT_RELEASED' | 'LOT_STOCK_EXHAUSTED';
export type LotRefusal = { code: LotRefusalCode; message: string };

/** What the rule reads of a lot. */
export type LotFacts = {
  lotNumber: string;
  expiresOn: string;
  status: LotStatus;
  quantityRemaining: number;
};

/**
 * Every reason a lot may not be used on `usedOn` for `quantity` of its unit (empty: it may).
 * ../shared/domain/prp.md, Consumables: an expired lot must not be used — it may be used on its
 * expiry date itself, not after. Only a lot QA released is used (issue 22: quarantined or
 * rejected → LOT_NOT_RELEASED), and never more than its stock.
 */
export function lotRefusal(lot: LotFacts, usedOn: string, quantity: number): LotRefusal[] {
  const reasons: LotRefusal[] = [];
  if (lot.expiresOn < usedOn) {
    reasons.push({ code: 'LOT_EXPIRED', message: `Lot ${lot.lotNumber} expired on ${lot.expiresOn}.` });
  }
  if (lot.status !== 'released') {
    reasons.push({
      code: 'LOT_NOT_RELEASED',
      message:
        lot.status === 'rejected'
          ? `Lot ${lot.lotNumber} was rejected.`
          : `Lot ${lot.lotNumber} is in quarantine until QA releases it.`,
    });
  }
  if (quantity > lot.quantityRemaining) {
    reasons.push({
      code: 'LOT_STOCK_EXHAUSTED',
      message: `Lot ${lot.lotNumber} has ${lot.quantityRemaining} left; ${quantity} asked.`,
    });
  }
  return reasons;
}

/** A quantity used, received or counted is a whole number of the item's unit. */
export function quantityProblem(path: string, quantity: number, min: 0 | 1): FieldError | null {
  if (!Number.isInteger(quantity) || quantity < min || quantity > 1_000_000) {
    return {
      path,
      code: 'INVALID_QUANTITY',
      message: `A whole number of the item's unit, ${min} or more.`,
    };
  }
  return null;
}

/** A GTIN given for an item: in its GTIN-14 form, or the problem named on `gtin`. */
export function gtinOf(text: string): { gtin: string } | { problem: FieldError } {
  const result = normaliseGtin(text);
  if ('gtin' in result) return result;
  return {
    problem: {
      path: 'gtin',
      code: result.problem,
      message:
        result.problem === 'GTIN_FORMAT'
          ? 'A GTIN has 8, 12, 13 or 14 digits.'
          : 'The last digit is not the GTIN check digit: check the number on the label.',
    },
  };
}

/** Days from `from` to `to` (ISO dates, calendar days). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** ISO date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A fridge keeps 2–8 °C (issue 22; the storage condition on the label of fridge items). */
export const FRIDGE_RANGE_C = { min: 2, max: 8 } as const;

/**
 * A temperature round is out of range when a fridge's current, minimum or maximum reading left
 * 2–8 °C since the last round. Freezers and rooms are recorded without a range here: their limits
 * belong to each unit (../shared/domain/cellbank.md: each unit has its own thresholds).
 */
export function roundOutOfRange(
  kind: StoragePlaceKind,
  reading: { currentC: number; minC: number; maxC: number },
): boolean {
  if (kind !== 'fridge') return false;
  const { min, max } = FRIDGE_RANGE_C;
  return [reading.currentC, reading.minC, reading.maxC].some((c) => c < min || c > max);
}

/** The day's min is at most the current reading and the max at least it; an excursion needs its note. */
export function roundProblems(
  reading: { currentC: number; minC: number; maxC: number; note?: string | null | undefined },
  outOfRange: boolean,
): FieldError[] {
  const problems: FieldError[] = [];
  if (reading.minC > reading.currentC) {
    problems.push({
      path: 'minC',
      code: 'MIN_ABOVE_CURRENT',
      message: "The day's minimum is above the current reading.",
    });
  }
  if (reading.maxC < reading.currentC) {
    problems.push({
      path: 'maxC',
      code: 'MAX_BELOW_CURRENT',
      message: "The day's maximum is below the current reading.",
    });
  }
  if (outOfRange && !reading.note?.trim()) {
    problems.push({
      path: 'note',
      code: 'ACTION_REQUIRED',
      message: 'Outside 2–8 °C: say what was done (lots moved, QA told, …).',
    });
  }
  return problems;
}

/**
 * What a certificate of analysis is, read from its first bytes (never from its name or the type the
 * browser claimed): PDF (`%PDF-`, ISO 32000-1 §7.5.2), PNG (its 8-byte signature, RFC 2083 §12.11)
 * or JPEG (SOI then a marker, FF D8 FF). Anything else is refused.
 */
export function certificateTypeOf(bytes: Uint8Array): CertificateType | null {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  return null;
}

/** A lot received must not be expired already, nor received in the future. */
export function receiptProblems(lot: { expiresOn: string; receivedOn: string }, today: string): FieldError[] {
  const problems: FieldError[] = [];
  if (lot.expiresOn < lot.receivedOn) {
    problems.push({
      path: 'expiresOn',
      code: 'EXPIRED_ON_RECEIPT',
      message: 'The lot had expired when it was received.',
    });
  }
  if (lot.receivedOn > today) {
    problems.push({
      path: 'receivedOn',
      code: 'DATE_IN_FUTURE',
      message: 'A lot is recorded once it has arrived.',
    });
  }
  return problems;
}
