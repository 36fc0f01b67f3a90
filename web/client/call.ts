/// <reference lib="dom" />
// "Call our phone menu from this browser": on Call, asks for the microphone, fetches the Voice SDK file and a
// short-lived token from our server, and calls the phone menu, with mute, hang up, a keypad and a status line
// beside the buttons that names the cause of a failure and links the hotline's number.

import type { Call, Device } from '@twilio/voice-sdk';
import { CallSetupError, failureStatus, type FailureStatus } from './call-failure.js';

type Status = 'idle' | 'connecting' | 'inCall' | 'muted' | 'unmuted' | 'ended' | FailureStatus;
type DeviceClass = typeof Device;

const section = document.getElementById('browser-call');

async function fetchToken(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { accept: 'application/json' }, cache: 'no-store' });
  } catch {
    throw new CallSetupError('failedNetwork');
  }
  // 404 or a server error: the browser call is not set up right on our side. A refusal (429) is a plain failure.
  if (response.status === 404 || response.status >= 500) throw new CallSetupError('failedConfiguration');
  if (!response.ok) throw new CallSetupError('failed');
  const body = (await response.json()) as { token?: unknown };
  if (typeof body.token !== 'string') throw new CallSetupError('failedConfiguration');
  return body.token;
}

let sdk: Promise<DeviceClass> | undefined;

/** Adds the SDK's <script>, with its integrity hash, the first time someone presses Call. */
function loadSdk(url: string, integrity: string): Promise<DeviceClass> {
  sdk ??= new Promise<DeviceClass>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.integrity = integrity;
    script.onload = () => {
      const loaded = window.westmontVoice?.Device;
      if (loaded) resolve(loaded);
      else reject(new CallSetupError('failedConfiguration'));
    };
    script.onerror = () => {
      script.remove();
      reject(new CallSetupError('failedNetwork'));
    };
    document.head.append(script);
  }).catch((err: unknown) => {
    sdk = undefined; // The next press tries again.
    throw err;
  });
  return sdk;
}

/** Asks for the microphone before anything else, so a refusal is named as one (the SDK would only say "error"). */
async function checkMicrophone(): Promise<void> {
  if (!navigator.mediaDevices?.getUserMedia) throw new CallSetupError('failedBrowser');
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  for (const track of stream.getTracks()) track.stop();
}

function wire(root: HTMLElement): void {
  const { tokenUrl = '', toneUrl = '', sdkUrl = '', sdkIntegrity = '', lang = '' } = root.dataset;
  const start = root.querySelector<HTMLButtonElement>('[data-call-start]');
  const mute = root.querySelector<HTMLButtonElement>('[data-call-mute]');
  const hangUp = root.querySelector<HTMLButtonElement>('[data-call-hangup]');
  const status = root.querySelector<HTMLElement>('[data-call-status]');
  const keys = Array.from(root.querySelectorAll<HTMLButtonElement>('[data-digit]'));
  if (!start || !mute || !hangUp || !status) return;

  let device: Device | undefined;
  let call: Call | undefined;
  let connected = false;
  /** Bumped when a call starts or ends, so a step that finishes late knows it was given up on. */
  let attempt = 0;

  const say = (s: Status): void => {
    const template = root.querySelector<HTMLTemplateElement>(`template[data-status="${s}"]`);
    if (template) status.replaceChildren(template.content.cloneNode(true));
  };
  const controls = (state: 'idle' | 'connecting' | 'inCall'): void => {
    start.disabled = state !== 'idle';
    hangUp.disabled = state === 'idle';
    mute.disabled = state !== 'inCall';
    for (const key of keys) key.disabled = state !== 'inCall';
    if (state !== 'inCall') mute.setAttribute('aria-pressed', 'false');
  };
  const finish = (s: Status): void => {
    attempt += 1;
    const ended = device;
    device = undefined;
    call = undefined;
    connected = false;
    // One Device per call: destroying it stops the SDK's retries, and the next call starts with a fresh token.
    ended?.destroy();
    // Keep focus on a control that still works, so keyboard users are not dropped at the top of the page.
    const active = document.activeElement;
    const hadFocus = active === null || active === document.body || root.contains(active);
    controls('idle');
    say(s);
    if (hadFocus) start.focus();
  };

  const connect = async (): Promise<void> => {
    const mine = ++attempt;
    // Focus moves to Hang up (which cancels) before Call is disabled, so it never falls to the page.
    controls('connecting');
    hangUp.focus();
    say('connecting');
    const current = (): boolean => attempt === mine;
    try {
      await checkMicrophone();
      if (!current()) return;
      const [DeviceClass, token] = await Promise.all([loadSdk(sdkUrl, sdkIntegrity), fetchToken(tokenUrl)]);
      if (!current()) return;
      if (!DeviceClass.isSupported) throw new CallSetupError('failedBrowser');
      // Every sound is our own short tone, so the SDK fetches nothing from Twilio's CDN.
      const sounds = Object.fromEntries(Object.values(DeviceClass.SoundName).map((name) => [name, toneUrl]));
      // publishEvents is typed only in the SDK's internal options but honoured by Device (_setupPublisher):
      // off, no call-quality telemetry goes to Twilio's event gateway (the CSP would block it anyway).
      const options: Device.Options & { publishEvents: boolean } = {
        sounds,
        publishEvents: false,
        closeProtection: false,
      };
      const created = new DeviceClass(token, options);
      device = created;
      // When Twilio cannot be reached the SDK reports it here and keeps retrying while connect() waits: say so.
      created.on('error', (error: unknown) => {
        if (device === created && !connected) finish(failureStatus(error, navigator.onLine));
      });
      created.on('tokenWillExpire', () => {
        fetchToken(tokenUrl).then(
          (fresh) => created.updateToken(fresh),
          () => undefined, // The call in progress goes on; the next call fetches a new token.
        );
      });
      // The page's language goes to the phone menu as a call parameter, so it can answer in the same language.
      const placed = await created.connect({ params: { lang } });
      if (device !== created) {
        placed.disconnect(); // Given up on while connecting: do not leave a call running unseen.
        return;
      }
      call = placed;
      placed.on('accept', () => {
        if (call !== placed) return;
        connected = true;
        controls('inCall');
        say('inCall');
        hangUp.focus();
      });
      // An error is often followed by a disconnect: the first word about a call's end is the one people see.
      const endWith = (s: Status) => () => {
        if (call === placed) finish(s);
      };
      placed.on('error', (error: unknown) => {
        if (call === placed) finish(failureStatus(error, navigator.onLine));
      });
      placed.on('disconnect', endWith('ended'));
      placed.on('cancel', endWith('ended'));
      placed.on('reject', endWith('ended'));
    } catch (error) {
      if (current()) finish(failureStatus(error, navigator.onLine));
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
    // Before Twilio answers there is no call to end yet: give up on the attempt.
    if (call) call.disconnect();
    else finish('ended');
  });
  for (const key of keys) {
    key.addEventListener('click', () => {
      const digit = key.dataset.digit;
      if (call && digit) call.sendDigits(digit);
    });
  }
  window.addEventListener('pagehide', () => device?.destroy());
}

// The SDK's own check comes when it has loaded; this one keeps the section hidden where WebRTC is missing.
if (section && typeof RTCPeerConnection === 'function' && navigator.mediaDevices !== undefined) {
  section.hidden = false;
  wire(section);
}
