/**
 * Typed send helpers over browser.runtime / browser.tabs messaging. Zod-free so content
 * scripts can use them; the receiving side validates.
 */
import { browser } from 'wxt/browser';
import type { BGtoCS, CStoBG, Reply, RequestOf, ResponseOf } from './protocol';

export class MessageError extends Error {}

/** Content script or extension page → background. Throws MessageError with the background's words. */
export async function sendToBackground<K extends keyof CStoBG>(type: K, payload: RequestOf<CStoBG, K>): Promise<ResponseOf<CStoBG, K>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<ResponseOf<CStoBG, K>> | undefined;
  if (!reply) throw new MessageError('the extension did not answer (was it updated or reloaded? reload this tab)');
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}

/** Background or extension page → the content script of a tab. */
export async function sendToTab<K extends keyof BGtoCS>(tabId: number, type: K, payload: RequestOf<BGtoCS, K>): Promise<ResponseOf<BGtoCS, K>> {
  const reply = (await browser.tabs.sendMessage(tabId, { type, payload })) as Reply<ResponseOf<BGtoCS, K>> | undefined;
  if (!reply) throw new MessageError('Tierline is not running on that page');
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}

/** Answer messages with a handler map; every answer is an envelope, errors included. */
export function answer<Map>(
  handlers: { [K in keyof Map]?: (payload: RequestOf<Map, K>, sender: unknown) => Promise<ResponseOf<Map, K>> | ResponseOf<Map, K> },
  validate?: (message: unknown) => { type: keyof Map; payload: unknown },
) {
  return (message: unknown, sender: unknown, sendResponse: (reply: Reply<unknown>) => void): true | undefined => {
    let parsed: { type: keyof Map; payload: unknown };
    try {
      parsed = validate ? validate(message) : (message as { type: keyof Map; payload: unknown });
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
