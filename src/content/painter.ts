/**
 * Paints marks without rewriting the page. With the CSS Custom Highlight API nothing is inserted
 * into the article; where the API is missing, text is wrapped in <gloss-mark> elements whose removal
 * restores the exact text nodes that were split.
 */

export type MarkKind = 'official' | 'claim' | 'active';

export interface Painter {
  paint(kind: MarkKind, ranges: Range[]): void;
  clear(kind?: MarkKind): void;
  /** True when marks are elements in the DOM (the fallback). */
  readonly wraps: boolean;
}

const NAMES: Record<MarkKind, string> = {
  official: 'gloss-official',
  claim: 'gloss-claim',
  active: 'gloss-active',
};

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

export function createPainter(win: Window & typeof globalThis): Painter {
  const registry = (win.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const HighlightCtor = (win as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (registry && HighlightCtor) {
    return {
      wraps: false,
      paint(kind, ranges) {
        registry.set(NAMES[kind], new HighlightCtor(...ranges));
      },
      clear(kind) {
        for (const k of kind ? [kind] : (Object.keys(NAMES) as MarkKind[])) registry.delete(NAMES[k]);
      },
    };
  }
  return createWrappingPainter(win.document);
}

interface Wrap {
  kind: MarkKind;
  element: HTMLElement;
  /** The node that was split and will take its text back. */
  original: Text;
  inner: Text;
  tail: Text | null;
}

function createWrappingPainter(doc: Document): Painter {
  const wraps: Wrap[] = [];
  return {
    wraps: true,
    paint(kind, ranges) {
      // The active mark is shown by an attribute on existing wrappers, never by more wrapping.
      if (kind === 'active') {
        for (const w of wraps)
          w.element.toggleAttribute(
            'data-active',
            ranges.some((r) => r.intersectsNode(w.inner)),
          );
        return;
      }
      for (const range of ranges) {
        if (range.startContainer !== range.endContainer || range.startContainer.nodeType !== 3) continue;
        const original = range.startContainer as Text;
        if (original.parentElement?.closest('gloss-mark')) continue;
        const tail = range.endOffset < original.length ? original.splitText(range.endOffset) : null;
        const inner = original.splitText(range.startOffset);
        const element = doc.createElement('gloss-mark');
        element.setAttribute('data-kind', kind);
        inner.replaceWith(element);
        element.appendChild(inner);
        wraps.push({ kind, element, original, inner, tail });
      }
    },
    clear(kind) {
      for (let i = wraps.length - 1; i >= 0; i--) {
        const w = wraps[i] as Wrap;
        if (kind === 'active') {
          w.element.removeAttribute('data-active');
          continue;
        }
        if (kind && w.kind !== kind) continue;
        // Undo in reverse order of wrapping: the split-off text goes back into the original node.
        w.original.appendData(w.inner.data + (w.tail?.data ?? ''));
        w.element.remove();
        w.tail?.remove();
        wraps.splice(i, 1);
      }
    },
  };
}
