/**
 * Settings: the helpdesk addresses Tierline runs on (self-hosted domains and generic-reader
 * sites, each with the user's permission), the agent's own timer choices, and the team policy
 * (view, import, export, reset).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { adapters } from '../../adapters/registry';
import { staticMatches } from '../../adapters/hosts';
import { LOCAL_PAGES, TEST_BUILD, TEST_ONLY_MARKER } from '../../build-mode';
import { formatDuration } from '../../policy/format';
import { readSetting, SETTINGS, writeSetting, type SiteSetting } from '../../settings/registry';
import { matchPatternOf, originOf } from '../../settings/sites';
import { sendFromPage } from '../../store/messaging';
import type { PageReport, PageToBG, ResponseOf } from '../../store/protocol';
import { summarizeHealth } from '../../ticket/health';
import { HealthTable } from './HealthTable';

type LoadedPolicy = ResponseOf<PageToBG, 'policy/get'>;

export function Options() {
  return (
    <main style={{ maxWidth: '860px', margin: '0 auto', padding: '24px' }}>
      <h1>Tierline settings</h1>
      {TEST_BUILD && (
        <p class="muted" data-build={TEST_ONLY_MARKER}>
          Test build: also runs on local pages (localhost, 127.0.0.1). Store builds do not.
        </p>
      )}
      <Sites />
      <YourName />
      <TimerSettings />
      <Diagnose />
      <PolicySection />
    </main>
  );
}

function Sites() {
  const [sites, setSites] = useState<SiteSetting[]>([]);
  const [address, setAddress] = useState('');
  const [mode, setMode] = useState<SiteSetting['mode']>('helpdesk');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const refresh = () => void sendFromPage('sites/list', {}).then(setSites);
  useEffect(refresh, []);

  const add = async (event: Event) => {
    event.preventDefault();
    // The browser asks for a host permission only inside the click: ask here, then let the
    // background (which owns the settings) store the site and register its content script.
    const origin = originOf(address);
    if (origin && !(await browser.permissions.request({ origins: [matchPatternOf(origin)] }))) {
      setMessage({ error: true, text: `Permission for ${origin} was not granted, so Tierline cannot read pages there.` });
      return;
    }
    const result = await sendFromPage('sites/add', { address, mode });
    setMessage(result.ok ? { error: false, text: `Added ${result.origin}. Reload its tabs to start.` } : { error: true, text: result.reason });
    if (result.ok) setAddress('');
    refresh();
  };
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">Where Tierline runs</h2>
      <p class="muted">
        Built in: {adapters.map((a) => a.name).join(', ')}, on {staticMatches({ localPages: LOCAL_PAGES }).join(', ')}. A self-hosted helpdesk (FreeScout, osTicket) on your own domain, or any other page for the generic reader, needs its address here; Tierline asks your browser for permission to read that site only.
      </p>
      <form class="row" onSubmit={add}>
        <label for="site-address">Address</label>
        {/* Not type="url": that refuses a bare host (help.example.com), which originOf accepts. */}
        <input id="site-address" type="text" inputMode="url" autoComplete="off" spellcheck={false} placeholder="help.example.com" value={address} onInput={(e) => setAddress(e.currentTarget.value)} required />
        <label for="site-mode">Kind</label>
        <select id="site-mode" value={mode} onChange={(e) => setMode(e.currentTarget.value as SiteSetting['mode'])}>
          <option value="helpdesk">Self-hosted helpdesk</option>
          <option value="generic">Any page (generic reader)</option>
        </select>
        <button type="submit">Add and allow</button>
      </form>
      {message && (
        <p class={message.error ? 'error' : 'ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {sites.length > 0 && (
        <table>
          <tbody>
            {sites.map((site) => (
              <tr key={site.origin}>
                <td>{site.origin}</td>
                <td>{site.mode === 'helpdesk' ? 'Self-hosted helpdesk' : 'Generic reader'}</td>
                <td>
                  <button type="button" class="secondary" onClick={() => void sendFromPage('sites/remove', { origin: site.origin }).then(refresh)}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** "Your name": the escalation's "by" in the case log, the note and its record line (else the helpdesk's signed-in agent). */
function YourName() {
  const [name, setName] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    void readSetting(SETTINGS.agentName).then(
      (read) => setName(read.value),
      () => setName(''), // unreadable: start empty rather than stay disabled
    );
  }, []);
  const save = async (event: Event) => {
    event.preventDefault();
    const value = (name ?? '').trim();
    await writeSetting(SETTINGS.agentName, value).then(
      () => setStatus({ ok: true, text: value ? `Saved: escalations are signed "${value}".` : 'Cleared: escalations are signed with the helpdesk\'s signed-in agent where Tierline can read it.' }),
      (error: Error) => setStatus({ ok: false, text: `Not saved: ${error.message}` }),
    );
  };
  return (
    <section aria-labelledby="name-h">
      <h2 id="name-h">Your name</h2>
      <form onSubmit={save}>
        <label for="agent-name">Your name, as escalations are signed</label>{' '}
        <input id="agent-name" data-testid="agent-name" maxLength={100} value={name ?? ''} disabled={name === null} onInput={(e) => setName(e.currentTarget.value)} />{' '}
        <button type="submit" data-testid="agent-name-save" disabled={name === null}>
          Save
        </button>
      </form>
      <p class="muted">Empty: the helpdesk's signed-in agent, where Tierline can read it (the demo, FreeScout, osTicket).</p>
      {status && (
        <p class={status.ok ? 'muted' : 'error'} role={status.ok ? 'status' : 'alert'} data-testid="agent-name-status">
          {status.text}
        </p>
      )}
    </section>
  );
}

/** The agent's own choice (not the team policy's): whether a public reply seen in the thread counts as the customer update by itself. */
function TimerSettings() {
  const [on, setOn] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void readSetting(SETTINGS.countRepliesAsUpdates).then((read) => {
      setOn(read.value);
      setProblem(read.problem ?? null);
    });
  }, []);
  const change = async (next: boolean) => {
    setOn(next);
    setProblem(null);
    await writeSetting(SETTINGS.countRepliesAsUpdates, next).catch((error: Error) => {
      setOn(!next);
      setProblem(`Not saved: ${error.message}`);
    });
  };
  return (
    <section aria-labelledby="timers-h">
      <h2 id="timers-h">Check-in timers</h2>
      <p>
        <label>
          <input type="checkbox" data-testid="count-replies" checked={on === true} disabled={on === null} onChange={(e) => void change(e.currentTarget.checked)} /> Count a public reply as the update by itself
        </label>
      </p>
      <p class="muted">
        On (the default): a public reply that appears in an escalated ticket's thread is counted at once, as "Update sent" at the reply's time, marked automatic in the case log; every teammate's browser sees the same thread, so your clocks agree. Off: the sidebar asks whether the reply was the customer update, and the countdown restarts only when you count it.
      </p>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

/** Every open tab where Tierline runs, with each adapter selector found or not: what to attach to a bug report. */
function Diagnose() {
  const [reports, setReports] = useState<PageReport[] | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setReports(await sendFromPage('tabs/diagnose', {}).catch(() => []));
    setBusy(false);
  };
  return (
    <section aria-labelledby="diagnose-h">
      <h2 id="diagnose-h">Diagnose helpdesk pages</h2>
      <p class="muted">Checks every selector Tierline uses on the helpdesk tabs you have open. If a helpdesk update broke something, the ✗ rows say exactly what; include them in a report.</p>
      <button type="button" onClick={() => void run()} disabled={busy} data-testid="diagnose-run">
        {busy ? 'Checking…' : 'Diagnose open tabs'}
      </button>
      {reports !== null && reports.length === 0 && <p>No open tab has Tierline running. Open a ticket in your helpdesk, then try again.</p>}
      {reports?.map((report) => {
        const summary = summarizeHealth(report.health);
        return (
          <div class="card" key={report.url} data-testid="diagnose-report" style={{ marginTop: '8px' }}>
            <p>
              <strong>{report.adapterName}</strong> · {report.isTicketPage ? 'ticket page' : 'list or other page'} · {report.title}
              <br />
              <code>{report.url}</code>
            </p>
            <p class={summary.missing ? 'error' : 'ok'}>{summary.text}</p>
            {report.problems.map((p) => (
              <p key={p} class="error">
                {p}
              </p>
            ))}
            <HealthTable rows={report.health} />
            {report.composer.length > 0 && (
              <details>
                <summary>Editor and dialogs (found while open): {report.composer.filter((h) => h.found).length} of {report.composer.length}</summary>
                <HealthTable rows={report.composer} />
              </details>
            )}
          </div>
        );
      })}
    </section>
  );
}

function PolicySection() {
  const [loaded, setLoaded] = useState<LoadedPolicy | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const refresh = () => void sendFromPage('policy/get', {}).then(setLoaded);
  useEffect(refresh, []);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await sendFromPage('policy/import', { text: await file.text() }).catch((error: Error) => ({ ok: false as const, errors: [error.message] }));
    if (!result.ok) {
      setErrors(result.errors);
      setIgnored([]);
      setStatus('');
      return; // the policy in force is untouched
    }
    setErrors([]);
    setIgnored(result.warnings);
    const n = result.warnings.length;
    setStatus(`Imported “${result.name}”.${n ? ` ${n} unknown ${n === 1 ? 'key was' : 'keys were'} ignored (listed below).` : ''}`);
    refresh();
  };
  const exportFile = () => {
    if (!loaded) return;
    const blob = new Blob([JSON.stringify(loaded.policy, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'tierline-policy.json';
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const reset = async () => {
    const { previous } = await sendFromPage('policy/reset', {});
    setIgnored([]);
    setStatus('Back to the default policy.');
    refresh();
    if (previous !== null) {
      setUndo(() => () =>
        void sendFromPage('policy/restore', { policy: previous }).then(() => {
          setStatus('Restored.');
          setUndo(null);
          refresh();
        }),
      );
    }
  };
  const [undo, setUndo] = useState<(() => void) | null>(null);

  if (!loaded) return <p class="muted">Loading the policy…</p>;
  const { policy } = loaded;
  return (
    <section aria-labelledby="policy-h">
      <h2 id="policy-h">Team policy</h2>
      <p>
        <strong>{policy.name}</strong> <span class="muted">({loaded.source})</span>
      </p>
      <p data-testid="policy-second-reading">
        Second reading of the words: <strong>{policy.triage.secondReading === false ? 'off' : 'on'}</strong>.{' '}
        <span class="muted">
          Where a model trained on labelled tickets reads a ticket as more urgent than the rules, the level goes up to its reading, two levels at most; where it is sure a Critical or High is less urgent, one level down (never a security, data-loss or outage rule); never on tone. Set{' '}
          <code>"secondReading": {policy.triage.secondReading === false ? 'true' : 'false'}</code> in the policy's <code>triage</code> section to turn it{' '}
          {policy.triage.secondReading === false ? 'on' : 'off'}.
        </span>
      </p>
      <div class="row">
        <button type="button" onClick={exportFile}>
          Export JSON
        </button>
        <label class="row">
          <span>Import JSON</span>
          <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
        <button type="button" class="secondary" onClick={() => void reset()}>
          Reset to defaults
        </button>
        {undo && (
          <button type="button" class="secondary" onClick={undo}>
            Undo
          </button>
        )}
      </div>
      {status && <p class="ok" role="status">{status}</p>}
      {ignored.length > 0 && (
        <div class="warning" data-testid="policy-ignored">
          <p>Not part of the policy format, so not imported (a typo, or a newer version's setting?):</p>
          <ul>
            {ignored.slice(0, 20).map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          {ignored.length > 20 && <p>…and {ignored.length - 20} more.</p>}
        </div>
      )}
      {errors.length > 0 && (
        <div role="alert" class="error">
          <p>That file is not a valid policy; nothing was changed:</p>
          <ul>
            {errors.slice(0, 20).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <table>
        <thead>
          <tr>
            <th>Level</th>
            <th>First response</th>
            <th>Check in with receiving team</th>
            <th>Update the customer</th>
          </tr>
        </thead>
        <tbody>
          {[...policy.levels]
            .sort((a, b) => a.level - b.level)
            .map((level) => (
              <tr key={level.level}>
                <td title={level.definition}>
                  Sev {level.level} · {level.name}
                </td>
                <td>{formatDuration(level.firstResponse)}</td>
                <td>{formatDuration(level.checkIn)}</td>
                <td>{formatDuration(level.customerUpdate)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <h2>Destinations</h2>
      <table>
        <tbody>
          {policy.destinations.map((d) => (
            <tr key={d.id}>
              <td>{d.name}</td>
              <td class="muted">{d.when}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
