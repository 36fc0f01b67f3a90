// Words the content check rejects: stigmatising or blaming terms, per language. Data, not prose.

import type { Locale } from './types.js';

export const FLAGGED_TERMS: Readonly<Record<Locale, readonly { term: RegExp; instead: string }[]>> = {
  'en-US': [
    { term: /\bprostitutes?\b/i, instead: 'people in prostitution' },
    { term: /\bhookers?\b/i, instead: 'people in prostitution' },
    { term: /\bwhores?\b/i, instead: 'people in prostitution' },
    { term: /\bpimps?\b/i, instead: 'traffickers or exploiters' },
    { term: /\bchild prostitut/i, instead: 'a child who is sexually exploited' },
    { term: /\billegal (?:aliens?|immigrants?)\b/i, instead: 'people (immigration status is not our subject)' },
    // Blame is refused; the reassurance "it is not your fault" (or "isn't", "was never") is allowed.
    {
      term: /(?<!(?:\bnot|\bnever|n't)\s+)\byour (?:own )?fault\b/i,
      instead: 'no blame; only the reassurance "it is not your fault"',
    },
    { term: /\bshould have known\b/i, instead: 'no blame' },
    { term: /\bconfront (?:them|the trafficker)\b(?![^.]*\bnot\b)/i, instead: 'never advise confronting anyone' },
  ],
  'es-US': [
    { term: /\bprostitutas?\b/i, instead: 'personas en la prostitución' },
    { term: /\bputas?\b/i, instead: 'personas en la prostitución' },
    { term: /\bpadrotes?\b/i, instead: 'tratantes o explotadores' },
    { term: /\bchulos?\b/i, instead: 'tratantes o explotadores' },
    { term: /\bproxenetas?\b/i, instead: 'tratantes o explotadores' },
    {
      term: /\b(?:los|inmigrantes|extranjeros) ilegales\b/i,
      instead: 'personas (el estatus migratorio no es nuestro tema)',
    },
    // Se rechaza culpar; se permite tranquilizar: "no es su culpa", "no fue culpa suya".
    { term: /(?<!\bno\s+(?:es|fue|era)\s+)\bculpa suya\b/i, instead: 'sin culpar a nadie; solo "no es su culpa"' },
    {
      term: /(?<!\bno\s+)\b(?:es|fue|era) (?:su|tu) (?:propia )?culpa\b/i,
      instead: 'sin culpar a nadie; solo "no es su culpa"',
    },
    { term: /\bdebió saber\b/i, instead: 'sin culpar a nadie' },
  ],
};

/** Words that are not plain for someone listening in a second language; the check names the plain word to use. */
export const PLAIN_WORDS: Readonly<Record<Locale, readonly { term: RegExp; instead: string }[]>> = {
  'en-US': [
    { term: /\bunincorporated\b/i, instead: '"not a city" (the county serves it directly)' },
    { term: /\bdemand reduction\b/i, instead: '"going after people who pay for sex"' },
    { term: /\bcase management\b/i, instead: '"someone who helps you plan and get services"' },
    { term: /\bsolicitation\b/i, instead: '"paying for sex"' },
  ],
  'es-US': [
    { term: /\bno incorporad[ao]s?\b/i, instead: '"no es una ciudad" (el condado la atiende directamente)' },
    { term: /\breducir la demanda\b/i, instead: '"actuar contra quienes pagan por sexo"' },
    { term: /\bmanejo de casos\b/i, instead: '"alguien que le ayuda a planear y conseguir servicios"' },
    { term: /\bsolicitaci[oó]n\b/i, instead: '"pagar por sexo"' },
    // One term throughout, said in full: "ETS" is read letter by letter.
    { term: /\bETS\b/, instead: '"infecciones de transmisión sexual"' },
    {
      term: /\benfermedades de transmisi[oó]n sexual\b/i,
      instead: '"infecciones de transmisión sexual", one term throughout',
    },
    // "Delitos graves" reads as every felony; the limit is violent felonies.
    { term: /\bdelitos graves\b/i, instead: '"delitos violentos graves", or name the limit plainly' },
    { term: /\blínea de no emergencias?\b/i, instead: '"línea para casos que no son de emergencia"' },
  ],
};
