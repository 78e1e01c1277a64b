// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { generic, readGeneric, readPlainText } from '../../../src/adapters/generic';

describe('generic reader', () => {
  it("reads the page's main text, leaving out navigation and Tierline's own sidebar", () => {
    document.body.innerHTML = `<nav>Home · Pricing</nav><main><h1>Checkout broken</h1><p>Our checkout has failed since 9am.</p><p>No orders at all.</p></main><tierline-sidebar>Sev 1</tierline-sidebar>`;
    const { snapshot, problems } = generic.read(document, new URL('https://portal.example.com/t/1'));
    expect(problems).toEqual([]);
    expect(snapshot.subject).toBe('Checkout broken');
    expect(snapshot.messages).toHaveLength(1);
    expect(snapshot.messages[0]!.text).toBe('Checkout broken\n\nOur checkout has failed since 9am.\n\nNo orders at all.');
    expect(snapshot).not.toHaveProperty('ticketNumber'); // any page: no number it could trust
  });

  it('without a main element reads the body, still leaving out navigation and the sidebar', () => {
    document.body.innerHTML = `<nav>Home</nav><div><p>Invoices stuck in sending.</p></div><tierline-sidebar><p>Sev 1 · Critical</p></tierline-sidebar><footer>© Example</footer>`;
    const { snapshot } = generic.read(document, new URL('https://portal.example.com/t/3'));
    expect(snapshot.messages[0]!.text).toBe('Invoices stuck in sending.');
  });

  it('prefers the text the agent selected', () => {
    document.body.innerHTML = '<main><p>Lots of unrelated page text.</p></main>';
    const { snapshot } = readGeneric(document, new URL('https://portal.example.com/t/2'), 'Nobody on our team can log in since the SSO change this morning.');
    expect(snapshot.messages[0]!.text).toBe('Nobody on our team can log in since the SSO change this morning.');
  });

  it('turns pasted text into a snapshot, capped in size', () => {
    const { snapshot } = readPlainText('https://x.test/', 'Pasted', 'a'.repeat(50_000));
    expect(snapshot.messages[0]!.text).toHaveLength(20_000);
    expect(snapshot.truncated).toBe(true);
  });
});
