/**
 * Walks an article root once and builds one flat string plus a map from string offsets back to
 * DOM text nodes. Every later stage works on offsets into this string; only render turns them back
 * into Ranges. Whitespace is collapsed the way a reader sees it, and block boundaries become "\n" so
 * that paragraphs never run together ("said.Last").
 */

export interface TextChunk {
  /** Offset in the flat text where this node's contribution starts. */
  start: number;
  end: number;
  node: Text;
  /** Node offset of each character of the chunk, or null when the chunk is the node's data unchanged. */
  offsets: number[] | null;
}

export interface TextIndex {
  text: string;
  chunks: TextChunk[];
}

/** Elements whose text is never the article's prose, or must never be touched. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'NAV',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'H1',
  'FORM',
  'DIALOG',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
  'DETAILS',
  'SUMMARY',
]);

/** Class or id words that mark page furniture inside an article container: bylines, share bars, promos. */
const FURNITURE =
  /(?:^|[\s_-])(byline|author|share|sharing|social|related|newsletter|promo|advert|ad-slot|subscribe|comments?)(?:$|[\s_-])/i;

/** The attribute Gloss puts on its own host elements, so it never reads its own UI. */
export const GLOSS_HOST_ATTRIBUTE = 'data-gloss-host';

export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute(GLOSS_HOST_ATTRIBUTE)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const label = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return label.length > 1 && FURNITURE.test(label);
}

const SPACE = /[ \t\n\r\f\u00a0\u2009\u202f]/;

export function extractText(root: Element): TextIndex {
  const parts: string[] = [];
  const chunks: TextChunk[] = [];
  let length = 0;
  let lastChar = '\n';

  const breakBlock = () => {
    if (lastChar !== '\n') {
      parts.push('\n');
      length += 1;
      lastChar = '\n';
    }
  };

  const addText = (node: Text) => {
    const data = node.data;
    let out = '';
    const offsets: number[] = [];
    let identity = true;
    for (let i = 0; i < data.length; i++) {
      const ch = data.charAt(i);
      if (SPACE.test(ch)) {
        const prev = out.length > 0 ? out.charAt(out.length - 1) : lastChar;
        if (prev === ' ' || prev === '\n') {
          identity = false;
          continue;
        }
        if (ch !== ' ') identity = false;
        out += ' ';
      } else {
        out += ch;
      }
      offsets.push(i);
    }
    if (out.length === 0) return;
    if (out.length !== data.length) identity = false;
    chunks.push({ start: length, end: length + out.length, node, offsets: identity ? null : offsets });
    parts.push(out);
    length += out.length;
    lastChar = out.charAt(out.length - 1);
  };

  const walk = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        addText(child as Text);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (isSkippedElement(element)) {
          if (BLOCK_TAGS.has(element.tagName.toUpperCase())) breakBlock();
          continue;
        }
        const block = BLOCK_TAGS.has(element.tagName.toUpperCase());
        if (block) breakBlock();
        walk(element);
        if (block) breakBlock();
      }
    }
  };

  walk(root);
  return { text: parts.join(''), chunks };
}

/** Binary search: the chunk holding flat-text offset `offset` (or the nearest before it). */
export function chunkAt(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.chunks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const chunk = index.chunks[mid] as TextChunk;
    if (chunk.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Turns a flat-text offset into a DOM position. `edge` says whether it opens or closes a span. */
export function domPosition(
  index: TextIndex,
  offset: number,
  edge: 'start' | 'end',
): { node: Text; offset: number } | null {
  const i = chunkAt(index, edge === 'end' ? offset - 1 : offset);
  const chunk = index.chunks[i];
  if (!chunk) return null;
  const local = edge === 'end' ? offset - 1 - chunk.start : offset - chunk.start;
  if (local < 0 || local >= chunk.end - chunk.start) return null;
  const nodeOffset = chunk.offsets ? (chunk.offsets[local] as number) : local;
  return { node: chunk.node, offset: edge === 'end' ? nodeOffset + 1 : nodeOffset };
}

/** The reverse: a DOM position inside a text node to a flat-text offset, or -1 if Gloss did not read it. */
export function textOffset(index: TextIndex, node: Node, nodeOffset: number): number {
  const chunk = index.chunks.find((c) => c.node === node);
  return chunk ? chunkTextOffset(chunk, nodeOffset) : -1;
}

/** The flat-text offset of the character at (or, inside collapsed whitespace, before) a node offset. */
export function chunkTextOffset(chunk: TextChunk, nodeOffset: number): number {
  if (!chunk.offsets) return chunk.start + Math.min(nodeOffset, chunk.end - chunk.start - 1);
  for (let i = chunk.offsets.length - 1; i >= 0; i--) {
    if ((chunk.offsets[i] as number) <= nodeOffset) return chunk.start + i;
  }
  return chunk.start;
}
