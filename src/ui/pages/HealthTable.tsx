/** Every selector of an adapter with found / not found: the popup's and the settings page's diagnosis. */
import type { PageReport } from '../../store/protocol';

export function HealthTable({ rows }: { rows: PageReport['health'] }) {
  return (
    <table>
      <tbody>
        {rows.map((h) => (
          <tr key={h.name} data-found={String(h.found)}>
            <td>{h.found ? '✓' : '✗'}</td>
            <td>
              {h.name}
              <br />
              <code>{h.selector}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
