/**
 * Run one feature the way the controller does (the real runner, the real session model),
 * on a page in happy-dom, with the background replaced by a recorder that answers from a
 * table. No mocks of our own core: only the browser-facing edge is stood in for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Adapter } from '../../../../src/adapters/types';
import { createDelegates } from '../../../../src/content/delegate';
import { runFeatures, type Feature, type FeatureServices } from '../../../../src/content/feature';
import { createPageWatch } from '../../../../src/content/page-watch';
import { renderNoteFor } from '../../../../src/background/handoff-service';
import { handoffFacts } from '../../../../src/background/triage-service';
import { defaultPolicy } from '../../../../src/policy/defaults';
import { createTicketSession } from '../../../../src/session/ticket-session';
import { summarizePolicy } from '../../../../src/background/policy-service';
import type { CStoBG, RequestOf, ResponseOf, TriageReply } from '../../../../src/store/protocol';
import type { TicketSnapshot } from '../../../../src/ticket/snapshot';
import { chooseLevel } from '../../../../src/triage/decide';
import { ticketTools } from '../../../../src/ui/sidebar/tools';
import { suggest } from '../../../../src/triage';

const APP = join(import.meta.dirname, '../../../fixtures/demo-helpdesk');
export const ORIGIN = 'http://127.0.0.1:5177';

/** The demo helpdesk app at `path`, rendered by its own script. */
export function openDemo(path: string): URL {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${ORIGIN}${path}`);
  document.documentElement.innerHTML = '<head><meta name="tierline-demo-helpdesk" content="1"></head><body><main id="app"></main></body>';
  new Function(readFileSync(join(APP, 'tickets.js'), 'utf8'))();
  new Function(readFileSync(join(APP, 'app.js'), 'utf8'))();
  return new URL(location.href);
}

/** The background's triage, for real, on the default policy. */
export function triageReply(snapshot: TicketSnapshot): TriageReply {
  const suggestion = suggest({ subject: snapshot.subject, messages: snapshot.messages, requester: snapshot.requester, tags: snapshot.tags }, defaultPolicy, { now: Date.parse('2026-11-23T15:00:00Z') });
  const policy = summarizePolicy({ policy: defaultPolicy, source: 'default' });
  return { suggestion, policy, override: null, ...handoffFacts(snapshot, suggestion, policy.timeZone), localRecord: null, facts: {}, choice: chooseLevel(suggestion, {}, defaultPolicy) };
}

type Handlers = { [K in keyof CStoBG]?: (payload: RequestOf<CStoBG, K>) => ResponseOf<CStoBG, K> | Promise<ResponseOf<CStoBG, K>> };

export function startFeature(feature: Feature, adapter: Adapter, url: URL, handlers: Handlers = {}) {
  const sent: { type: keyof CStoBG; payload: unknown }[] = [];
  const send = (async (type: keyof CStoBG, payload: unknown) => {
    sent.push({ type, payload });
    const handler = (handlers as Record<string, ((p: unknown) => unknown) | undefined>)[type];
    if (type === 'ticket/triage' && !handler) return triageReply((payload as { snapshot: TicketSnapshot }).snapshot);
    if (type === 'handoff/render-note' && !handler) return renderNoteFor(payload as RequestOf<CStoBG, 'handoff/render-note'>);
    if (!handler) throw new Error(`no stand-in for ${type}`);
    return handler(payload);
  }) as FeatureServices['send'];
  const controller = new AbortController();
  const session = createTicketSession({ key: `${adapter.id}:${url.host}:1`, adapterId: adapter.id, adapterName: adapter.name });
  const services: FeatureServices = { adapter, url, doc: document, watch: createPageWatch(document.body), on: createDelegates(document).on, send, firstRead: null };
  runFeatures([feature], services, feature.on === 'ticket' ? { session, tools: ticketTools } : null, controller.signal);
  return { session, sent, controller, signal: controller.signal };
}

export const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** Wait until `probe` holds (a few event-loop turns at most), else fail with `what`. */
export async function until(probe: () => boolean, what: string, ms = 2_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await settle(10);
  }
}
