import { useEffect } from 'react';

/** Controls reachable with Tab (tabindex="-1" and disabled ones are fine inside aria-hidden). */
const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([type="hidden"]):not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]',
]
  .map((selector) => `${selector}:not([tabindex="-1"])`)
  .join(', ');

function hidesFocusable(element: Element): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.getAttribute('aria-hidden') === 'true' &&
    (element.matches(TABBABLE) || element.querySelector(TABBABLE) !== null)
  );
}

/**
 * While a React Aria combo box list is open, React Aria hides the rest of the page with
 * aria-hidden (so iOS VoiceOver stays in the list). Those regions still hold focusable controls,
 * which is an accessibility fault of its own (axe: aria-hidden-focus). This turns such regions
 * inert instead: hidden from assistive technology *and* unfocusable. React Aria's own cleanup
 * clears both aria-hidden and inert when the list closes.
 */
export function useInertWhileOpen(isOpen: boolean): void {
  useEffect(() => {
    if (!isOpen) return;
    const swapped = new Set<HTMLElement>();
    const swap = (element: Element) => {
      if (!hidesFocusable(element)) return;
      element.inert = true;
      element.removeAttribute('aria-hidden');
      swapped.add(element);
    };
    // React Aria hides in its own effect, which runs before this one (it is deeper in the tree)…
    document.querySelectorAll('[aria-hidden="true"]').forEach(swap);
    // …and keeps hiding nodes added while the list is open.
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') swap(record.target as Element);
        record.addedNodes.forEach((node) => {
          if (node instanceof Element) swap(node);
        });
      }
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-hidden'],
    });
    return () => {
      observer.disconnect();
      for (const element of swapped) element.inert = false;
    };
  }, [isOpen]);
}
