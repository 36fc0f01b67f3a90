// On a device with a screen (APL), the numbers of an answer are shown on screen, so no card is needed for them.

import type { interfaces } from 'ask-sdk-model';
import type { NumbersDisplay } from './answers.js';

export const APL_INTERFACE = 'Alexa.Presentation.APL';
export const NUMBERS_TOKEN = 'numbers';

// Layout only: every word shown comes from the data source, which comes from content/.
const DOCUMENT = {
  type: 'APL',
  version: '2023.3',
  mainTemplate: {
    parameters: ['payload'],
    items: [
      {
        type: 'Container',
        width: '100vw',
        height: '100vh',
        paddingLeft: '6vw',
        paddingRight: '6vw',
        paddingTop: '6vh',
        items: [
          {
            type: 'Text',
            text: '${payload.numbers.title}',
            fontSize: '40dp',
            fontWeight: 'bold',
            paddingBottom: '24dp',
          },
          {
            type: 'Container',
            data: '${payload.numbers.lines}',
            items: [{ type: 'Text', text: '${data}', fontSize: '30dp', paddingBottom: '16dp' }],
          },
        ],
      },
    ],
  },
} as const;

export function numbersDirective(display: NumbersDisplay): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: NUMBERS_TOKEN,
    document: DOCUMENT as unknown as Record<string, unknown>,
    datasources: { numbers: { title: display.title, lines: [...display.lines] } },
  };
}
