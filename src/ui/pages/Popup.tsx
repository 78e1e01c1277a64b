/**
 * The toolbar popup: what Tierline sees on the current tab (which helpdesk, every selector
 * found or not), "Read this page" for any other page (activeTab: no standing permission), and
 * everything due across tickets, soonest first, each with a link to its ticket.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendFromPage } from '../../store/messaging';
import type { DueEntry, PageReport } from '../../store/protocol';
import { summarizeHealth } from '../../ticket/health';
import { HealthTable } from './HealthTable';

type View = { kind: 'loading' } | { kind: 'report'; report: PageReport } | { kind: 'absent'; reason: string } | { kind: 'error'; message: string };

export function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });

  const diagnose = async (id: number) => {
    const report = await sendFromPage('tab/diagnose', { tabId: id }).catch(() => null);
    if (!report) return setView({ kind: 'absent', reason: 'Tierline is not running on this page.' });
    // Running but no helpdesk recognised (a local page in a test build, a site added as a
    // self-hosted helpdesk that is not one): reading it is still on offer.
    setView(report.adapter ? { kind: 'report', report } : { kind: 'absent', reason: 'Tierline recognised no helpdesk on this page.' });
  };

  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return setView({ kind: 'absent', reason: 'No page is open.' });
      setTabId(tab.id);
      void diagnose(tab.id);
    });
  }, []);

  const readThisPage = async () => {
    if (tabId === null) return;
    try {
      await sendFromPage('tab/read-generic', { tabId });
      await diagnose(tabId);
    } catch (error) {
      setView({ kind: 'error', message: `Could not read this page: ${(error as Error).message}` });
    }
  };

  return (
    <main style={{ width: '340px', padding: '12px' }}>
      <h1>Tierline</h1>
      {view.kind === 'loading' && <p class="muted">Looking at this page…</p>}
      {view.kind === 'error' && <p class="error" role="alert">{view.message}</p>}
      {view.kind === 'absent' && (
        <>
          <p>{view.reason}</p>
          <button type="button" onClick={readThisPage}>
            Read this page
          </button>
          <p class="muted">Reads the selected text, or the page's main text, this once. To use Tierline here every time, add the site in the settings.</p>
        </>
      )}
      {view.kind === 'report' && <Report report={view.report} />}
      <DueList />
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Settings: helpdesk addresses and policy
        </a>
      </p>
    </main>
  );
}

function Report({ report }: { report: PageReport }) {
  const summary = summarizeHealth(report.health);
  return (
    <section aria-label="This page">
      <p>
        {report.adapterName ? <strong>{report.adapterName}</strong> : 'No helpdesk recognised'}
        {report.adapter && (report.isTicketPage ? ' · ticket page' : ' · not a ticket page')}
      </p>
      {report.problems.map((p) => (
        <p key={p} class="error">
          {p}
        </p>
      ))}
      {report.health.length > 0 && (
        <details open={summary.missing > 0}>
          <summary>
            Diagnose this page: {summary.text}
          </summary>
          <HealthTable rows={report.health} />
        </details>
      )}
      {report.composer.length > 0 && (
        <details>
          <summary>
            Editor and dialogs (found while open): {report.composer.filter((h) => h.found).length} of {report.composer.length}
          </summary>
          <HealthTable rows={report.composer} />
        </details>
      )}
    </section>
  );
}

const DUE_SHOWN = 50;
const STATE_WORDS: Record<DueEntry['state'], string> = { overdue: 'Overdue', due_soon: 'Due soon', running: 'Coming up', paused: 'Paused', done: 'Done' };

/** Everything due across tickets, soonest first (the background plans it from the database). */
function DueList() {
  const [due, setDue] = useState<DueEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    sendFromPage('timers/due', {}).then(
      (reply) => setDue(reply.due),
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  }, []);
  if (problem) return <p class="error">Could not list what is due: {problem}</p>;
  if (!due) return null;
  return (
    <section aria-label="What is due" data-testid="tl-due">
      <h2>What is due</h2>
      {due.length === 0 && <p class="muted">Nothing is due: no timer is running.</p>}
      <ol class="due-list">
        {due.slice(0, DUE_SHOWN).map((d) => (
          <li key={d.timerId} data-testid="tl-due-item" data-state={d.state} data-kind={d.kind}>
            <strong class={`due-${d.state}`}>{STATE_WORDS[d.state]}</strong> {d.action}
            <br />
            {d.url ? (
              <a href={d.url} target="_blank" rel="noreferrer">
                {d.subject}
              </a>
            ) : (
              <span>{d.subject}</span>
            )}
          </li>
        ))}
      </ol>
      {due.length > DUE_SHOWN && <p class="muted">and {due.length - DUE_SHOWN} more</p>}
    </section>
  );
}
