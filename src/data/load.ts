import { type PackedDataset, unpackDataset, viewDataset } from './packed';
import type { Dataset, DatasetView, NamePhrases } from './types';

/** Every person unpacked: for the CLI, the dataset build and tests that read whole lists. */
export function parseDataset(json: string): Dataset {
  return unpackDataset(parsePacked(json));
}

/** People unpacked on first use: for the extension's worker, whose cold start this keeps short. */
export function parseDatasetView(json: string): DatasetView {
  return viewDataset(parsePacked(json));
}

/** Checks the compiled dataset's shape before the engine trusts it; a clear error beats a crash later. */
function parsePacked(json: string): PackedDataset {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`dataset is not valid JSON: ${(error as Error).message}`);
  }
  const d = data as Partial<PackedDataset>;
  if (
    d?.version !== 4 ||
    !Array.isArray(d.persons) ||
    !Array.isArray(d.countries) ||
    !Array.isArray(d.offices) ||
    !Array.isArray(d.sourceKeys) ||
    !Array.isArray(d.parties) ||
    typeof d.asOf !== 'string'
  ) {
    throw new Error(
      'dataset has an unknown shape (expected version 4 with persons, offices, countries and asOf)',
    );
  }
  return d as PackedDataset;
}

/**
 * The prebuilt match phrases written beside the dataset. A file that does not fit the dataset is
 * ignored (undefined): the index then derives the phrases itself, slower but correct.
 */
export function parsePhrases(json: string | null, dataset: DatasetView): NamePhrases | undefined {
  if (!json) return undefined;
  try {
    const phrases = JSON.parse(json) as Partial<NamePhrases> | null;
    if (
      Array.isArray(phrases?.forms) &&
      Array.isArray(phrases.prefixes) &&
      phrases.forms.length === dataset.persons.length
    )
      return phrases as NamePhrases;
  } catch {
    // Fall through to deriving the phrases.
  }
  return undefined;
}

/** The main file and the regional one as one dataset, for the CLI and batch work that read both at once. */
export function joinDatasets(main: Dataset, regional: Dataset): Dataset {
  return { ...main, persons: [...main.persons, ...regional.persons] };
}
