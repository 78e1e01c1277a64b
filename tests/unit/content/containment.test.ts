// @vitest-environment happy-dom
/** A feature that throws, at init or later in a callback, is contained: logged once with its id, named in the session, the others run. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demo } from '../../../src/adapters/demo';
import { createDelegates } from '../../../src/content/delegate';
import { runFeatures, type TicketFeature } from '../../../src/content/feature';
import { createPageWatch } from '../../../src/content/page-watch';
import { createTicketSession } from '../../../src/session/ticket-session';
import { ticketTools } from '../../../src/ui/sidebar/tools';

afterEach(() => vi.restoreAllMocks());

const feature = (id: string, init: TicketFeature['init']): TicketFeature => ({ id, on: 'ticket', title: `the ${id} part`, init });

describe('feature containment', () => {
  it('keeps the others running when one throws at init, in an async init, or in a later callback', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    document.body.innerHTML = '<button id="go">go</button>';
    const session = createTicketSession({ key: 'demo:h:1', adapterId: 'demo', adapterName: 'Demo' });
    const ran: string[] = [];
    const controller = new AbortController();
    const services = { adapter: demo, url: new URL('http://127.0.0.1:5177/tickets/1'), doc: document, watch: createPageWatch(document.body), on: createDelegates(document).on, send: (async () => ({})) as never, firstRead: null };
    runFeatures(
      [
        feature('throws-now', () => {
          throw new Error('boom');
        }),
        feature('fine', () => void ran.push('fine')),
        feature('throws-later', async () => {
          await Promise.resolve();
          throw new Error('later');
        }),
        feature('throws-on-click', ({ page }, signal) => {
          page.on('#go', ['click'], () => {
            throw new Error('click');
          }, signal);
        }),
        feature('also-fine', () => void ran.push('also-fine')),
      ],
      services,
      { session, tools: ticketTools },
      controller.signal,
    );
    expect(ran).toEqual(['fine', 'also-fine']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    document.querySelector<HTMLButtonElement>('#go')!.click();
    document.querySelector<HTMLButtonElement>('#go')!.click();
    expect(session.broken.value).toEqual(['the throws-now part', 'the throws-later part', 'the throws-on-click part']);
    // Logged once per feature, with its id, however often it fails.
    expect(errors.mock.calls.map((call) => call[0])).toEqual([
      'Tierline: the "throws-now" feature failed',
      'Tierline: the "throws-later" feature failed',
      'Tierline: the "throws-on-click" feature failed',
    ]);
  });
});
