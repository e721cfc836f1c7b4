import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildMarks } from '../../src/content/marks';
import { createPainter } from '../../src/content/painter';
import { annotate, prepareDocument } from '../../src/core/annotate';
import { builtDataset, pageDocument, SHARED } from '../helpers';

describe('wrapping painter (no CSS Highlight API, as in jsdom)', () => {
  it('wraps marks in <gloss-mark> and unwraps to the exact original DOM', () => {
    const doc = pageDocument(`${SHARED}/seed/trump-putin-call.html`);
    const before = doc.documentElement.outerHTML;
    const nodesBefore = [...doc.querySelectorAll('p')].map((p) => p.childNodes.length);
    const { prepared, index } = prepareDocument(doc);
    const result = annotate(prepared, builtDataset().names);
    const marks = buildMarks(doc, index as NonNullable<typeof index>, result);
    const painter = createPainter(doc.defaultView as Window & typeof globalThis);
    expect(painter.wraps).toBe(true);
    painter.paint(
      'official',
      marks.filter((m) => m.kind === 'official').map((m) => m.range),
    );
    const wrapped = [...doc.querySelectorAll('gloss-mark')].map((el) => el.textContent);
    expect(wrapped).toContain('Andrii Sybiha');
    expect(wrapped).toContain('Pompeo');
    painter.clear();
    expect(doc.querySelectorAll('gloss-mark')).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect([...doc.querySelectorAll('p')].map((p) => p.childNodes.length)).toEqual(nodesBefore);
  });

  it('is never used where the Highlight API exists', () => {
    const win = new JSDOM('').window as unknown as Window & typeof globalThis;
    const set: string[] = [];
    Object.assign(win, {
      Highlight: class {},
      CSS: { highlights: { set: (n: string) => set.push(n), delete: () => undefined } },
    });
    const painter = createPainter(win);
    expect(painter.wraps).toBe(false);
    painter.paint('official', []);
    expect(set).toEqual(['gloss-official']);
  });
});
