import { DEFAULT_CLAIM_THRESHOLD } from '../core/claims/find';

/**
 * Reader settings, kept in storage.sync. Stored values are checked field by field: a corrupt or
 * missing field falls back to its default without losing the others.
 */
export interface Settings {
  enabled: boolean;
  /** Hostnames where Gloss stays off. */
  disabledSites: string[];
  officials: boolean;
  claims: boolean;
  /** Minimum check-worthiness (0–1) for a sentence to be marked as a claim. */
  claimThreshold: number;
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  officials: true,
  claims: true,
  claimThreshold: DEFAULT_CLAIM_THRESHOLD,
});

export function parseSettings(stored: unknown): Settings {
  const raw = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const bool = (key: keyof Settings, fallback: boolean) =>
    typeof raw[key] === 'boolean' ? (raw[key] as boolean) : fallback;
  const sites = Array.isArray(raw.disabledSites)
    ? [
        ...new Set(
          raw.disabledSites.filter(
            (s): s is string => typeof s === 'string' && s.length > 0 && s.length < 256,
          ),
        ),
      ]
    : [];
  const threshold =
    typeof raw.claimThreshold === 'number' && raw.claimThreshold >= 0 && raw.claimThreshold <= 1
      ? raw.claimThreshold
      : DEFAULT_SETTINGS.claimThreshold;
  return {
    enabled: bool('enabled', DEFAULT_SETTINGS.enabled),
    disabledSites: sites,
    officials: bool('officials', DEFAULT_SETTINGS.officials),
    claims: bool('claims', DEFAULT_SETTINGS.claims),
    claimThreshold: threshold,
  };
}

export function activeOn(settings: Settings, hostname: string): boolean {
  return (
    settings.enabled && !settings.disabledSites.includes(hostname) && (settings.officials || settings.claims)
  );
}

export function withSite(settings: Settings, hostname: string, on: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== hostname);
  return { ...settings, disabledSites: on ? others : [...others, hostname] };
}
