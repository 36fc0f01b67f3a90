// A model-driven Alexa simulator for tools: virtual-alexa over models/<locale>.json, into the skill in-process or at a
// URL. What a person says is understood as Alexa would (tools/nlu/alexa-stand-in.ts: the intent from the model's
// samples, then literal entity resolution), or with virtual-alexa's exact sample matcher (`exact`).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { LOCALES, type Locale } from '../content/index.js';
import { AlexaStandIn, type AlexaSlot, type ModelJson } from './nlu/alexa-stand-in.js';

// virtual-alexa pulls in aws-sdk v2, which prints a maintenance notice on load; it says nothing about this project.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE ??= '1';
const { VirtualAlexa } = await import('virtual-alexa');
const { Utterance } = await import('virtual-core');

// Loading virtual-alexa also loads its own nock 9, which replaces Node's http.request with one that drops the
// request(url, options, callback) form: any later plain HTTP request in the process (a test's, a tool's) fails.
// We use none of the Alexa API mocks it needs nock for, so Node's own functions go back at once.
const virtualAlexaRequire = createRequire(createRequire(import.meta.url).resolve('virtual-alexa'));
(virtualAlexaRequire('nock') as { restore(): void }).restore();

type Alexa = ReturnType<ReturnType<typeof VirtualAlexa.Builder>['create']>;
export type SimulatorResponse = Awaited<ReturnType<Alexa['launch']>>;
type LambdaHandler = (event: unknown, context?: unknown) => Promise<unknown>;

export interface SimulatorOptions {
  readonly locale: Locale;
  /** The skill in-process (a Lambda-style handler) ... */
  readonly handler?: LambdaHandler;
  /** ... or a running server's POST /alexa URL (which must have signature checks off: loopback dev only). */
  readonly url?: string;
  /** Pretend to be a device with a screen (APL). */
  readonly screen?: boolean;
  /** Match what is said against the samples word for word (virtual-alexa), instead of Alexa's stand-in. */
  readonly exact?: boolean;
  /** The skill id requests carry (virtual-alexa's own otherwise). */
  readonly skillId?: string;
  /** Sees (and may change) each request just before the skill gets it: tests read the slots Alexa sent. */
  readonly onRequest?: (request: SimulatorRequest) => void;
}

/** The parts of a request envelope the simulator and its callers touch. */
export interface SimulatorRequest {
  context: { System: { device: { supportedInterfaces: Record<string, unknown> } } };
  request: { locale: string; intent?: { name?: string; slots?: unknown } };
}

const STAND_INS = new Map<Locale, AlexaStandIn>();
/** Alexa's stand-in for a locale's model, trained once per process. */
function standInFor(locale: Locale): AlexaStandIn {
  let found = STAND_INS.get(locale);
  if (!found) {
    const model = JSON.parse(readFileSync(modelPath(locale), 'utf8')) as ModelJson;
    STAND_INS.set(locale, (found = new AlexaStandIn(locale, model)));
  }
  return found;
}

const ROOT = join(import.meta.dirname, '..');
const modelPath = (locale: Locale): string => join(ROOT, 'models', `${locale}.json`);

const SPOKEN_DIGITS: Readonly<Record<Locale, readonly string[]>> = {
  'en-US': ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  'es-US': ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
};

/** What speech recognition would hand the model: words, not digits; plain apostrophes; no hyphens or punctuation. */
export function normalizeUtterance(locale: Locale, text: string): string {
  const digits = SPOKEN_DIGITS[locale];
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\d/g, (d) => ` ${digits[Number(d)]} `)
    .replace(/[-–—]/g, ' ')
    .replace(/[¿?¡!.,;:"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** "open community help line" and the like start the skill, as a LaunchRequest. */
function isLaunchPhrase(text: string, invocationName: string): boolean {
  const launch = /^(?:alexa )?(?:open|launch|start|begin|abre|abrir|inicia|iniciar|empieza)\b/;
  return text === '' || (launch.test(text) && text.endsWith(invocationName));
}

export class Simulator {
  readonly alexa: Alexa;
  private readonly invocationName: string;
  /** The slots the next request carries, when the stand-in understood it. */
  private slots: Readonly<Record<string, AlexaSlot>> | undefined;

  constructor(readonly options: SimulatorOptions) {
    if (!LOCALES.includes(options.locale)) throw new Error(`Unknown locale ${options.locale}; use en-US or es-US`);
    let builder = VirtualAlexa.Builder().interactionModelFile(modelPath(options.locale)).locale(options.locale);
    if (options.skillId) builder = builder.applicationID(options.skillId);
    if (options.url) builder = builder.skillURL(options.url);
    else if (options.handler) builder = builder.handler(options.handler);
    else throw new Error('Give the simulator a handler or a URL');
    this.alexa = builder.create();
    this.alexa.filter((request: SimulatorRequest) => {
      if (options.screen) {
        // virtual-alexa has no APL switch; the request filter adds the interface a screen device declares.
        request.context.System.device.supportedInterfaces['Alexa.Presentation.APL'] = {
          runtime: { maxVersion: '2023.3' },
        };
      }
      // The stand-in's slots, resolved as Alexa resolves them, replace virtual-alexa's own.
      if (this.slots && request.request.intent) request.request.intent.slots = this.slots;
      this.slots = undefined;
      options.onRequest?.(request);
    });
    const file = JSON.parse(readFileSync(modelPath(options.locale), 'utf8')) as {
      interactionModel: { languageModel: { invocationName: string } };
    };
    this.invocationName = file.interactionModel.languageModel.invocationName;
  }

  launch(): Promise<SimulatorResponse> {
    return this.alexa.launch();
  }

  intend(intent: string, slots?: Record<string, string>): Promise<SimulatorResponse> {
    return this.alexa.intend(intent, slots);
  }

  endSession(): Promise<SimulatorResponse> {
    return this.alexa.endSession();
  }

  /**
   * What a person says, understood by Alexa's stand-in (or, with `exact`, matched word for word by virtual-alexa).
   * Unlike virtual-alexa's utter(), a question holding "ask" or "tell" is not mistaken for a launch; what the model
   * does not take goes to FallbackIntent, as it does on a device.
   */
  say(text: string): Promise<SimulatorResponse> {
    const spoken = normalizeUtterance(this.options.locale, text);
    if (isLaunchPhrase(spoken, this.invocationName)) return this.launch();
    if (!this.options.exact) {
      const { intent, slots } = standInFor(this.options.locale).understand(spoken);
      this.slots = slots;
      return this.alexa.intend(intent);
    }
    const model = (
      this.alexa.context() as unknown as { interactionModel(): ConstructorParameters<typeof Utterance>[0] }
    ).interactionModel();
    const utterance = new Utterance(model, spoken);
    if (!utterance.matched()) return this.alexa.intend('AMAZON.FallbackIntent');
    return this.alexa.intend(utterance.intent(), utterance.toJSON() as Record<string, string>);
  }
}
