import { describe, expect, it } from 'vitest';
import { facilitiesLeftWithoutAdmin, facilitiesNotAdministered } from './rules.ts';

/** Issue 18, defect 6: administrators are bound to the facilities they belong to. */

const A = 'facility-a';
const B = 'facility-b';

describe('facilitiesNotAdministered', () => {
  it('names the facilities of the person the administrator does not administer', () => {
    expect(facilitiesNotAdministered([A, B], new Set([A]))).toEqual([B]);
    expect(facilitiesNotAdministered([A, B], new Set([A, B]))).toEqual([]);
    expect(facilitiesNotAdministered([A], new Set([B]))).toEqual([A]);
  });

  it('leaves nothing out for the system (the terminal, first run)', () => {
    expect(facilitiesNotAdministered([A, B], 'all')).toEqual([]);
  });

  it('is empty exactly when every membership is administered (every pair of subsets of three)', () => {
    const all = ['a', 'b', 'c'];
    const subsets = [...Array(2 ** all.length).keys()].map((bits) => all.filter((_, i) => bits & (1 << i)));
    for (const memberOf of subsets) {
      for (const administered of subsets) {
        const missing = facilitiesNotAdministered(memberOf, new Set(administered));
        expect(missing).toEqual(memberOf.filter((id) => !administered.includes(id)));
        expect(missing.length === 0).toBe(memberOf.every((id) => administered.includes(id)));
      }
    }
  });
});

describe('facilitiesLeftWithoutAdmin', () => {
  const admin = { roles: ['admin'], active: true, facilityIds: [A, B] };

  it('refuses to take the last administrator out of a facility, by role, activity or membership', () => {
    const counts = new Map([
      [A, 1],
      [B, 2],
    ]);
    expect(facilitiesLeftWithoutAdmin(admin, { ...admin, roles: ['nurse'] }, counts)).toEqual([A]);
    expect(facilitiesLeftWithoutAdmin(admin, { ...admin, active: false }, counts)).toEqual([A]);
    expect(facilitiesLeftWithoutAdmin(admin, { ...admin, facilityIds: [B] }, counts)).toEqual([A]);
    expect(facilitiesLeftWithoutAdmin(admin, { ...admin, facilityIds: [A] }, counts)).toEqual([]);
  });

  it('lets a facility with another administrator lose this one', () => {
    const counts = new Map([
      [A, 2],
      [B, 2],
    ]);
    expect(facilitiesLeftWithoutAdmin(admin, { ...admin, roles: [] }, counts)).toEqual([]);
  });

  it('is not about people who were no administrator', () => {
    const nurse = { roles: ['nurse'], active: true, facilityIds: [A] };
    expect(facilitiesLeftWithoutAdmin(nurse, { ...nurse, active: false }, new Map())).toEqual([]);
  });
});
