import { describe, expect, it } from 'vitest';
import { admit, senderKindOf } from '../../../src/background/router';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const fromTab = { id: ID, url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: 3 } };
const fromPage = { id: ID, url: `${ORIGIN}options.html` };
const fromPageInTab = { id: ID, url: `${ORIGIN}options.html`, tab: { id: 9 } };

describe('who may send what to the background', () => {
  it('tells a content script from an extension page, and refuses other extensions', () => {
    expect(senderKindOf(fromTab, ID, ORIGIN)).toBe('content');
    expect(senderKindOf(fromPage, ID, ORIGIN)).toBe('page');
    expect(senderKindOf(fromPageInTab, ID, ORIGIN)).toBe('page'); // an options page opened in a tab is still ours
    expect(senderKindOf({ ...fromTab, id: 'someone-else' }, ID, ORIGIN)).toBeNull();
    expect(senderKindOf({ id: ID }, ID, ORIGIN)).toBeNull();
  });

  it('admits a request from its own kind of sender', () => {
    expect(admit({ type: 'tickets/known', from: 'content', payload: { keys: ['a'] } }, fromTab, ID, ORIGIN)).toEqual({ type: 'tickets/known', payload: { keys: ['a'] }, from: 'content' });
    expect(admit({ type: 'policy/get', from: 'page', payload: {} }, fromPage, ID, ORIGIN)).toMatchObject({ type: 'policy/get' });
  });

  it('refuses a page message from a content script, and a content message from a page, even when the envelope lies', () => {
    expect(() => admit({ type: 'policy/import', from: 'page', payload: { text: '{}' } }, fromTab, ID, ORIGIN)).toThrow('policy/import may only come from an extension page (this came from content)');
    expect(() => admit({ type: 'policy/import', from: 'content', payload: { text: '{}' } }, fromTab, ID, ORIGIN)).toThrow('may only come from an extension page');
    expect(() => admit({ type: 'ui/load', from: 'content', payload: {} }, fromPage, ID, ORIGIN)).toThrow('ui/load may only come from a content script (this came from page)');
    expect(() => admit({ type: 'tickets/known', payload: { keys: [] } }, fromTab, ID, ORIGIN)).toThrow('may only come from a content script');
  });

  it('refuses unknown types and invalid payloads with the reason', () => {
    expect(() => admit({ type: 'ticket/delete-everything', from: 'content', payload: {} }, fromTab, ID, ORIGIN)).toThrow('unknown message type');
    expect(() => admit('not an object', fromTab, ID, ORIGIN)).toThrow('unknown message type');
    expect(() => admit({ type: 'tab/diagnose', from: 'page', payload: { tabId: -1 } }, fromPage, ID, ORIGIN)).toThrow('payload.tabId');
  });
});
