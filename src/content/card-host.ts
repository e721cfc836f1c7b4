import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { h, render } from 'preact';
import { GLOSS_HOST_ATTRIBUTE } from '../core/text/extract';
import { Card, type CardSubject } from '../ui/Card';
import cardCss from '../ui/card.css';

/**
 * One host element for all Gloss UI, created on first use and removed when Gloss turns off. Its
 * shadow root is closed so page CSS cannot reach in and Gloss CSS cannot leak out; it is shown in the
 * top layer (Popover API) so page stacking contexts cannot hide it.
 */
export interface CardHost {
  show(subject: CardSubject, anchor: Range, focus: boolean): void;
  hide(): void;
  contains(node: EventTarget | null): boolean;
  readonly open: boolean;
  destroy(): void;
}

export function createCardHost(
  doc: Document,
  onHoverChange: (inside: boolean) => void,
  onClose: () => void,
): CardHost {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let stopUpdates: (() => void) | null = null;
  let open = false;

  const ensure = () => {
    if (host && shadow) return { host, shadow };
    host = doc.createElement('gloss-host');
    host.setAttribute(GLOSS_HOST_ATTRIBUTE, '');
    // Inline styles only: the host must look the same whatever the page's CSS says.
    host.style.cssText =
      'all:initial;position:fixed;top:0;left:0;inset:auto;margin:0;padding:0;border:0;background:transparent;overflow:visible;z-index:2147483647;';
    if ('popover' in host) host.popover = 'manual';
    shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = cardCss;
    shadow.appendChild(style);
    host.addEventListener('pointerenter', () => onHoverChange(true));
    host.addEventListener('pointerleave', () => onHoverChange(false));
    host.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onClose();
      }
    });
    doc.documentElement.appendChild(host);
    return { host, shadow };
  };

  const hide = () => {
    stopUpdates?.();
    stopUpdates = null;
    if (!host || !shadow || !open) return;
    open = false;
    render(null, shadow);
    if (host.matches(':popover-open')) host.hidePopover();
    host.style.display = 'none';
  };

  return {
    get open() {
      return open;
    },
    show(subject, anchor, focus) {
      const { host: el, shadow: root } = ensure();
      el.style.display = 'block';
      render(h(Card, { subject, onClose }), root);
      if ('showPopover' in el && !el.matches(':popover-open')) el.showPopover();
      open = true;
      const reference = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
        contextElement: anchor.startContainer.parentElement ?? undefined,
      };
      stopUpdates?.();
      stopUpdates = autoUpdate(reference, el, () => {
        computePosition(reference, el, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [offset(6), flip(), shift({ padding: 8 })],
        }).then(({ x, y }) => {
          el.style.left = `${x}px`;
          el.style.top = `${y}px`;
        });
      });
      if (focus) (root.querySelector('.card') as HTMLElement | null)?.focus();
    },
    hide,
    contains(node) {
      return node !== null && host !== null && (node === host || host.contains(node as Node));
    },
    destroy() {
      hide();
      host?.remove();
      host = null;
      shadow = null;
    },
  };
}
