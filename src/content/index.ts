import browser from 'webextension-polyfill';
import { type AnnotateResult, prepareDocument } from '../core/annotate';
import { chunkTextOffset, type TextChunk, type TextIndex } from '../core/text/extract';
import type { AnnotateReply, PageStatus, SourceLabels, TabRequest } from '../shared/messages';
import { activeOn, parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import type { CardSubject } from '../ui/Card';
import { type CardHost, createCardHost } from './card-host';
import { caretAt, pointerOnRange } from './hit-test';
import { buildMarks, type Mark, markAt } from './marks';
import { createPainter, type Painter } from './painter';

/**
 * Runs in every page. It does nothing visible unless the page is an article and Gloss is on for the
 * site; every entry point catches its own errors so nothing is ever thrown into the page.
 */

/** Hover intent, after Wikipedia's Page Previews: a short wait before opening, a longer one before closing. */
const OPEN_DELAY_MS = 150;
const CLOSE_DELAY_MS = 300;

interface Annotated {
  result: Omit<AnnotateResult, 'text'>;
  sources: SourceLabels;
  index: TextIndex;
  marks: Mark[];
  byNode: Map<Node, TextChunk>;
}

const site = location.hostname;
let settings: Settings = parseSettings(undefined);
let state: PageStatus['state'] = 'off';
let annotated: Annotated | null = null;
let painter: Painter | null = null;
let host: CardHost | null = null;
let headline = '';
let generation = 0;
let current: Mark | null = null;
let keyboardIndex = -1;
let openTimer = 0;
let closeTimer = 0;
let insideCard = false;
let pointerFrame = 0;

function safely<A extends unknown[]>(fn: (...args: A) => unknown) {
  return (...args: A) => {
    try {
      const out = fn(...args);
      if (out instanceof Promise) out.catch(() => undefined);
    } catch {
      // Never throw into the page.
    }
  };
}

/** Lets the page breathe between chunks of work on long articles. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start(): Promise<void> {
  const run = ++generation;
  if (!activeOn(settings, site)) {
    state = settings.enabled ? 'site-off' : 'off';
    return;
  }
  const { prepared, index } = prepareDocument(document, location.href);
  headline = prepared.article.headline;
  if (!prepared.article.isArticle || !index) {
    state = 'not-article';
    return;
  }
  state = 'working';
  const reply = (await browser.runtime.sendMessage({
    type: 'gloss:annotate',
    prepared,
    officials: settings.officials,
    claims: settings.claims,
    claimThreshold: settings.claimThreshold,
  })) as AnnotateReply;
  if (run !== generation) return;
  if (!reply?.ok) {
    state = 'error';
    return;
  }
  await nextTask();
  if (run !== generation) return;
  const marks = buildMarks(document, index, reply.result);
  const byNode = new Map<Node, TextChunk>(index.chunks.map((c) => [c.node, c]));
  annotated = { result: reply.result, sources: reply.sources, index, marks, byNode };
  painter ??= createPainter(window);
  painter.paint(
    'official',
    marks.filter((m) => m.kind === 'official').map((m) => m.range),
  );
  painter.paint(
    'claim',
    marks.filter((m) => m.kind === 'claim').map((m) => m.range),
  );
  state = 'done';
  listen(true);
  await browser.runtime.sendMessage({
    type: 'gloss:badge',
    count: reply.result.officials.length + reply.result.claims.length,
  });
}

/** Removes every trace: highlights, wrappers, the card host and listeners. The page is as it was. */
function stop(): void {
  generation++;
  clearTimeout(openTimer);
  clearTimeout(closeTimer);
  cancelAnimationFrame(pointerFrame);
  listen(false);
  painter?.clear();
  host?.destroy();
  host = null;
  annotated = null;
  current = null;
  keyboardIndex = -1;
  if (state === 'done') browser.runtime.sendMessage({ type: 'gloss:badge', count: 0 }).catch(() => undefined);
}

function subjectFor(mark: Mark): CardSubject | null {
  if (!annotated) return null;
  const { result, sources } = annotated;
  if (mark.kind === 'official') {
    const official = result.officials[mark.item];
    return official
      ? {
          kind: 'official',
          official,
          date: result.date,
          dated: result.article.published !== null,
          datasetAsOf: result.datasetAsOf,
          sources,
        }
      : null;
  }
  const claim = result.claims[mark.item];
  if (!claim) return null;
  const speaker = claim.speakerId ? result.officials.find((o) => o.id === claim.speakerId) : undefined;
  return { kind: 'claim', claim, speakerRole: speaker ? speaker.roleOnDate : null };
}

function openCard(mark: Mark, focus: boolean): void {
  const subject = subjectFor(mark);
  if (!subject) return;
  host ??= createCardHost(
    document,
    (inside) => {
      insideCard = inside;
      if (inside) clearTimeout(closeTimer);
      else scheduleClose();
    },
    () => closeCard(),
  );
  current = mark;
  painter?.paint('active', [mark.range]);
  host.show(subject, mark.range, focus);
}

function closeCard(): void {
  clearTimeout(openTimer);
  clearTimeout(closeTimer);
  host?.hide();
  painter?.clear('active');
  current = null;
}

function scheduleClose(): void {
  clearTimeout(closeTimer);
  closeTimer = window.setTimeout(() => {
    if (!insideCard) closeCard();
  }, CLOSE_DELAY_MS);
}

function markUnderPointer(x: number, y: number): Mark | null {
  if (!annotated) return null;
  const caret = caretAt(document, x, y);
  if (!caret) return null;
  const chunk = annotated.byNode.get(caret.node);
  if (!chunk) return null;
  const offset = chunkTextOffset(chunk, caret.offset);
  // The caret sits between characters: try the character on either side.
  for (const at of [offset, offset - 1]) {
    const mark = markAt(annotated.marks, at);
    if (mark && pointerOnRange(mark.range, x, y)) return mark;
  }
  return null;
}

const onPointerMove = safely((event: PointerEvent) => {
  if (host?.contains(event.target)) return;
  const { clientX, clientY } = event;
  cancelAnimationFrame(pointerFrame);
  pointerFrame = requestAnimationFrame(
    safely(() => {
      const mark = markUnderPointer(clientX, clientY);
      if (mark && mark === current) {
        clearTimeout(closeTimer);
        return;
      }
      clearTimeout(openTimer);
      if (mark) {
        openTimer = window.setTimeout(
          safely(() => openCard(mark, false)),
          current ? 0 : OPEN_DELAY_MS,
        );
      } else if (current && !insideCard) {
        scheduleClose();
      }
    }),
  );
});

const onKeyDown = safely((event: KeyboardEvent) => {
  if (event.key === 'Escape' && current) closeCard();
});

const onScroll = safely(() => {
  if (!current) return;
  const rect = current.range.getBoundingClientRect();
  if (rect.bottom < 0 || rect.top > window.innerHeight) closeCard();
});

function listen(on: boolean): void {
  const method = on ? 'addEventListener' : 'removeEventListener';
  document[method](
    'pointermove',
    onPointerMove as EventListener,
    { passive: true } as AddEventListenerOptions,
  );
  document[method]('keydown', onKeyDown as EventListener, true);
  window[method]('scroll', onScroll, { passive: true } as AddEventListenerOptions);
}

/** Keyboard path: each press moves to the next mark, scrolls it into view and opens its card with focus. */
function focusNextMark(): void {
  if (!annotated || annotated.marks.length === 0) return;
  keyboardIndex = (keyboardIndex + 1) % annotated.marks.length;
  const mark = annotated.marks[keyboardIndex] as Mark;
  mark.range.startContainer.parentElement?.scrollIntoView({
    block: 'center',
    behavior: 'instant' as ScrollBehavior,
  });
  openCard(mark, true);
}

function status(): PageStatus {
  const result = annotated?.result;
  return {
    site,
    state,
    headline,
    date: result?.date ?? null,
    officials: (result?.officials ?? []).map((o) => ({
      name: o.name,
      role: o.roleOnDate,
      mentions: o.mentions.length,
    })),
    claims: result?.claims.length ?? 0,
  };
}

browser.runtime.onMessage.addListener((message: unknown) => {
  const request = message as TabRequest;
  if (request?.type === 'gloss:status') return Promise.resolve(status());
  if (request?.type === 'gloss:next-mark') {
    safely(focusNextMark)();
    return Promise.resolve(true);
  }
  return undefined;
});

browser.storage.onChanged.addListener(
  safely((changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    const next = parseSettings(changes[SETTINGS_KEY]?.newValue);
    const before = JSON.stringify(settings);
    settings = next;
    if (before === JSON.stringify(next)) return;
    stop();
    return start();
  }),
);

safely(async () => {
  const stored = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  settings = parseSettings((stored as Record<string, unknown>)[SETTINGS_KEY]);
  await start();
})();
