/**
 * The ticket's check-in timers: each one's live countdown in business time with the calendar
 * time beside it, and what to do now; "Update sent", snooze with a reason, pause / resume while
 * waiting on the customer, and the offer to count a public reply seen in the thread as the
 * update. The timers come from the background (planned from the database); a one-second
 * ticker runs only while the panel is displayed (a watched signal), and the timers are
 * fetched when it is shown and every 30 seconds (the timers feature fetches them again after
 * every read of the ticket and after an escalation).
 */
import { signal, type Signal } from '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TicketSessionView } from '../../session/ticket-session';
import type { TimerAction, TimerView } from '../../store/protocol';

const REFETCH_MS = 30_000;
const SNOOZE_CHOICES = [15, 30, 60, 120, 240];

/** "3 h 05 min", "12 min", "2 d 4 h" (rounded up to the minute). */
export function span(ms: number): string {
  const minutes = Math.max(1, Math.ceil(Math.abs(ms) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h${minutes % 60 ? ` ${String(minutes % 60).padStart(2, '0')} min` : ''}`;
  const days = Math.floor(hours / 24);
  return `${days} d${hours % 24 ? ` ${hours % 24} h` : ''}`;
}

/** A clock that ticks each second only while something displays it. */
function useTicker(): Signal<number> {
  return useMemo(() => {
    let id: ReturnType<typeof setInterval> | undefined;
    const tick: Signal<number> = signal(Date.now(), {
      watched() {
        id = setInterval(() => (tick.value = Date.now()), 1_000);
      },
      unwatched() {
        clearInterval(id);
      },
    });
    return tick;
  }, []);
}

const STATE_WORDS: Record<TimerView['state'], string> = { running: 'on time', due_soon: 'due soon', overdue: 'overdue', paused: 'paused', done: 'done' };

export function Timers({ session }: { session: TicketSessionView }) {
  const tick = useTicker();
  const current = session.timers.value;
  const triaged = session.reply.value; // the team's time zone
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [snoozing, setSnoozing] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<number | null>(null);

  // Fetched when shown and every 30 s.
  useEffect(() => {
    const load = () => void session.run('loadTimers').catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
    load();
    const id = setInterval(load, REFETCH_MS);
    return () => clearInterval(id);
  }, [session]);

  const act = async (action: TimerAction) => {
    setBusy(true);
    setProblem(null);
    try {
      await session.run('timerAction', action);
      return true;
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (!current) return null;
  const { reply, receivedAt } = current;
  const live = reply.timers.filter((t) => t.state !== 'done');
  if (!live.length && !reply.replyOffer) return null;
  const now = tick.value + (reply.now - receivedAt); // the background's clock, ticking here
  const elapsed = Math.max(0, tick.value - receivedAt);
  const update = live.find((t) => t.kind === 'customer_update');
  const offer = reply.replyOffer && reply.replyOffer.at !== dismissed ? reply.replyOffer : null;

  return (
    <section class="tl-timers" aria-label="Timers" data-testid="tl-timers">
      <h3 class="tl-timers-title">Timers</h3>
      {offer && (
        <div class="tl-timers-offer" role="status" data-testid="tl-reply-offer">
          <p>A public reply to the customer appeared in the thread. Count it as the customer update?</p>
          <button type="button" class="tl-button" disabled={busy} onClick={() => void act({ type: 'update_sent', source: 'thread', at: offer.at })}>
            Count it as the update
          </button>{' '}
          <button type="button" class="tl-link" onClick={() => setDismissed(offer.at)}>
            Not an update
          </button>
        </div>
      )}
      {reply.autoCounted !== null && (
        <p class="tl-muted" data-testid="tl-auto-counted">
          The public reply at {new Date(reply.autoCounted).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(triaged && { timeZone: triaged.policy.timeZone }) })} counted as the update (Settings: count a public reply as the update).
        </p>
      )}
      <ul class="tl-timer-list">
        {live.map((t) => {
          const calendarLeft = t.dueAt === null ? t.calendarRemainingMs : t.dueAt - now;
          // Business time between fetches: counted down with the clock on a calendar basis, else as fetched (closed hours do not count).
          const businessLeft = t.businessRemainingMs === null ? null : t.basis === 'calendar' && t.dueAt !== null ? t.businessRemainingMs - elapsed : t.businessRemainingMs;
          const late = (calendarLeft ?? 0) < 0;
          return (
            <li key={t.id} class={`tl-timer tl-timer-${t.state}`} data-testid="tl-timer" data-kind={t.kind} data-state={t.state}>
              <p class="tl-timer-action" data-testid="tl-timer-action">
                {t.action}
              </p>
              <p class="tl-timer-clock">
                <span class="tl-timer-state">{STATE_WORDS[t.state]}</span>
                {businessLeft !== null && (
                  <span data-testid="tl-timer-business">
                    {' · '}
                    {businessLeft < 0 ? `${span(businessLeft)} late` : `${span(businessLeft)} left`} in business time
                  </span>
                )}
                {calendarLeft !== null && (
                  <span class="tl-muted" data-testid="tl-timer-calendar">
                    {' · '}
                    {late ? `${span(calendarLeft)} late` : `${span(calendarLeft)} left`} on the calendar
                  </span>
                )}
              </p>
              {t.state !== 'paused' && (
                <button type="button" class="tl-link" aria-expanded={snoozing === t.id} onClick={() => setSnoozing(snoozing === t.id ? null : t.id)}>
                  Snooze…
                </button>
              )}
              {snoozing === t.id && <SnoozeForm busy={busy} onSnooze={async (minutes, reason) => (await act({ type: 'snooze', timer: t.id, minutes, reason })) && setSnoozing(null)} />}
            </li>
          );
        })}
      </ul>
      <div class="tl-timer-actions">
        {update && (
          <button type="button" class="tl-button" data-testid="tl-update-sent" disabled={busy} onClick={() => void act({ type: 'update_sent', source: 'agent' })}>
            Update sent
          </button>
        )}{' '}
        {reply.paused ? (
          <button type="button" class="tl-button" data-testid="tl-resume" disabled={busy} onClick={() => void act({ type: 'resume' })}>
            Resume (the customer answered)
          </button>
        ) : (
          <button type="button" class="tl-button" data-testid="tl-pause" disabled={busy} onClick={() => void act({ type: 'pause', reason: 'waiting on the customer' })}>
            Waiting on the customer
          </button>
        )}
      </div>
      {problem && (
        <p class="tl-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

function SnoozeForm({ busy, onSnooze }: { busy: boolean; onSnooze: (minutes: number, reason: string) => void }) {
  const [minutes, setMinutes] = useState(30);
  const [reason, setReason] = useState('');
  return (
    <form
      class="tl-timer-snooze"
      onSubmit={(event) => {
        event.preventDefault();
        onSnooze(minutes, reason.trim());
      }}
    >
      <label>
        For{' '}
        <select value={minutes} onChange={(e) => setMinutes(Number((e.target as HTMLSelectElement).value))}>
          {SNOOZE_CHOICES.map((m) => (
            <option key={m} value={m}>
              {span(m * 60_000)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Why (one line) <input value={reason} maxLength={300} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="tl-button" disabled={busy || reason.trim().length < 3}>
        Snooze
      </button>
    </form>
  );
}
