import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../patients-api';
import { entryText, isVoided } from './timeline-text';

// Echoes the key and its values, so the test reads what was asked for, not a translation.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key}${JSON.stringify(values)}` : key) as unknown as TFunction;

const entry = (kind: string, summary: Record<string, unknown> | null, more: Partial<TimelineEntry> = {}) =>
  ({
    at: '2026-11-25T01:00:00.000Z',
    kind,
    id: 'e-1',
    patientId: 'p-1',
    date: '2026-11-25',
    status: 'recorded',
    author: { id: 'u-1', name: '医師 健二' },
    restricted: false,
    summary,
    ...more,
  }) satisfies TimelineEntry;

describe('timeline entries', () => {
  it('says a PRP session by its stage, PAW class and volume injected', () => {
    const text = entryText(
      t,
      entry('prp_session', { stage: 'completed', pawClass: 'P3-x-Bβ', injectedTotalMl: 3 }),
    );
    expect(text).toBe(
      'timeline.prpSession{"parts":"prp.stage.completed' +
        'timeline.separatorprp.figures.paw{\\"paw\\":\\"P3-x-Bβ\\"}timeline.separatorprp.figures.injected{\\"ml\\":3}"}',
    );
  });

  it('says a consultation by its complaint and plan', () => {
    const text = entryText(t, entry('consultation', { chiefComplaint: '頬の凹み', plan: 'prp' }));
    expect(text).toBe('timeline.consultation{"complaint":"頬の凹み","plan":"consultations.plans.prp"}');
  });

  it('lists only the scores an assessment has', () => {
    const text = entryText(
      t,
      entry('assessment', { region: 'whole_face', goodmanQuantitativeScore: 17, eccaScore: null }),
    );
    expect(text).toBe('assessments.regions.whole_facetimeline.separatortimeline.goodman{"score":17}');
    expect(entryText(t, entry('assessment', { region: 'chin' }))).toContain('timeline.noScores');
  });

  it('names a photo by its view, and ignores a view it does not know', () => {
    expect(entryText(t, entry('photo', { view: 'left45' }))).toBe(
      'timeline.photo{"view":"photos.views.left45"}',
    );
    expect(entryText(t, entry('photo', { view: 'top' }))).toBe('');
  });

  it('says a consent by its therapy and edition, and what was withdrawn', () => {
    const consent = entry('consent', { edition: 2, therapy: 'fibroblast', withdrawnScopes: [] });
    expect(entryText(t, consent)).toBe(
      'timeline.consent{"therapy":"consents.therapies.fibroblast","edition":2}',
    );
    const withdrawn = entry('consent', {
      edition: 1,
      therapy: 'prp',
      withdrawnScopes: ['treatment', 'photo_advertising', 'unknown'],
    });
    expect(entryText(t, withdrawn)).toBe(
      'timeline.consent{"therapy":"consents.therapies.prp","edition":1}timeline.separatortimeline.consentWithdrawn{"scopes":"consents.scopes.treatmenttimeline.listSeparatorconsents.scopes.photo_advertising"}',
    );
  });

  it('marks a merged registration and a voided record', () => {
    const merged = entry('registration', { patientNumber: 'P-000002' }, { status: 'merged', author: null });
    expect(entryText(t, merged)).toContain('timeline.registrationMerged');
    expect(isVoided(entry('consultation', null, { status: 'voided' }))).toBe(true);
    expect(isVoided(entry('consultation', null, { status: 'recorded' }))).toBe(false);
  });

  it('says nothing of what the reader may not see, even were a summary sent', () => {
    expect(entryText(t, entry('consultation', null, { restricted: true }))).toBe('');
    const leaked = entry('assessment', { goodmanQuantitativeScore: 17 }, { restricted: true });
    expect(entryText(t, leaked)).toBe('');
  });
});
