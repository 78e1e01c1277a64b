// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
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

describe('a page observer limited to a part of the page', () => {
  it('wakes only for changes inside it, finds it again when it is re-rendered, and reads no style', async () => {
    document.body.innerHTML = '<header><span id="counter"></span></header><ol id="thread"></ol>';
    const editable = vi.spyOn(HTMLElement.prototype, 'isContentEditable', 'get'); // makes the browser recompute styles
    const watch = createPageWatch(document.body);
    const controller = new AbortController();
    let calls = 0;
    watch.subscribe(() => void calls++, 10, controller.signal, () => document.querySelector('#thread'));

    for (let i = 0; i < 5; i++) document.querySelector('#counter')!.textContent = `live ${i}`;
    await tick(40);
    expect(calls).toBe(0);

    document.querySelector('#thread')!.append(document.createElement('li'));
    await tick(40);
    expect(calls).toBe(1);

    // The helpdesk re-renders its thread: the new element is followed.
    const fresh = Object.assign(document.createElement('ol'), { id: 'thread' });
    document.querySelector('#thread')!.replaceWith(fresh);
    await tick(40);
    expect(calls).toBe(2); // the replacement is a change of the thread
    fresh.append(document.createElement('li'));
    await tick(40);
    expect(calls).toBe(3);
    expect(editable).not.toHaveBeenCalled();
    controller.abort();
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
