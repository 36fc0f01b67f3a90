/// <reference lib="dom" />
// "Call from this browser": fetches a short-lived token from our server and places a call to the help line's
// phone menu with the Twilio Voice SDK, with mute, hang up, a keypad and plain status text.

import { Call, Device } from '@twilio/voice-sdk';

type Status = 'idle' | 'connecting' | 'inCall' | 'muted' | 'unmuted' | 'ended' | 'failed';

const section = document.getElementById('browser-call');

async function fetchToken(url: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new Error(`token request answered ${response.status}`);
  const body = (await response.json()) as { token?: unknown };
  if (typeof body.token !== 'string') throw new Error('token response had no token');
  return body.token;
}

function wire(root: HTMLElement): void {
  const tokenUrl = root.dataset.tokenUrl ?? '';
  const toneUrl = root.dataset.toneUrl ?? '';
  const lang = root.dataset.lang ?? '';
  const start = root.querySelector<HTMLButtonElement>('[data-call-start]');
  const mute = root.querySelector<HTMLButtonElement>('[data-call-mute]');
  const hangUp = root.querySelector<HTMLButtonElement>('[data-call-hangup]');
  const status = root.querySelector<HTMLElement>('[data-call-status]');
  const keys = Array.from(root.querySelectorAll<HTMLButtonElement>('[data-digit]'));
  if (!start || !mute || !hangUp || !status) return;

  let device: Device | undefined;
  let call: Call | undefined;
  let connected = false;

  const say = (s: Status): void => {
    status.textContent = root.dataset[`status${s.charAt(0).toUpperCase()}${s.slice(1).toLowerCase()}`] ?? '';
  };
  const inCallControls = (on: boolean): void => {
    mute.disabled = !on;
    hangUp.disabled = !on;
    for (const key of keys) key.disabled = !on;
    start.disabled = on;
    if (!on) mute.setAttribute('aria-pressed', 'false');
  };
  const finish = (s: Status): void => {
    const ended = device;
    device = undefined;
    call = undefined;
    connected = false;
    // One Device per call: destroying it stops the SDK's retries, and the next call starts with a fresh token.
    ended?.destroy();
    // Read before disabling: some Chromium builds move focus to <body> as soon as the focused button is disabled.
    const focusWasHere = root.contains(document.activeElement) && document.activeElement !== start;
    inCallControls(false);
    say(s);
    // Keep focus on a control that still works, so keyboard users are not dropped at the top of the page.
    if (focusWasHere) start.focus();
  };

  const connect = async (): Promise<void> => {
    start.disabled = true;
    say('connecting');
    let attempt: Device | undefined;
    try {
      const token = await fetchToken(tokenUrl);
      // Every sound is our own short tone, so the SDK fetches nothing from Twilio's CDN.
      const sounds = Object.fromEntries(Object.values(Device.SoundName).map((name) => [name, toneUrl]));
      // publishEvents is typed only in the SDK's internal options but honoured by Device (_setupPublisher):
      // off, no call-quality telemetry goes to Twilio's event gateway (the CSP would block it anyway).
      const options: Device.Options & { publishEvents: boolean } = {
        sounds,
        publishEvents: false,
        closeProtection: false,
      };
      const current = new Device(token, options);
      attempt = current;
      device = current;
      // When Twilio cannot be reached the SDK reports it here and keeps retrying while connect() waits: say so.
      current.on('error', () => {
        if (device === current && !connected) finish('failed');
      });
      current.on('tokenWillExpire', () => {
        fetchToken(tokenUrl).then(
          (fresh) => current.updateToken(fresh),
          () => undefined, // The call in progress goes on; the next call fetches a new token.
        );
      });
      // The page's language goes to the phone menu as a call parameter, so it can answer in the same language.
      const placed = await current.connect({ params: { lang } });
      if (device !== current) {
        placed.disconnect(); // Given up on while connecting: do not leave a call running unseen.
        return;
      }
      call = placed;
      placed.on('accept', () => {
        if (call !== placed) return;
        connected = true;
        inCallControls(true);
        say('inCall');
        hangUp.focus();
      });
      // An error is often followed by a disconnect: the first word about a call's end is the one people see.
      const endWith = (s: Status) => () => {
        if (call === placed) finish(s);
      };
      placed.on('error', endWith('failed'));
      placed.on('disconnect', endWith('ended'));
      placed.on('cancel', endWith('ended'));
      placed.on('reject', endWith('ended'));
    } catch {
      if (attempt === undefined || device === attempt) finish('failed');
    }
  };

  start.addEventListener('click', () => {
    void connect();
  });
  mute.addEventListener('click', () => {
    if (!call) return;
    const muted = !call.isMuted();
    call.mute(muted);
    mute.setAttribute('aria-pressed', String(muted));
    say(muted ? 'muted' : 'unmuted');
  });
  hangUp.addEventListener('click', () => {
    call?.disconnect();
  });
  for (const key of keys) {
    key.addEventListener('click', () => {
      const digit = key.dataset.digit;
      if (call && digit) call.sendDigits(digit);
    });
  }
  window.addEventListener('pagehide', () => device?.destroy());
}

if (section && Device.isSupported) {
  section.hidden = false;
  wire(section);
}
