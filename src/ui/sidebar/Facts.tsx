/**
 * The five impact facts above "Why": each as read (with its words) or not stated, one radio
 * group per fact (arrow keys move and choose, a click on the chosen value confirms it). A
 * change moves the level at once through the decision table (the facts feature decides) and
 * is stored for the ticket. When no rule set the level, the facts that decide it and the
 * ticket does not say are asked (`suggestion.asks`) until the agent answers them. The labels
 * come with the policy summary: none are bundled here.
 */
import type { FactId, FactValue } from '../../policy/fact-names';
import { destinationName, levelName } from '../../policy/names';
import type { TicketSessionView } from '../../session/ticket-session';

export function Facts({ session }: { session: TicketSessionView }) {
  const reply = session.reply.value;
  const choice = session.factsChoice.value;
  if (!reply || !choice) return null;
  const { suggestion, policy, facts: agent } = reply;
  const set = (fact: FactId | null, value?: string) => void session.run('setFact', fact, value as FactValue).catch(() => {});
  const table = choice.table;
  const label = (id: FactId) => policy.facts.find((f) => f.id === id)?.label.toLowerCase();
  // The level is the policy's default and the ticket does not say these: ask them (older replies lack `asks`).
  const open = (suggestion.asks ?? []).filter((id) => agent[id] === undefined);
  let panel: HTMLElement | null = null;
  const answer = () => panel?.querySelector<HTMLInputElement>(`fieldset[data-fact="${open[0]}"] input[tabindex="0"]`)?.focus();
  // One listener pair for the panel, not two per option: the value rides on the input.
  const picked = (event: Event, again: boolean) => {
    const input = event.target as HTMLInputElement;
    const fact = input.dataset.fact as FactId | undefined;
    if (input.type !== 'radio' || !fact) return;
    if (!again || (agent[fact] ?? suggestion.facts[fact].value) === input.value) set(fact, input.value);
  };
  // Radios without a shared `name`: Chromium keeps detached named radios of a shadow root alive
  // (every ticket viewed leaked its panel, measured in tests/e2e/lifecycle.spec.ts), so the
  // group's arrow keys and single tab stop are ours: one roving tab stop per fact.
  const arrows = (event: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    const input = event.target as HTMLInputElement;
    if (!step || input.type !== 'radio') return;
    const group = [...(input.closest('fieldset')?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? [])];
    const next = group[(group.indexOf(input) + step + group.length) % group.length];
    if (!next) return;
    event.preventDefault();
    next.focus();
    next.click(); // checks it and reports the change, as the browser's own group would
  };
  return (
    <section ref={(el) => void (panel = el)} aria-label="Impact facts" class="tl-facts" data-testid="tl-facts" data-source={choice.source} onChange={(e) => picked(e, false)} onClick={(e) => picked(e, true)} onKeyDown={arrows}>
      <h3 class="tl-h3">Impact facts</h3>
      {open.length > 0 && (
        <p class="tl-warn tl-facts-ask" data-testid="tl-facts-ask">
          No rule judged this ticket and it does not say {open.map(label).join(' or ')}: answer {open.length > 1 ? 'these two' : 'this'} to decide the level.{' '}
          <button type="button" class="tl-link" data-testid="tl-facts-answer" onClick={answer}>
            Answer now
          </button>
        </p>
      )}
      {policy.facts.map(({ id, label, values }) => {
        const { evidence: ev, value: read } = suggestion.facts[id];
        const value = agent[id] ?? read;
        const changed = choice.changed.includes(id);
        const asked = open.includes(id);
        return (
          <fieldset key={id} role="radiogroup" class={`tl-fact${asked ? ' tl-fact-asked' : ''}`} data-testid="tl-fact" data-fact={id} data-value={value ?? ''} data-changed={String(changed)} data-asked={String(asked)}>
            <legend>
              {label}
              {changed ? <span class="tl-changed"> · changed by you</span> : agent[id] ? <span class="tl-muted"> · confirmed</span> : asked && <span class="tl-changed"> · to answer</span>}
            </legend>
            <div class="tl-fact-options">
              {values.map((v, i) => (
                <label key={v.id}>
                  <input type="radio" value={v.id} data-fact={id} checked={value === v.id} tabIndex={value === v.id || (!values.some((x) => x.id === value) && i === 0) ? 0 : -1} />
                  {v.label}
                </label>
              ))}
            </div>
            <p class="tl-fact-quote" data-testid="tl-fact-quote">
              {ev ? (
                <>
                  {ev.before}
                  <mark>{ev.quote}</mark>
                  {ev.after}
                </>
              ) : (
                <span class="tl-muted">Not stated in the ticket</span>
              )}
            </p>
          </fieldset>
        );
      })}
      {choice.source === 'facts' && table ? (
        <p class="tl-muted" data-testid="tl-facts-decided">
          Decision table: {table.row.label}; decided by {table.decidedBy.map(label).join(', ') || 'no fact'}
          {table.routedBy && `; routed by ${table.routedBy.label.toLowerCase()}`}.
        </p>
      ) : (
        <p class="tl-muted" data-testid="tl-facts-hint">
          {table && (table.severity !== suggestion.severity || table.destination !== suggestion.destination)
            ? `Confirming these facts gives Sev ${table.severity} · ${levelName(policy, table.severity)} → ${destinationName(policy, table.destination)}. `
            : 'The engine set this level; a fact you confirm or change hands it to the decision table. '}
          <button type="button" class="tl-link" data-testid="tl-facts-confirm" onClick={() => set(null)}>
            Confirm the facts
          </button>
        </p>
      )}
    </section>
  );
}
