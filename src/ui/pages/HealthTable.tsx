/** Every selector of an adapter, found, needed and missing, or optional and not on this page: the popup's and the settings page's diagnosis. */
import type { PageReport } from '../../store/protocol';
import { healthState } from '../../ticket/health';

const MARK = { found: '✓', missing: '✗', absent: '–' } as const;

export function HealthTable({ rows }: { rows: PageReport['health'] }) {
  return (
    <table>
      <tbody>
        {rows.map((h) => {
          const state = healthState(h);
          return (
            <tr key={h.name} data-found={String(h.found)} data-state={state}>
              <td aria-label={state === 'found' ? 'found' : state === 'missing' ? 'needed, not found' : 'optional, not on this page'}>{MARK[state]}</td>
              <td>
                {h.name}
                {state === 'absent' && <span class="muted"> (optional, not on this page)</span>}
                <br />
                <code>{h.selector}</code>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
