// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demo } from '../../../../src/adapters/demo';
import { generic, OWN_UI_TAG } from '../../../../src/adapters/generic';
import { rememberSelectionFeature } from '../../../../src/content/features/remember-selection';
import { readTicket } from '../../../../src/content/read';
import { startFeature } from './harness';

function page(html: string) {
  document.body.innerHTML = `${html}<${OWN_UI_TAG}></${OWN_UI_TAG}>`;
  return new URL('https://portal.example.com/case/1');
}

function select(element: Element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

const clickSidebar = () => document.querySelector(OWN_UI_TAG)!.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));

describe('remember-selection feature', () => {
  it('keeps the text selected when the agent reaches for the sidebar, for this ticket only', () => {
    const url = page('<main><p id="report">Since the SSO change this morning nobody on our team can log in.</p><p>Other page text.</p></main>');
    const first = startFeature(rememberSelectionFeature, generic, url);
    select(document.querySelector('#report')!);
    clickSidebar();
    expect(first.session.selection).toBe('Since the SSO change this morning nobody on our team can log in.');
    const kit = { adapter: generic, url, doc: document } as Parameters<typeof readTicket>[0];
    expect(readTicket(kit, first.session.selection).snapshot.messages[0]!.text).toBe('Since the SSO change this morning nobody on our team can log in.');

    // The agent moves on to the next ticket: its session starts with no selection, and reads the page.
    first.controller.abort();
    document.getSelection()!.removeAllRanges();
    const next = startFeature(rememberSelectionFeature, generic, page('<main><p>Invoices are stuck in sending for every client since Monday.</p></main>'));
    expect(next.session.selection).toBe('');
    expect(readTicket(kit, next.session.selection).snapshot.messages[0]!.text).toBe('Invoices are stuck in sending for every client since Monday.');
    clickSidebar(); // nothing selected now: nothing remembered, and the aborted session heard nothing
    expect(next.session.selection).toBe('');
    expect(first.session.selection).toBe('Since the SSO change this morning nobody on our team can log in.');
  });

  it('ignores short selections, and works on a helpdesk adapter too (a page it cannot read)', () => {
    const url = page('<main><p id="short">Hi there</p></main>');
    const onGeneric = startFeature(rememberSelectionFeature, generic, url);
    select(document.querySelector('#short')!);
    clickSidebar();
    expect(onGeneric.session.selection).toBe('');
    const onDemo = startFeature(rememberSelectionFeature, demo, url);
    document.querySelector('#short')!.textContent = 'A long enough selection that would otherwise count.';
    select(document.querySelector('#short')!);
    clickSidebar();
    expect(onDemo.session.selection).toBe('A long enough selection that would otherwise count.');
  });
});
