/**
 * Audit: run the team policy over exported tickets.
 *
 *   npm run -s audit -- --input FILE [--policy POLICY.json] [--format jsonl|table] [--now ISO]
 *
 * Input: JSONL (one ticket per line) or a helpdesk CSV export (by extension, else content).
 * Output: jsonl (one line per ticket, input order) on stdout; with labels, agreement and the
 * disagreements go to stderr. table: a readable report on stdout, agreement included.
 *
 * Exit codes: 0 when at least one ticket was processed (bad lines are reported on stderr and
 * skipped — an export with a few broken rows is still worth auditing), 1 when the input held
 * no usable ticket, 2 for usage errors, an unreadable file or an invalid policy.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { defaultPolicy } from '../policy/defaults';
import { parsePolicyJson } from '../policy/parse';
import type { Policy } from '../policy/schema';
import { suggest } from '../triage';
import type { RecentTicket } from '../triage/types';
import { parseArgs } from './args';
import { escapeControls, terminalSafeJson } from './escape';
import { parseInput } from './input';
import { agreementOf, factsAgreementOf, formatAgreement, formatTable, toOutputLine, type AuditResult } from './report';

export interface RunIo {
  readFile: (path: string) => string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  clock: () => number;
}

export function runAudit(argv: string[], terminal: RunIo): number {
  // Last line of defence: whatever is printed, a control character from the input shows as
  // an escape (the formatters escape values already, so clips and columns stay whole).
  const io: RunIo = {
    ...terminal,
    stdout: (text) => terminal.stdout(escapeControls(text, { keepNewlines: true })),
    stderr: (text) => terminal.stderr(escapeControls(text, { keepNewlines: true })),
  };
  const shown = (text: string) => escapeControls(text);
  const args = parseArgs(argv);
  if (!args.ok) {
    io.stderr(`audit: ${shown(args.error)}\n${USAGE}`);
    return 2;
  }
  if (args.value.help) {
    io.stdout(USAGE);
    return 0;
  }
  const { input, policy: policyPath, format, now: nowArg } = args.value;

  let policy: Policy = defaultPolicy;
  if (policyPath) {
    let text: string;
    try {
      text = io.readFile(policyPath);
    } catch (error) {
      io.stderr(`audit: cannot read policy ${shown(policyPath)}: ${shown((error as Error).message)}\n`);
      return 2;
    }
    const parsed = parsePolicyJson(text);
    if (!parsed.ok) {
      io.stderr(`audit: invalid policy ${shown(policyPath)}:\n${parsed.errors.map((e) => `  - ${shown(e)}`).join('\n')}\n`);
      return 2;
    }
    for (const warning of parsed.warnings) io.stderr(`audit: policy ${shown(policyPath)}: ${shown(warning)}\n`);
    policy = parsed.value;
  }

  let text: string;
  try {
    text = io.readFile(input);
  } catch (error) {
    io.stderr(`audit: cannot read input ${shown(input)}: ${shown((error as Error).message)}\n`);
    return 2;
  }
  const now = nowArg ?? io.clock();
  const parsed = parseInput(basename(input), text, now);
  for (const p of parsed.problems) io.stderr(`${shown(input)}:${p.line}: ${shown(p.message)}\n`);

  // The recurring pattern counts the tickets the input says were created shortly before each
  // one (created_minutes_ago / CSV "Created at"), wherever they stand in the file. Rows without
  // a creation time neither count nor are counted: nothing says they were close in time.
  // First pass: each dated row's symptom (it does not depend on history).
  const history: RecentTicket[] = [];
  for (const row of parsed.rows) {
    const age = row.input.ageMinutes;
    if (age === undefined) continue;
    const seenAt = now - age * 60_000;
    const { symptom } = suggest(row.input, policy, { now: seenAt });
    history.push({ key: row.id, ticketId: row.id, subject: row.input.subject ?? '', symptom, seenAt });
  }
  const results: AuditResult[] = [];
  for (const row of parsed.rows) {
    const age = row.input.ageMinutes;
    const suggestion =
      age === undefined ? suggest(row.input, policy, { now }) : suggest(row.input, policy, { now: now - age * 60_000, history, selfKey: row.id });
    results.push({ row, suggestion });
  }

  const agreement = agreementOf(results, policy.scale);
  const report = formatAgreement(agreement, policy.scale, factsAgreementOf(results, policy));
  if (format === 'table') {
    io.stdout(`${formatTable(results)}\n`);
    if (report) io.stdout(`\n${report}\n`);
  } else {
    io.stdout(results.map((r) => terminalSafeJson(JSON.stringify(toOutputLine(r)))).join('\n') + (results.length ? '\n' : ''));
    if (report) io.stderr(`${report}\n`);
  }
  if (parsed.problems.length) io.stderr(`audit: ${parsed.problems.length} line(s) skipped or read partially; ${results.length} ticket(s) processed\n`);
  return results.length > 0 ? 0 : 1;
}

const USAGE = `usage: npm run -s audit -- --input FILE [--policy POLICY.json] [--format jsonl|table] [--now ISO-TIME]
  --input   JSONL (one ticket per line) or CSV export (Zendesk / Freshdesk headers)
  --policy  team policy JSON (default: the built-in default policy)
  --format  jsonl (default) or table
  --now     the time "stalled" is measured against (default: the current time)
`;

// Run only when executed directly (tests import runAudit).
const invoked = process.argv[1] ?? '';
if (/audit\.(?:ts|js|mjs)$/.test(invoked)) {
  const code = runAudit(process.argv.slice(2), {
    readFile: (p) => readFileSync(p, 'utf8'),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    clock: () => Date.now(),
  });
  process.exitCode = code;
}
