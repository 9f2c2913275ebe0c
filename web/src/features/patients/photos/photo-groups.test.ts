import { describe, expect, it } from 'vitest';
import {
  comparableViews,
  datesOfView,
  daysBetween,
  type Photo,
  type PhotoView,
  photoSheet,
} from './photo-groups';

let serial = 0;
const photo = (takenOn: string, view: PhotoView): Photo =>
  ({ id: `0190000${String(++serial).padStart(2, '0')}`, takenOn, view }) as Photo;

describe('photoSheet', () => {
  it('puts one day on a row, newest first, each view in its own cell', () => {
    const a = photo('2026-01-10', 'front');
    const b = photo('2026-04-10', 'front');
    const c = photo('2026-04-10', 'left45');
    const d = photo('2026-01-10', 'front');
    const sheet = photoSheet([c, a, b, d]);
    expect(sheet.map((row) => row.takenOn)).toEqual(['2026-04-10', '2026-01-10']);
    expect(sheet[0]?.byView.front).toEqual([b]);
    expect(sheet[0]?.byView.left45).toEqual([c]);
    expect(sheet[0]?.byView.right90).toEqual([]);
    expect(sheet[1]?.byView.front).toEqual([a, d]);
  });

  it('is empty without photos', () => {
    expect(photoSheet([])).toEqual([]);
  });
});

describe('datesOfView and comparableViews', () => {
  const photos = [
    photo('2026-04-10', 'front'),
    photo('2026-01-10', 'front'),
    photo('2026-01-10', 'front'),
    photo('2026-01-10', 'left45'),
  ];

  it('lists each day once, oldest first', () => {
    expect(datesOfView(photos, 'front')).toEqual(['2026-01-10', '2026-04-10']);
    expect(datesOfView(photos, 'right90')).toEqual([]);
  });

  it('offers only views taken on two days or more', () => {
    expect(comparableViews(photos)).toEqual(['front']);
  });
});

describe('daysBetween', () => {
  it('counts calendar days, across a month and a leap day', () => {
    expect(daysBetween('2026-01-10', '2026-04-10')).toBe(90);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-04-10', '2026-01-10')).toBe(-90);
  });
});
