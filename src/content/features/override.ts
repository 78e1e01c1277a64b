/** The agent picks another level or destination, with a one-line reason; stored in the case log for the review. */
import type { DestinationId } from '../../policy/primitives';
import type { TicketFeature } from '../feature';

export const overrideFeature: TicketFeature = {
  id: 'override',
  on: 'ticket',
  title: 'choosing another level or destination',
  init({ session, page }, signal) {
    session.provide(
      'override',
      async (choice) => {
        const reply = session.reply.value;
        if (!reply) return;
        const destination = choice.destination as DestinationId;
        await page.send('ticket/override', {
          key: session.key,
          severity: choice.severity,
          destination,
          reason: choice.reason,
          suggested: { severity: reply.suggestion.severity, destination: reply.suggestion.destination },
        });
        if (!signal.aborted) session.setOverride({ severity: choice.severity, destination, reason: choice.reason, at: Date.now() });
      },
      signal,
    );
    session.provide(
      'useSuggestion',
      async () => {
        const reply = session.reply.value;
        if (!reply?.override) return;
        const suggested = { severity: reply.suggestion.severity, destination: reply.suggestion.destination };
        await page.send('ticket/override', { key: session.key, ...suggested, reason: 'Back to the suggestion', suggested, withdrawn: true });
        if (!signal.aborted) session.setOverride(null);
      },
      signal,
    );
  },
};
