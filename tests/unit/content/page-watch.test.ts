// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createDelegates } from '../../../src/content/delegate';
import { createPageWatch } from '../../../src/content/page-watch';

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the shared page observer', () => {
  it('wakes each subscriber on its own throttle, skips editor typing, and stops with the signal', async () => {
    document.body.innerHTML = '<ol id="thread"></ol><div id="editor" contenteditable="true"></div>';
    const watch = createPageWatch(document.body);
    const fast = new AbortController();
    const slow = new AbortController();
    const calls = { fast: 0, slow: 0 };
    watch.subscribe(() => void calls.fast++, 10, fast.signal);
    watch.subscribe(() => void calls.slow++, 200, slow.signal);

    document.querySelector('#editor')!.textContent = 'typing';
    await tick(40);
    expect(calls).toEqual({ fast: 0, slow: 0 });

    document.querySelector('#thread')!.append(document.createElement('li'));
    await tick(40);
    expect(calls).toEqual({ fast: 1, slow: 0 });
    await tick(220);
    expect(calls).toEqual({ fast: 1, slow: 1 });

    fast.abort();
    slow.abort();
    document.querySelector('#thread')!.append(document.createElement('li'));
    await tick(220);
    expect(calls).toEqual({ fast: 1, slow: 1 });
  });
});

describe('delegated control listeners', () => {
  it('one capture-phase listener per type, matching the closest element, before the page handler, gone with the signal', () => {
    document.body.innerHTML = '<form id="f"><select id="group"><option>L2</option></select><button id="send"><span id="label">Send</span></button></form>';
    const order: string[] = [];
    document.querySelector('#send')!.addEventListener('click', () => order.push('page'));
    const delegates = createDelegates(document);
    const controller = new AbortController();
    delegates.on('#send', ['click'], (event, matched) => order.push(`guard:${matched.id}:${(event.target as Element).id}`), controller.signal);
    delegates.on('#group, #send', ['click', 'change'], (_e, matched) => order.push(`other:${matched.id}`), controller.signal);
    delegates.on('[unparsable', ['click'], () => order.push('never'), controller.signal);
    document.querySelector<HTMLElement>('#label')!.click();
    expect(order).toEqual(['guard:send:label', 'other:send', 'page']);

    order.length = 0;
    controller.abort();
    document.querySelector<HTMLElement>('#label')!.click();
    expect(order).toEqual(['page']);
  });
});
