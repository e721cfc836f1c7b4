import type { Person } from './types';

/**
 * Officials below the national level (state legislators and officers) ship in a second file that
 * the worker reads only when an article names one of their regions: most pages never need them, and
 * every page pays for what the worker parses at start.
 */
export const REGIONAL_FILES = { dataset: 'dataset-regional.json', phrases: 'name-phrases-regional.json' };

/** Held only offices tied to a region: known within its region alone. */
export function isLocal(person: Person): boolean {
  return person.positions.length > 0 && person.positions.every((p) => p.region);
}
