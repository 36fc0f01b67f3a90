/// <reference lib="dom" />
// Keeps the focused element clear of the quick-exit button fixed in a corner (WCAG 2.4.11). Chromium does it from
// the page's scroll-padding-bottom; a browser that scrolls only to a focused element that is off screen would
// leave one under the button, so this scrolls it clear.

const GAP = 8;

export function keepFocusInSight(doc: Document, button: HTMLElement | null): void {
  if (!button) return;
  doc.addEventListener('focusin', (event) => {
    const focused = event.target;
    if (!(focused instanceof HTMLElement) || focused === button || button.contains(focused)) return;
    const cover = button.getBoundingClientRect();
    const box = focused.getBoundingClientRect();
    const overlaps =
      box.bottom > cover.top && box.top < cover.bottom && box.right > cover.left && box.left < cover.right;
    // Under the button: scroll up just enough that the element sits above it.
    if (overlaps) window.scrollBy({ top: box.bottom - cover.top + GAP, behavior: 'instant' });
  });
}
