/**
 * Every adapter: reading this list tells you which helpdesks the product supports. Each
 * content script (entrypoints/*.content*) carries the ones for its sites, tried in this order:
 * hosted helpdesks by URL, self-hosted ones by the page's own markers, the demo helpdesk.
 * The generic reader is not listed: it serves only sites the user enabled for it, or as the
 * fallback when a helpdesk adapter cannot read the page.
 */
import { freshdesk } from './freshdesk';
import { helpscout } from './helpscout';
import { intercom } from './intercom';
import { zendesk } from './zendesk';
import { freescout } from './freescout';
import { osticket } from './osticket';
import { demo } from './demo';
import type { Adapter } from './types';

export const adapters: Adapter[] = [
  // hosted
  zendesk,
  freshdesk,
  helpscout,
  intercom,
  // self-hosted
  freescout,
  osticket,
  // demo
  demo,
];
