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

describe('what the generic reader leaves out', () => {
  it('skips hidden elements, menus, dialogs, editors and signatures, and keeps the report', () => {
    document.body.innerHTML = `
      <main class="main-with-sidebar">
        <ul class="dropdown-menu" style="display:none"><li>Assign to me</li><li>Merge conversations into one</li></ul>
        <div role="menu"><a>Follow this conversation and get notified</a></div>
        <div hidden>Secret draft text that nobody should ever read here</div>
        <div aria-hidden="true">Decorative text repeated for screen effects here</div>
        <p>Since the update this morning our whole team cannot open any invoice at all.</p>
        <div class="note-editable" contenteditable="true">Dear customer, we are looking into this for you now.</div>
        <div class="gmail_signature">Dana Whitfield | Finance lead | Northwind Logistics, Chicago</div>
        <div role="dialog"><p>Are you sure you want to delete this conversation forever?</p></div>
      </main>`;
    const { snapshot } = generic.read(document, new URL('https://portal.example.com/t/9'));
    expect(snapshot.messages[0]!.text).toBe('Since the update this morning our whole team cannot open any invoice at all.');
  });
});

describe('pasted text', () => {
  it('splits pasted mail at its boundaries, oldest first, so the latest part counts as the latest', () => {
    const text = [
      'It is now down for every customer, nobody can pay at checkout.',
      '',
      'On Mon, 23 Nov 2026 at 09:14, Dana Whitfield <dana@northwind.test> wrote:',
      '> Some customers see a slow checkout page this morning.',
      '',
      '-----Original Message-----',
      'Hello, just a heads up about checkout speed.',
    ].join('\n');
    const { snapshot } = readPlainText('https://x.test/', 'Checkout', text);
    expect(snapshot.messages.map((m) => m.text)).toEqual([
      '-----Original Message-----\nHello, just a heads up about checkout speed.',
      'On Mon, 23 Nov 2026 at 09:14, Dana Whitfield <dana@northwind.test> wrote:\nSome customers see a slow checkout page this morning.',
      'It is now down for every customer, nobody can pay at checkout.',
    ]);
  });

  it('keeps the end of a huge paste and says exactly what was left out', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(18_000)}\n\nUPDATE: the whole site is down for all our customers since 10:05.`;
    const { snapshot } = readPlainText('https://x.test/', 'Pasted', text);
    const kept = snapshot.messages[0]!.text;
    expect(kept).toHaveLength(20_000);
    expect(kept.endsWith('the whole site is down for all our customers since 10:05.')).toBe(true);
    expect(kept).toContain('\n[…]\n');
    expect(snapshot.cut).toEqual({ totalChars: text.length, keptChars: 20_000, messages: 1, keptMessages: 1, clippedMessages: 1 });
  });
});
