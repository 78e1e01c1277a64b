/** Command-line flags for the audit tool: --name value or --name=value. */

export interface AuditArgs {
  input: string;
  policy?: string;
  format: 'jsonl' | 'table';
  now?: number;
  help: boolean;
}

export type ArgsResult = { ok: true; value: AuditArgs } | { ok: false; error: string };

export function parseArgs(argv: string[]): ArgsResult {
  const values: Record<string, string> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) return { ok: false, error: `unexpected argument "${arg}"` };
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (!['input', 'policy', 'format', 'now'].includes(name)) return { ok: false, error: `unknown option --${name}` };
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || value === '') return { ok: false, error: `--${name} needs a value` };
    values[name] = value;
  }
  if (help) return { ok: true, value: { input: '', format: 'jsonl', help: true } };
  if (!values.input) return { ok: false, error: '--input FILE is required' };
  const format = values.format ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'table') return { ok: false, error: `--format must be jsonl or table, not "${format}"` };
  const out: AuditArgs = { input: values.input, format, help: false };
  if (values.policy) out.policy = values.policy;
  if (values.now !== undefined) {
    const now = Date.parse(values.now);
    if (Number.isNaN(now)) return { ok: false, error: `--now: cannot read "${values.now}" as an ISO time` };
    out.now = now;
  }
  return { ok: true, value: out };
}
