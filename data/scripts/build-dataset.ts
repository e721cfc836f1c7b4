import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import wordList from 'word-list';
import { nameForms } from '../../src/core/officials/name-index';
import { phrasePrefixes } from '../../src/core/officials/phrase-table';
import { foldWord } from '../../src/core/text/normalize';
import { packDataset } from '../../src/data/packed';
import { isLocal, REGIONAL_FILES } from '../../src/data/regional';
import type { Dataset, NamePhrases, Person, SourceInfo } from '../../src/data/types';
import { loadCountries } from './countries';
import { importCurated } from './curated';
import { CONGRESS_SOURCE, congressSources, importLegislators } from './import-congress';
import { historicalSources, importHistorical, readService } from './import-congress-historical';
import { factbookSources, importFactbook } from './import-factbook';
import { cabinetSources, importCabinet } from './import-fivethirtyeight';
import { ifgSources, importIfg } from './import-ifg';
import { importOpenStates, type OpenStatesSkipped, openStatesSources } from './import-openstates';
import { importWikidata, loadOfficeConfig, wikidataSources } from './import-wikidata';
import { foreignMinisterSources, importForeignMinisters } from './import-wikidata-foreign-ministers';
import { buildPerson, mergePersons, sharedSingleWords } from './merge';
import { DataError, type RawPerson } from './model';
import { sequenceItems } from './yaml-lines';

/**
 * Compiles the officials dataset: reads every source under ../shared/data and the curated lists in
 * data/curated, validates every row, merges people across sources and writes one JSON file.
 * Fails with `file:line: reason` for every bad row it finds.
 */

export interface BuildOptions {
  projectDir: string;
  sharedDataDir: string;
  out: string;
}

export interface BuildSummary {
  persons: number;
  positions: number;
  disagreements: string[];
}

const CONGRESS_AS_OF = '2026-06-15';
const MAX_FILE_BYTES = 5 * 1024 * 1024;

function prebuiltPhrases(persons: Person[]): NamePhrases {
  const forms = persons.map(nameForms);
  const prefixes = new Set(
    forms.flatMap((list) => list.filter((x) => typeof x === 'string').flatMap(phrasePrefixes)),
  );
  return { forms, prefixes: [...prefixes] };
}

