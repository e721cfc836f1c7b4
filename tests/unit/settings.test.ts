import { describe, expect, it } from 'vitest';
import { activeOn, DEFAULT_SETTINGS, parseSettings, withSite } from '../../src/shared/settings';

describe('settings', () => {
  it('falls back to defaults for missing or corrupt storage', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field when another is corrupt', () => {
    const parsed = parseSettings({
      enabled: false,
      disabledSites: ['a.com', 3, ''],
      claims: 'yes',
      claimThreshold: 7,
    });
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['a.com'] });
  });

  it('switches a site off and on without touching the others', () => {
    const off = withSite({ ...DEFAULT_SETTINGS, disabledSites: ['b.com'] }, 'a.com', false);
    expect(off.disabledSites).toEqual(['b.com', 'a.com']);
    expect(activeOn(off, 'a.com')).toBe(false);
    expect(activeOn(off, 'c.com')).toBe(true);
    expect(withSite(off, 'a.com', true).disabledSites).toEqual(['b.com']);
  });
});
