/**
 * The clinic's calendar is Japan's (ARCHITECTURE.md rule 7: store UTC, show Asia/Tokyo). Japan has
 * no daylight saving time, so a Tokyo day is always [00:00+09:00, 24:00+09:00).
 */
const TOKYO = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' });

/** Today in Japan: a date entered at 08:00 JST must not count as yesterday in UTC. */
export const todayInTokyo = (now = new Date()) => TOKYO.format(now);

/** The calendar date in Japan of an instant. */
export const tokyoDateOf = (instant: Date) => TOKYO.format(instant);

/** The instant a Tokyo calendar day (`YYYY-MM-DD`) begins. */
export const startOfTokyoDay = (date: string) => new Date(`${date}T00:00:00+09:00`);

/**
 * When a clinical record sits on the timeline: in clinical order, by the day it concerns. A record
 * entered on that day keeps its real time, so same-day entries stay in the order they were made;
 * one entered later (from paper, or corrected to another day) sits at the start of its day.
 */
export function clinicalInstant(clinicalDate: string, createdAt: Date): string {
  return tokyoDateOf(createdAt) === clinicalDate
    ? createdAt.toISOString()
    : startOfTokyoDay(clinicalDate).toISOString();
}
