/**
 * The form a news story uses for a person after the first mention. Chinese and Korean names put the
 * family name first ("Xi Jinping" → "Xi"); particles stay with the surname ("Ursula von der Leyen" →
 * "von der Leyen"); generational suffixes are not surnames ("Martin Luther King Jr." → "King").
 */
const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KP', 'KR']);
/** Lower-case words that belong inside names ("Lula da Silva", "von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'da',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'van',
  'von',
  'ten',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
]);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv|v)$/i;

export function deriveSurname(name: string, country: string): string {
  const words = name.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  while (words.length > 1 && SUFFIXES.test(words[words.length - 1] as string)) words.pop();
  if (words.length <= 1) return words[0] ?? name;
  if (FAMILY_NAME_FIRST.has(country)) return words[0] as string;
  let first = words.length - 1;
  while (first > 1 && NAME_PARTICLES.has((words[first - 1] as string).toLowerCase())) first -= 1;
  return words.slice(first).join(' ');
}
