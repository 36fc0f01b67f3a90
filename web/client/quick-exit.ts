/// <reference lib="dom" />
// Quick exit, in the browser: the button, Esc, or Shift pressed three times replaces this page with a neutral one.
// Moving around the page and switching language add no history entries, so Back never returns here.

import { keepFocusInSight } from './focus-in-sight.js';
import { withoutHistory } from './no-history.js';

const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');

/** Three presses of Shift with no other key between them, within this time, as GOV.UK's "Exit this page" does. */
const SHIFT_WINDOW_MS = 5000;

function leave(destination: string): void {
  // Blank the page at once: the neutral site may take a moment to load, and someone may be looking.
  document.title = '';
  document.body.hidden = true;
  window.location.replace(destination);
}

if (link) {
  const destination = link.href;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave(destination);
  });
  let shifts: number[] = [];
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' || event.key === 'Esc') {
      event.preventDefault();
      leave(destination);
      return;
    }
    if (event.key !== 'Shift') {
      shifts = [];
      return;
    }
    if (event.repeat) return;
    shifts = [...shifts.filter((t) => event.timeStamp - t < SHIFT_WINDOW_MS), event.timeStamp];
    if (shifts.length >= 3) leave(destination);
  });
}

withoutHistory(document);
keepFocusInSight(document, link);
