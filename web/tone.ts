// A short, soft tone as a WAV file, generated at build time: the browser call's only sound, so the Voice SDK
// loads nothing from Twilio's CDN and the page keeps its "no external assets" promise.

const SAMPLE_RATE = 8000;

/** 16-bit mono PCM WAV: a sine at `hz` for `ms`, with short fades so it does not click. */
export function toneWav(hz = 660, ms = 120, volume = 0.2): Buffer {
  const samples = Math.round((SAMPLE_RATE * ms) / 1000);
  const fade = Math.round(SAMPLE_RATE * 0.01);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    const envelope = Math.min(1, i / fade, (samples - 1 - i) / fade);
    const value = Math.sin((2 * Math.PI * hz * i) / SAMPLE_RATE) * volume * envelope;
    data.writeInt16LE(Math.round(value * 32767), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28); // byte rate
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
