/**
 * Accepted provision-plan numbers look like `PB3250067`: P, class letter (A/B/C), region digit,
 * two-digit year, four-digit serial (shared/domain/regulatory.md). Only observed, never official:
 * the form warns about an unusual one and still saves it.
 */
const PLAN_NUMBER = /^P[ABC]\d{7}$/;

export const looksLikePlanNumber = (value: string) => PLAN_NUMBER.test(value.trim());

/** The risk class a plan number suggests (B → Class II, C → Class III), if it has the usual shape. */
export function planClassOf(value: string): 1 | 2 | 3 | null {
  if (!looksLikePlanNumber(value)) return null;
  return ({ A: 1, B: 2, C: 3 } as const)[value.trim()[1] as 'A' | 'B' | 'C'];
}
