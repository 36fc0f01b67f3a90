/// <reference lib="dom" />
// In-page links and the language switch without new history entries: every entry is one more Back press that
// could show this page again after quick exit.

/** Scrolls to the section and moves keyboard focus there, as following the link would, then records the place. */
function goTo(doc: Document, hash: string): boolean {
  const target = doc.getElementById(decodeURIComponent(hash.slice(1)));
  if (!target) return false;
  // A section's heading takes focus, so a screen reader starts reading there.
  const focusable = target.matches('section, article')
    ? (target.querySelector<HTMLElement>('h2, h3') ?? target)
    : target;
  if (!focusable.hasAttribute('tabindex')) focusable.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  focusable.focus({ preventScroll: true });
  history.replaceState(history.state, '', hash);
  return true;
}

export function withoutHistory(doc: Document): void {
  doc.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement)) return;
    const here = new URL(doc.location.href);
    const there = new URL(anchor.href);
    if (anchor.hasAttribute('data-language-switch')) {
      event.preventDefault();
      doc.location.replace(there.href);
    } else if (there.origin === here.origin && there.pathname === here.pathname && there.hash !== '') {
      if (goTo(doc, there.hash)) event.preventDefault();
    }
  });
}
