/**
 * The agent confirms or changes an impact fact (issue 11): the level and destination follow the
 * decision table at once (the table's code comes with the sidebar bundle, `tools`), and the facts are stored for the ticket
 * as a `facts` case event, so they are kept after a reload and read in the review.
 */
import { FACT_IDS, type FactValues } from '../../policy/fact-names';
import type { AgentFacts } from '../../triage/decide';
import type { TicketFeature } from '../feature';

export const factsFeature: TicketFeature = {
  id: 'facts',
  on: 'ticket',
  title: 'confirming the impact facts',
  init({ session, page, tools }, signal) {
    session.provide(
      'setFact',
      async (fact, value) => {
        const reply = session.reply.value;
        if (!reply) return;
        const before = { facts: reply.facts, choice: reply.choice };
        const read = Object.fromEntries(FACT_IDS.map((id) => [id, reply.suggestion.facts[id].value])) as FactValues;
        const next: Record<string, string> = { ...reply.facts };
        if (fact === null) {
          // Confirm as read: every stated fact the agent has not set yet.
          for (const id of FACT_IDS) if (next[id] === undefined && read[id] !== null) next[id] = read[id] as string;
        } else if (value !== undefined) next[fact] = value;
        const values = next as AgentFacts;
        // At once: the level follows before the background answers; put back if it refuses.
        const choice = tools.chooseLevel(reply.suggestion, values, reply.policy);
        session.setAgentFacts(values, choice, true);
        try {
          await page.send('ticket/facts', {
            key: session.key,
            values,
            read,
            suggested: { severity: reply.suggestion.severity, destination: reply.suggestion.destination },
            inForce: { severity: choice.severity, destination: choice.destination },
            routes: [...reply.suggestion.routes],
          });
          session.agentFactsSaved(values);
        } catch (error) {
          session.agentFactsSaved(values);
          if (!signal.aborted && session.reply.value?.facts === values) session.setAgentFacts(before.facts, before.choice);
          throw error;
        }
      },
      signal,
    );
  },
};
