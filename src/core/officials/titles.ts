import type { Person } from '../../data/types';

/**
 * Titles that, standing right before a surname ("President Putin", "Sen. Warren"), are evidence of
 * who is meant. Each maps to words that must occur in one of the person's position titles (or to a
 * position kind), so "Secretary Hegseth" only links to a Hegseth who was a secretary of something.
 */
const TITLE_WORDS: Record<string, string[]> = {
  president: ['president'],
  pres: ['president'],
  minister: ['minister', 'secretary', 'chancellor'],
  premier: ['premier', 'prime minister'],
  chancellor: ['chancellor'],
  secretary: ['secretary'],
  'secretary-general': ['secretary-general'],
  sec: ['secretary'],
  senator: ['senator'],
  sen: ['senator'],
  representative: ['representative'],
  rep: ['representative'],
  congressman: ['representative'],
  congresswoman: ['representative'],
  governor: ['governor'],
  gov: ['governor'],
  mayor: ['mayor'],
  ambassador: ['ambassador'],
  amb: ['ambassador'],
  envoy: ['ambassador', 'envoy'],
  spokesman: ['kind:spokesperson'],
  spokeswoman: ['kind:spokesperson'],
  spokesperson: ['kind:spokesperson'],
  king: ['king'],
  queen: ['queen'],
  emperor: ['emperor'],
  pope: ['pope'],
  emir: ['emir'],
  sheikh: ['emir', 'sheikh'],
  prince: ['prince'],
  chairman: ['chair'],
  chairwoman: ['chair'],
  chair: ['chair'],
  director: ['director'],
  justice: ['kind:judge'],
  judge: ['kind:judge'],
  general: ['kind:military_chief'],
  gen: ['kind:military_chief'],
  admiral: ['kind:military_chief'],
  adm: ['kind:military_chief'],
  speaker: ['speaker'],
  leader: ['leader'],
  commissioner: ['commissioner'],
  attorney: ['attorney general'],
  ayatollah: ['supreme leader'],
};

export function isTitleWord(key: string): boolean {
  return key in TITLE_WORDS;
}

/** Whether a title word fits any office the person ever held. */
export function titleFits(key: string, person: Person): boolean {
  const wanted = TITLE_WORDS[key];
  if (!wanted) return false;
  return person.positions.some((position) => {
    const title = position.title.toLowerCase();
    return wanted.some((word) =>
      word.startsWith('kind:') ? position.kind === word.slice(5) : title.includes(word),
    );
  });
}
