import type { ClaimResult, OfficialResult } from '../core/annotate';
import { yearSpan } from '../data/role-on-date';

/** The hover/focus card. Pure Preact over plain data: page and dataset text is only ever rendered as text. */

export interface SourceLabel {
  title: string;
  licence: string;
}

export type CardSubject =
  | {
      kind: 'official';
      official: OfficialResult;
      date: string;
      /** False when the page states no date and roles are judged on today. */
      dated: boolean;
      datasetAsOf: string;
      sources: Record<string, SourceLabel>;
    }
  | { kind: 'claim'; claim: ClaimResult; speakerRole: string | null };

const KIND_LABEL: Record<ClaimResult['kind'], string> = {
  statistic: 'Statistic',
  quote: 'Quote',
  attributed: 'Attributed statement',
  prediction: 'Prediction',
  event: 'Reported event',
};

function formatDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(d.getTime())
    ? day
    : d.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

function OfficialCard({ subject }: { subject: Extract<CardSubject, { kind: 'official' }> }) {
  const { official, date, dated, datasetAsOf, sources } = subject;
  const others = official.positions.filter((p) => !official.roleOnDate.includes(p.title)).slice(0, 4);
  const sourceTitles = official.sources.map((key) => sources[key]?.title ?? key);
  return (
    <>
      <header>
        <p class="eyebrow">Official · {official.country}</p>
        <h2 id="gloss-card-title">{official.name}</h2>
      </header>
      <p class={official.formerOnDate ? 'role former' : 'role'}>{official.roleOnDate}</p>
      <p class="when">
        {dated ? `on ${formatDay(date)}, the article's date` : `as of today: the page gives no date`}
      </p>
      {official.party && <p class="meta">{official.party}</p>}
      {official.laterRoles.length > 0 && (
        <p class="later">
          Since then: {official.laterRoles.map((p) => `${p.title} (${yearSpan(p)})`).join('; ')}
        </p>
      )}
      {others.length > 0 && (
        <ul class="positions" aria-label="Other offices">
          {others.map((p) => (
            <li key={`${p.title}${p.start}`}>
              {p.title}
              {p.acting ? ' (acting)' : ''} <span class="years">{yearSpan(p)}</span>
            </li>
          ))}
        </ul>
      )}
      <footer>
        Source: {sourceTitles.join('; ')} · Data as of {datasetAsOf}
      </footer>
    </>
  );
}

function ClaimCard({ subject }: { subject: Extract<CardSubject, { kind: 'claim' }> }) {
  const { claim, speakerRole } = subject;
  const who = claim.speaker ?? claim.source;
  return (
    <>
      <header>
        <p class="eyebrow">Claim · check-worthiness {Math.round(claim.score * 100)}%</p>
        <h2 id="gloss-card-title">{KIND_LABEL[claim.kind]}</h2>
      </header>
      <p class="role">{who ? `Said by ${who}` : 'No speaker named in the text'}</p>
      {speakerRole && <p class="meta">{speakerRole}</p>}
      {claim.figures.length > 0 ? (
        <ul class="figures" aria-label="Figures">
          {claim.figures.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      ) : (
        <p class="meta">Rests on no stated figures.</p>
      )}
    </>
  );
}

export function Card({ subject, onClose }: { subject: CardSubject; onClose: () => void }) {
  return (
    <div class="card" role="dialog" aria-labelledby="gloss-card-title" tabIndex={-1}>
      <button type="button" class="close" aria-label="Close" onClick={onClose}>
        ×
      </button>
      {subject.kind === 'official' ? <OfficialCard subject={subject} /> : <ClaimCard subject={subject} />}
    </div>
  );
}
