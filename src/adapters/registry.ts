/**
 * Every adapter, in the order they are tried: hosted helpdesks (by URL), self-hosted ones
 * (by the page's own markers), the demo helpdesk. The generic reader is never picked here:
 * it serves only sites the user enabled for it, or as the fallback when a helpdesk adapter
 * cannot read the page. Reading this list tells you which helpdesks the product supports.
 */
import { freshdesk } from './freshdesk';
import { helpscout } from './helpscout';
import { intercom } from './intercom';
import { zendesk } from './zendesk';
import { freescout } from './freescout';
import { osticket } from './osticket';
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
];

/** The adapter for this page, or null (no helpdesk here). Cheap: runs on every navigation. */
export function pickAdapter(url: URL, doc: Document): Adapter | null {
  return adapters.find((adapter) => adapter.matches(url, doc)) ?? null;
}
