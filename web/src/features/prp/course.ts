/** What the course chart shows: sessions with the days since the one before, and the scores between. */
export interface CourseSession {
  id: string;
  sessionOn: string;
}
export interface CourseScore {
  assessmentId: string;
  assessedOn: string;
  goodmanQuantitativeScore: number | null;
  eccaScore: number | null;
}

export type CourseEvent =
  | { kind: 'session'; id: string; date: string; number: number; intervalDays: number | null }
  | { kind: 'score'; id: string; date: string; goodman: number | null; ecca: number | null };

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Sessions oldest first, numbered, each with the whole days since the one before; scores placed
 * among them by date (a score on a session's day comes before it: assessed, then treated).
 */
export function courseEvents(
  sessions: readonly CourseSession[],
  scores: readonly CourseScore[],
): CourseEvent[] {
  const ordered = [...sessions].sort(
    (a, b) => a.sessionOn.localeCompare(b.sessionOn) || a.id.localeCompare(b.id),
  );
  const events: CourseEvent[] = ordered.map((s, index) => {
    const before = ordered[index - 1];
    return {
      kind: 'session',
      id: s.id,
      date: s.sessionOn,
      number: index + 1,
      intervalDays: before ? dayNumber(s.sessionOn) - dayNumber(before.sessionOn) : null,
    };
  });
  for (const score of scores)
    events.push({
      kind: 'score',
      id: score.assessmentId,
      date: score.assessedOn,
      goodman: score.goodmanQuantitativeScore,
      ecca: score.eccaScore,
    });
  const rank = (e: CourseEvent) => (e.kind === 'score' ? 0 : 1);
  return events.sort((a, b) => a.date.localeCompare(b.date) || rank(a) - rank(b));
}
