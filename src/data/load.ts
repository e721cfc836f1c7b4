import type { Dataset } from './types';

/** Checks the compiled dataset's shape before the engine trusts it; a clear error beats a crash later. */
export function parseDataset(json: string): Dataset {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`dataset is not valid JSON: ${(error as Error).message}`);
  }
  const d = data as Partial<Dataset>;
  if (
    d?.version !== 1 ||
    !Array.isArray(d.persons) ||
    !Array.isArray(d.countries) ||
    typeof d.asOf !== 'string'
  ) {
    throw new Error('dataset has an unknown shape (expected version 1 with persons, countries and asOf)');
  }
  return d as Dataset;
}
