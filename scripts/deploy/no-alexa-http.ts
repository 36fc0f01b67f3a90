// Stand-in for lambda/http.ts inside the ivr Lambda bundle only: on AWS the skill is its own function.

import { Router } from 'express';
import type { alexaRouter as realAlexaRouter } from '../../lambda/http.js';

/**
 * On AWS, Alexa reaches the skill through the alexa function's Alexa Skills Kit trigger, and the HTTP API has no
 * /alexa route, so the ivr function would never run POST /alexa. Shipping it anyway would add the express
 * adapter, node-forge, zod and a second mime-db (1 MB unzipped, about 200 kB zipped) to every phone-call cold start.
 */
export const alexaRouter: typeof realAlexaRouter = () => Router();
