import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/core/annotate';
import { domPosition, extractText, textOffset } from '../../src/core/text/extract';
import { pageDocument, SHARED } from '../helpers';

function root(html: string): Element {
  return new JSDOM(`<body><article>${html}</article></body>`).window.document.querySelector(
    'article',
  ) as Element;
}

describe('extractText', () => {
  it('separates blocks with newlines and collapses whitespace', () => {
    const { text } = extractText(root('<p>Putin   said.</p><p>Last\n  week <b>he</b> left.</p>'));
    expect(text).toBe('Putin said.\nLast week he left.\n');
  });

  it('skips code, scripts, editable regions, hidden text, forms and bylines', () => {
    const { text } = extractText(
      root(
        '<p>Kept.</p><pre>code Trump</pre><script>var Trump</script><div contenteditable="true">Putin draft</div>' +
          '<p aria-hidden="true">hidden Putin</p><textarea>Putin</textarea><p class="byline">By Jane Doe</p><p>Also kept.</p>',
      ),
    );
    expect(text).toBe('Kept.\nAlso kept.\n');
  });

  it('maps every offset back to the DOM node and character it came from', () => {
    const el = root('<p>President  <i>Donald</i>\n Trump spoke.</p>');
    const index = extractText(el);
    const at = index.text.indexOf('Trump');
    const start = domPosition(index, at, 'start');
    const end = domPosition(index, at + 'Trump'.length, 'end');
    expect(start?.node.data.slice(start.offset, end?.offset)).toBe('Trump');
    expect(textOffset(index, start?.node as Text, start?.offset ?? 0)).toBe(at);
  });

  it('extracts the seed article body without the headline, with every paragraph', () => {
    const { prepared } = prepareDocument(pageDocument(`${SHARED}/seed/trump-putin-call.html`));
    expect(prepared.text.startsWith('President Donald Trump engaged')).toBe(true);
    expect(prepared.text).toContain(
      '“One way or another, we must ensure protection for our people,” Zelenskyy stated.\n',
    );
    expect(prepared.text).not.toContain('Most read');
    expect(prepared.text).not.toContain('Staff Reporter');
  });
});
