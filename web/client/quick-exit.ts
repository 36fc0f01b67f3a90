/// <reference lib="dom" />
// Quick exit, in the browser: the button or the Escape key replaces this page with a neutral one, so Back
// cannot return here (location.replace leaves no history entry for this page).

const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');

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
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' || event.key === 'Esc') {
      event.preventDefault();
      leave(destination);
    }
  });
}
