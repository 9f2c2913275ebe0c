import { describe, expect, it } from 'vitest';
import { courseEvents } from './course';

describe('the course over time', () => {
  it('numbers sessions oldest first with the interval, and places scores between them by date', () => {
    const events = courseEvents(
      [
        { id: 's2', sessionOn: '2026-03-01' },
        { id: 's1', sessionOn: '2026-01-30' },
      ],
      [
        { assessmentId: 'a1', assessedOn: '2026-02-27', goodmanQuantitativeScore: 30, eccaScore: 100 },
        { assessmentId: 'a0', assessedOn: '2026-01-30', goodmanQuantitativeScore: 40, eccaScore: 120 },
      ],
    );
    expect(events.map((e) => e.id)).toEqual(['a0', 's1', 'a1', 's2']);
    expect(events[1]).toMatchObject({ kind: 'session', number: 1, intervalDays: null });
    expect(events[3]).toMatchObject({ kind: 'session', number: 2, intervalDays: 30 });
  });
});
