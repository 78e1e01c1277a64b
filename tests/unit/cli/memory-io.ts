/** The audit command's files and streams, in memory: what the audit tests run it against. */
import type { RunIo } from '../../../src/cli/audit';

export const AUDIT_NOW = Date.parse('2026-11-23T12:00:00Z');

export function memoryIo(files: Record<string, string>): RunIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    readFile: (p: string) => {
      const f = files[p];
      if (f === undefined) throw new Error(`ENOENT: ${p}`);
      return f;
    },
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    clock: () => AUDIT_NOW,
  };
  return io;
}
