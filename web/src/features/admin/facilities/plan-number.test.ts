import { describe, expect, it } from 'vitest';
import { looksLikePlanNumber, planClassOf } from './plan-number';

describe('plan numbers', () => {
  it('recognises the observed shape', () => {
    expect(looksLikePlanNumber('PB3250067')).toBe(true);
    expect(looksLikePlanNumber(' PC4230007 ')).toBe(true);
    expect(looksLikePlanNumber('PD3250067')).toBe(false);
    expect(looksLikePlanNumber('PB325006')).toBe(false);
    expect(looksLikePlanNumber('pb3250067')).toBe(false);
  });

  it('reads the class letter', () => {
    expect(planClassOf('PA1230001')).toBe(1);
    expect(planClassOf('PB3250067')).toBe(2);
    expect(planClassOf('PC4230007')).toBe(3);
    expect(planClassOf('X')).toBeNull();
  });
});