export function compileDataset(options: BuildOptions): { dataset: Dataset; summary: BuildSummary } {
  const rel = (file: string) => path.relative(options.projectDir, file);
  const countriesFile = path.join(options.projectDir, 'data/countries.yaml');
  const countries = loadCountries(readFileSync(countriesFile, 'utf8'), rel(countriesFile));
  const codes = new Set(countries.map((c) => c.code));

  const exclusionFile = path.join(options.projectDir, 'data/source-exclusions.yaml');
  const excludedRows = sequenceItems(readFileSync(exclusionFile, 'utf8'), rel(exclusionFile)).map(
    ({ value, line }) => {
      const row = value as { source?: string; id?: string; reason?: string };
      if (!row.source || !row.id || !row.reason)
        throw new DataError(`${rel(exclusionFile)}:${line}`, 'an exclusion needs source, id and reason');
      return row as { source: string; id: string };
    },
  );
  const exclusions = (source: string) =>
    new Set(excludedRows.filter((r) => r.source === source).map((r) => r.id));
  const errors: DataError[] = [];
  const raws: RawPerson[] = [];
  const sources: Record<string, SourceInfo> = {};
  const attempt = (run: () => void) => {
    try {
      run();
    } catch (error) {
      if (error instanceof DataError) errors.push(error);
      else throw error;
    }
  };

  const congressDir = path.join(options.sharedDataDir, 'congress-legislators');
  for (const name of ['legislators-current.yaml', 'executive.yaml']) {
    const file = path.join(congressDir, name);
    attempt(() => raws.push(...importLegislators(readFileSync(file, 'utf8'), rel(file), CONGRESS_AS_OF)));
  }
  Object.assign(sources, congressSources(CONGRESS_AS_OF.slice(0, 7)));
  const agingFile = path.join(options.sharedDataDir, 'fivethirtyeight/data_aging_congress.csv');
  const historicalFile = path.join(congressDir, 'legislators-historical.csv');
  attempt(() => {
    const service = readService(readFileSync(agingFile, 'utf8'), rel(agingFile));
    raws.push(...importHistorical(readFileSync(historicalFile, 'utf8'), rel(historicalFile), service));
  });
  Object.assign(sources, historicalSources());
  const cabinetFile = path.join(options.sharedDataDir, 'fivethirtyeight/cabinet-turnover.csv');
  attempt(() => raws.push(...importCabinet(readFileSync(cabinetFile, 'utf8'), rel(cabinetFile))));
  Object.assign(sources, cabinetSources());
  const factbookFile = path.join(options.sharedDataDir, 'factbook/government-executive.json');
  attempt(() =>
    raws.push(...importFactbook(readFileSync(factbookFile, 'utf8'), rel(factbookFile), countries)),
  );
  Object.assign(sources, factbookSources());
  const ifgDir = path.join(options.sharedDataDir, 'ifg-uk-ministers');
  const ifgFile = (name: string) => readFileSync(path.join(ifgDir, `${name}.csv`), 'utf8');
  attempt(() =>
    raws.push(
      ...importIfg(
        {
          person: ifgFile('person'),
          post: ifgFile('post'),
          organisation: ifgFile('organisation'),
          appointment: ifgFile('appointment'),
          characteristics: ifgFile('appointment_characteristics'),
        },
        rel(ifgDir),
        exclusions('ifg-uk-ministers/appointment.csv'),
      ),
    ),
  );
  Object.assign(sources, ifgSources());
  const ministersFile = path.join(
    options.sharedDataDir,
    'wikidata-foreign-ministers-2023/sources_foreign_wikidata.csv',
  );
  const outOfScope: string[] = [];
  const unnamed = exclusions('wikidata-foreign-ministers-2023/sources_foreign_wikidata.csv');
  attempt(() =>
    raws.push(
      ...importForeignMinisters(
        readFileSync(ministersFile, 'utf8'),
        rel(ministersFile),
        countries,
        outOfScope,
        unnamed,
      ),
    ),
  );
  if (outOfScope.length > 0) {
    console.warn(
      `outside the country table, not imported: ${outOfScope.map((s) => s.replace(/^.*: /, '')).join(', ')}`,
    );
  }
  Object.assign(sources, foreignMinisterSources());
  const openStatesFile = path.join(options.projectDir, 'data/openstates/people.csv');
  const openStatesSkipped: OpenStatesSkipped = { undated: 0, reversed: [] };
  attempt(() =>
    raws.push(
      ...importOpenStates(readFileSync(openStatesFile, 'utf8'), rel(openStatesFile), openStatesSkipped),
    ),
  );
  if (openStatesSkipped.undated + openStatesSkipped.reversed.length > 0)
    console.warn(
      `Open States: not imported, ${openStatesSkipped.undated} terms without a start date and ${openStatesSkipped.reversed.length} ending before they start (first: ${openStatesSkipped.reversed[0] ?? '-'})`,
    );
  Object.assign(sources, openStatesSources());
  // A maintainer's Wikidata export (data/wikidata/README.md), when one has been saved.
  const wikidataFile = path.join(options.projectDir, 'data/wikidata/positions.json');
  if (existsSync(wikidataFile)) {
    attempt(() => {
      const configFile = path.join(options.projectDir, 'data/wikidata/positions.yaml');
      const offices = loadOfficeConfig(readFileSync(configFile, 'utf8'), rel(configFile));
      raws.push(...importWikidata(readFileSync(wikidataFile, 'utf8'), rel(wikidataFile), offices));
    });
    // The export's own date is when Wikidata was last read.
    Object.assign(sources, wikidataSources(statSync(wikidataFile).mtime.toISOString().slice(0, 10)));
  }

  const curatedDir = path.join(options.projectDir, 'data/curated');
  for (const name of readdirSync(curatedDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const file = path.join(curatedDir, name);
    const result = importCurated(readFileSync(file, 'utf8'), rel(file), codes);
    errors.push(...result.errors);
    raws.push(...result.persons);
    Object.assign(sources, result.sources);
  }
  for (const raw of raws) {
    if (!codes.has(raw.country)) errors.push(new DataError(raw.origin, `unknown country "${raw.country}"`));
  }

  const englishWords = new Set(readFileSync(wordList, 'utf8').split('\n'));
  // A curated alias that is an everyday word must say it needs context.
  for (const raw of raws) {
    if (!raw.origin.startsWith('data/curated')) continue;
    for (const alias of raw.aliases) {
      if (!alias.includes(' ') && englishWords.has(foldWord(alias))) {
        errors.push(
          new DataError(raw.origin, `alias "${alias}" is a common word: list it under contextAliases`),
        );
      }
    }
  }
  if (errors.length > 0) throw new AggregateError(errors, errors.map((e) => e.message).join('\n'));

  const organisations = new Set(countries.filter((c) => c.kind === 'organization').map((c) => c.code));
  const regionNames = new Map(countries.filter((c) => c.kind === 'region').map((c) => [c.code, c.name]));
  const { groups, report } = mergePersons(raws, organisations, regionNames);
  const { shared, given, places } = sharedSingleWords(groups, countries);
  const ids = new Set<string>();
  const persons = groups
    .map((group) => {
      try {
        return buildPerson(
          group,
          report,
          { englishWords, sharedWords: shared, givenNames: given, placeWords: places },
          ids,
          organisations,
        );
      } catch (error) {
        if (error instanceof DataError) errors.push(error);
        else throw error;
        return null;
      }
    })
    .filter((p) => p !== null)
    .sort((a, b) => a.id.localeCompare(b.id));
  if (errors.length > 0) throw new AggregateError(errors, errors.map((e) => e.message).join('\n'));

  const asOf =
    Object.values(sources)
      .map((s) => s.asOf)
      .filter((d) => d.length === 10)
      .sort()
      .pop() ?? CONGRESS_AS_OF;
  const used = new Set(persons.flatMap((p) => p.positions.map((pos) => pos.source)));
  for (const key of Object.keys(sources)) if (!used.has(key) && key !== CONGRESS_SOURCE) delete sources[key];
  const dataset: Dataset = { version: 1, asOf, sources, countries, persons };
  // Regional officials go to their own file, read only for articles that name a region. The main
  // file keeps every source and the countries table, so credits and region names never wait for it.
  const main = persons.filter((p) => !isLocal(p));
  const regional = persons.filter(isLocal);
  const dir = path.dirname(options.out);
  mkdirSync(dir, { recursive: true });
  // The worker's cold start is building its match tables: the phrases are computed here, once.
  const files: Array<[string, string]> = [
    [options.out, JSON.stringify(packDataset({ ...dataset, persons: main }))],
    [path.join(dir, 'name-phrases.json'), JSON.stringify(prebuiltPhrases(main))],
    [
      path.join(dir, REGIONAL_FILES.dataset),
      JSON.stringify(packDataset({ ...dataset, sources: {}, countries: [], persons: regional })),
    ],
    [path.join(dir, REGIONAL_FILES.phrases), JSON.stringify(prebuiltPhrases(regional))],
  ];
  // Store linters stop parsing JSON files past 5 MB; a file that size needs splitting, not shipping.
  for (const [file, json] of files) {
    const bytes = Buffer.byteLength(json);
    if (bytes > MAX_FILE_BYTES)
      throw new Error(
        `${path.basename(file)} would be ${(bytes / 1e6).toFixed(1)} MB, over the 5 MB a data file may have`,
      );
  }
  for (const [file, json] of files) writeFileSync(file, json);
  return {
    dataset,
    summary: {
      persons: persons.length,
      positions: persons.reduce((n, p) => n + p.positions.length, 0),
      disagreements: report.disagreements,
    },
  };
}

// Run directly: node .cache/build-dataset.mjs PROJECT_DIR SHARED_DATA_DIR OUT
if (process.argv[1] && /build-dataset\.(mjs|ts)$/.test(process.argv[1])) {
  const [projectDir = '.', sharedDataDir = '../shared/data', out = 'dist/dataset.json'] =
    process.argv.slice(2);
  try {
    const { summary } = compileDataset({
      projectDir: path.resolve(projectDir),
      sharedDataDir: path.resolve(sharedDataDir),
      out: path.resolve(out),
    });
    for (const line of summary.disagreements) console.warn(`dates disagree: ${line}`);
    console.log(`dataset: ${summary.persons} persons, ${summary.positions} positions → ${out}`);
  } catch (error) {
    console.error(error instanceof AggregateError ? `dataset build failed:\n${error.message}` : error);
    process.exit(1);
  }
}
