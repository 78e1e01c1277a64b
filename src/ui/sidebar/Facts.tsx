/**
 * The five impact facts above "Why": each as read (with its words) or not stated, one radio
 * group per fact (arrow keys move and choose, a click on the chosen value confirms it). A
 * change moves the level at once through the decision table (the facts feature decides) and
 * is stored for the ticket. The labels come with the policy summary: none are bundled here.
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
  return (
    <section aria-label="Impact facts" class="tl-facts" data-testid="tl-facts" data-source={choice.source}>
      <h3 class="tl-h3">Impact facts</h3>
      {policy.facts.map(({ id, label, values }) => {
        const { evidence: ev, value: read } = suggestion.facts[id];
        const value = agent[id] ?? read;
        const changed = choice.changed.includes(id);
        return (
          <fieldset key={id} class="tl-fact" data-testid="tl-fact" data-fact={id} data-value={value ?? ''} data-changed={String(changed)}>
            <legend>
              {label}
              {changed ? <span class="tl-changed"> · changed by you</span> : agent[id] && <span class="tl-muted"> · confirmed</span>}
            </legend>
            <div class="tl-fact-options">
              {values.map((v) => (
                <label key={v.id}>
                  <input type="radio" name={`tl-f${session.serial}${id}`} checked={value === v.id} onChange={() => set(id, v.id)} onClick={() => value === v.id && set(id, v.id)} />
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
