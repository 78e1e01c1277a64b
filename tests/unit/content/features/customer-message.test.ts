// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demo } from '../../../../src/adapters/demo';
import { customerMessageFeature } from '../../../../src/content/features/customer-message';
import { openDemo, startFeature } from './harness';

afterEach(() => vi.unstubAllGlobals());

const MESSAGE = { text: 'Hi Dana,\n\nYour case reference is TL-1042-20261123-1512. <b>not markup</b>', html: '<p>Hi Dana,</p><p>Your case reference is TL-1042-20261123-1512. &lt;b&gt;not markup&lt;/b&gt;</p>' };

describe('customer-message feature', () => {
  it('puts the message into the public reply editor (switched back from a note) and on the clipboard, and says so', async () => {
    const copied: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (text: string) => void copied.push(text) } });
    const { session } = startFeature(customerMessageFeature, demo, openDemo('/tickets/1042'));
    document.querySelector<HTMLElement>('#tab-note')!.click();
    const result = await session.run('insertReply', MESSAGE);
    const editor = document.querySelector<HTMLTextAreaElement>('#composer-text')!;
    expect(editor.value).toBe(MESSAGE.text);
    expect(editor.getAttribute('aria-label')).toBe('Reply to customer');
    expect(copied).toEqual([MESSAGE.text]);
    expect(result).toEqual({ ok: true, text: 'Message put in the reply editor (not sent), and copied to the clipboard.' });
  });

  it('refuses when only the note editor is there: the message stays on the clipboard, and the sidebar says so', async () => {
    const copied: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (text: string) => void copied.push(text) } });
    const { session } = startFeature(customerMessageFeature, demo, openDemo('/tickets/1042'));
    document.querySelector<HTMLElement>('#tab-note')!.click();
    document.querySelector('#tab-reply')!.remove();
    const result = await session.run('insertReply', MESSAGE);
    expect(document.querySelector<HTMLTextAreaElement>('#composer-text')!.value).toBe('');
    expect(copied).toEqual([MESSAGE.text]);
    expect(result).toEqual({ ok: false, text: 'Not put in the reply (could not find the reply editor on this page); it is on the clipboard: paste it into your reply to the customer.' });
  });
});
