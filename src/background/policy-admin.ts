/**
 * The settings page's policy actions, done by the background (the owner of settings):
 * import a file's text, reset to the defaults, undo a reset. A policy that does not
 * validate is refused with located errors and nothing changes.
 */
import { browser } from 'wxt/browser';
import { parsePolicy, parsePolicyJson } from '../policy/parse';
import { removeSetting, SETTINGS, writeSetting } from '../settings/registry';
import type { PolicyImportResult } from '../store/protocol';

async function store(result: ReturnType<typeof parsePolicy>): Promise<PolicyImportResult> {
  if (!result.ok) return { ok: false, errors: result.errors };
  await writeSetting(SETTINGS.policy, result.value);
  const warnings = 'warnings' in result && Array.isArray(result.warnings) ? (result.warnings as string[]) : [];
  return { ok: true, name: result.value.name, warnings };
}

export function importPolicy(text: string): Promise<PolicyImportResult> {
  return store(parsePolicyJson(text));
}

export async function resetPolicy(): Promise<{ previous: unknown }> {
  const previous = (await browser.storage.local.get(SETTINGS.policy.key))[SETTINGS.policy.key];
  await removeSetting(SETTINGS.policy);
  return { previous: previous ?? null };
}

export function restorePolicy(stored: unknown): Promise<PolicyImportResult> {
  return store(parsePolicy(stored));
}
