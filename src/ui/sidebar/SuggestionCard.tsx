/** The level and destination in force, how sure the engine is, and the emotion flag. */
import type { TicketSessionView } from '../../session/ticket-session';
import { destinationName } from '../../policy/names';
import { Facts } from './Facts';

export function SuggestionCard({ session }: { session: TicketSessionView }) {
  const reply = session.reply.value;
  const effective = session.effective.value;
  if (!reply || !effective) return null;
  const { suggestion } = reply;
  // Once the agent confirmed or changed a fact, the decision table set the level, not the engine.
  const byFacts = session.factsChoice.value?.source === 'facts';
  // No rule fired: the level is the policy's default, a guess, and must look like one.
  const guess = suggestion.rules.length === 0 && !effective.overridden && !byFacts;
  return (
    <section
      class="tl-card"
      data-testid="tl-suggestion"
      data-severity={effective.severity}
      data-destination={effective.destination}
      data-suggested-severity={suggestion.severity}
      data-suggested-destination={suggestion.destination}
      data-emotion={String(suggestion.emotionFlag)}
    >
      <div class="tl-level-row">
        <span class={`tl-level tl-sev-${effective.severity}${guess ? ' tl-level-guess' : ''}`} data-testid="tl-severity" data-guess={String(guess)}>
          Sev {effective.severity} · {effective.levelName}
          {guess && <span class="tl-guess-word"> (default)</span>}
        </span>
        <span class="tl-dest" data-testid="tl-destination">
          → {effective.destinationName}
        </span>
      </div>
      {effective.overridden && reply.override && (
        <p class="tl-muted" data-testid="tl-overridden">
          Your choice (suggested: Sev {suggestion.severity}, {nameOf(reply, suggestion.destination)}): “{reply.override.reason}”
        </p>
      )}
      {reply.policy.source.startsWith('default (') && (
        <p class="tl-warn" role="alert" data-testid="tl-policy-problem">
          Your team's policy could not be used, so the default policy decided this: {reply.policy.source.slice('default ('.length, -1)}. Fix or re-import it in the settings.
        </p>
      )}
      {guess ? (
        <p class="tl-summary" data-testid="tl-no-trigger">
          <strong>No escalation trigger found.</strong> Nothing in this ticket matched a rule of the policy, so the level above is its default: a starting point to check, not a finding.
        </p>
      ) : (
        <p class="tl-summary" data-testid="tl-summary">
          {byFacts && 'The engine read (the impact facts below decide now): '}
          {suggestion.summary}
        </p>
      )}
      <div class="tl-confidence" title="How clear-cut the reading was for this ticket (lower when the second reading raised the rules' level)">
        <span class="tl-muted">Confidence</span>
        <meter min={0} max={1} value={suggestion.confidence} aria-label="Confidence" />
        <span class="tl-muted">{Math.round(suggestion.confidence * 100)}%</span>
      </div>
      {suggestion.emotionFlag && (
        <p class="tl-flag" data-testid="tl-emotion">
          Emotion flag: strong feelings in this ticket. Route the reply to a senior person; the level stays by impact.
        </p>
      )}
      {suggestion.keepInSupport && (
        <div class="tl-keep" data-testid="tl-keep">
          <p>
            <strong>Keep in support</strong>
          </p>
          <ul>
            {suggestion.keepInSupport.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {suggestion.keepInSupport.checks.length > 0 && (
            <>
              <p class="tl-muted">Checks left to do:</p>
              <ul>
                {suggestion.keepInSupport.checks.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <Facts session={session} />
    </section>
  );
}

function nameOf(reply: NonNullable<TicketSessionView['reply']['value']>, id: string): string {
  return destinationName(reply.policy, id);
}
