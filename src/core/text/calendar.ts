/** English month and weekday names, shared by date parsing and by the name rules that must not read them as names. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

export const WEEKDAY_NAMES = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/** Capitalised in prose yet never a name on their own: days and months. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set<string>([...WEEKDAY_NAMES, ...MONTH_NAMES]);

/** 1–12 for a month name or its abbreviation ("Aug.", "September"), or 0. */
export function monthNumber(word: string): number {
  const key = word.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return 0;
  return MONTH_NAMES.findIndex((m) => m.startsWith(key.slice(0, 3)) && m.startsWith(key)) + 1;
}
