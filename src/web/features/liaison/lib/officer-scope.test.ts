import { describe, expect, it } from 'vitest';
import { canEditOfficer } from './officer-scope';

describe('officer scope', () => {
  it('lets a county edit only its own officers, not the city officers stationed there', () => {
    const county = new Set(['430482', '430482101']);
    expect(canEditOfficer(true, county, { regionCode: '430482' })).toBe(true);
    expect(canEditOfficer(true, county, { regionCode: '430400' })).toBe(false);
    expect(canEditOfficer(false, county, { regionCode: '430482' })).toBe(false);
  });
});
