/**
 * Typed send helpers over browser.runtime / browser.tabs messaging. Zod-free so content
 * scripts can use them; the receiving side validates. Each envelope says its sender kind.
 */
import { browser } from 'wxt/browser';
import type { BGtoCS, CStoBG, PageToBG, Reply, RequestOf, ResponseOf, SenderKind } from './protocol';

export class MessageError extends Error {}

/** The context has lost its extension (updated or reloaded under an open tab). */
export class ContextGoneError extends MessageError {}

const GONE = /context invalidated|receiving end does not exist|message port closed/i;

async function send<Map, K extends keyof Map>(from: SenderKind, type: K, payload: RequestOf<Map, K>): Promise<ResponseOf<Map, K>> {
  let reply: Reply<ResponseOf<Map, K>> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ type, from, payload })) as Reply<ResponseOf<Map, K>> | undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (GONE.test(message)) throw new ContextGoneError('Tierline was updated or reloaded: reload this tab to go on');
    throw new MessageError(message);
  }
  if (!reply) throw new MessageError('the extension did not answer (was it updated or reloaded? reload this tab)');
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}

/** Content script → background. Throws MessageError with the background's words. */
export function sendToBackground<K extends keyof CStoBG>(type: K, payload: RequestOf<CStoBG, K>): Promise<ResponseOf<CStoBG, K>> {
  return send<CStoBG, K>('content', type, payload);
}

/** Extension page (popup, settings) → background. */
export function sendFromPage<K extends keyof PageToBG>(type: K, payload: RequestOf<PageToBG, K>): Promise<ResponseOf<PageToBG, K>> {
  return send<PageToBG, K>('page', type, payload);
}

/** Background → the content script of a tab. */
export async function sendToTab<K extends keyof BGtoCS>(tabId: number, type: K, payload: RequestOf<BGtoCS, K>): Promise<ResponseOf<BGtoCS, K>> {
  const reply = (await browser.tabs.sendMessage(tabId, { type, payload })) as Reply<ResponseOf<BGtoCS, K>> | undefined;
  if (!reply) throw new MessageError('Tierline is not running on that page');
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}

/** Answer messages with a handler map; every answer is an envelope, errors included. */
export function answer<Map>(
  handlers: { [K in keyof Map]?: (payload: RequestOf<Map, K>, sender: unknown) => Promise<ResponseOf<Map, K>> | ResponseOf<Map, K> },
  validate?: (message: unknown, sender: unknown) => { type: keyof Map; payload: unknown },
) {
  return (message: unknown, sender: unknown, sendResponse: (reply: Reply<unknown>) => void): true | undefined => {
    let parsed: { type: keyof Map; payload: unknown };
    try {
      parsed = validate ? validate(message, sender) : (message as { type: keyof Map; payload: unknown });
    } catch (error) {
      sendResponse({ ok: false, error: `rejected message: ${(error as Error).message}` });
      return undefined;
    }
    const handler = handlers[parsed?.type];
    if (!handler) return undefined; // not ours: let another listener answer
    Promise.resolve()
      .then(() => (handler as (p: unknown, s: unknown) => unknown)(parsed.payload, sender))
      .then(
        (data) => sendResponse({ ok: true, data }),
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true; // keeps the channel open for the async answer
  };
}
