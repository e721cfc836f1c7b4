import type { OfficialMention } from '../officials/match';
import type { Span } from './sentences';

/**
 * Who a sentence says made the statement: the official next to a reporting verb ("Sybiha reported",
 * "stated Mike Pompeo"), or the outlet or body after "according to" / "as reported by".
 */

const REPORTING =
  /\b(said|says|say|stated|states|reported|reports|added|adds|noted|notes|affirmed|explained|announced|told|tells|wrote|writes|argued|claimed|claims|insisted|warned|confirmed|indicated|asserted|tweeted|posted|declared|estimated|acknowledged|predicted|testified)\b/g;
const ACCORDING =
  /\b(?:according to|as reported by|reported by|as noted by|citing|cited by)\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s?){1,5})/g;

export interface Attribution {
  /** Person id of the official who made the statement. */
  speakerId: string | null;
  /** A named outlet or body ("NBC News") when no official is the speaker. */
  source: string | null;
  /** True when the sentence has a reporting verb at all. */
  reported: boolean;
}

export function attribute(text: string, sentence: Span, mentions: OfficialMention[]): Attribution {
  const body = text.slice(sentence.start, sentence.end);
  const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  let reported = false;

  for (const verb of body.matchAll(REPORTING)) {
    reported = true;
    const at = sentence.start + verb.index;
    const verbEnd = at + verb[0].length;
    // Subject before the verb: "Pompeo added", "Andrii Sybiha, reported", "Zelenskyy stated on Wednesday".
    const subject = inside
      .filter(
        (m) =>
          m.end <= at &&
          /^[\s,]*(?:(?:has|had|have|also|then|later|previously|again|publicly|on \w+)\s+)*$/i.test(
            text.slice(m.end, at),
          ),
      )
      .pop();
    if (subject) return { speakerId: subject.personId, source: null, reported };
    // Inverted: "…,” stated Mike Pompeo".
    const inverted = inside.find(
      (m) =>
        m.start >= verbEnd &&
        /^[\s,]*(?:(?:[A-Za-z.]+\s+){0,3})$/.test(text.slice(verbEnd, m.start)) &&
        m.start - verbEnd < 40,
    );
    if (inverted) return { speakerId: inverted.personId, source: null, reported };
  }

  for (const phrase of body.matchAll(ACCORDING)) {
    reported = true;
    const captured = (phrase[1] ?? '').trim();
    const source = captured.replace(/^the\s+/i, '').replace(/[.,]$/, '');
    const start = sentence.start + (phrase.index ?? 0) + phrase[0].length - (phrase[1] ?? '').length;
    const official = inside.find((m) => m.start >= start && m.start < start + 30);
    if (official) return { speakerId: official.personId, source: null, reported };
    const words = source.split(/\s+/);
    // Trailing lower-case words ("NBC News sources") are not part of the name.
    const name = words.filter((w) => /^[A-Z]/.test(w)).join(' ');
    // "the Russian official": one capitalised word before a common noun is an adjective, not a name.
    const after = text.slice(start + captured.length, start + captured.length + 20);
    if (/^the\s/i.test(captured) && !name.includes(' ') && /^\s*[a-z]/.test(after)) continue;
    if (name) return { speakerId: null, source: name, reported };
  }
  return { speakerId: null, source: null, reported };
}
