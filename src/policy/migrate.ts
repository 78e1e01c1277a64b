/**
 * The policy's version path. A stored or imported policy names its `schemaVersion`; each
 * entry of MIGRATIONS turns version N into N+1, and the result is validated by the schema.
 * A policy from a newer Tierline, or one without a version, is refused with a reason: never
 * silently replaced by the defaults. Add a migration (and its fixture in
 * tests/fixtures/policy/) whenever POLICY_SCHEMA_VERSION is bumped.
 */
import { defaultCustomerMessages, defaultGuard, defaultPolicy } from './defaults';
import { POLICY_SCHEMA_VERSION } from './schema';
import { defaultDecisionTable } from './decision-table-defaults';

type Json = Record<string, unknown>;

/** From version N (the key) to N+1. */
export const MIGRATIONS: Record<number, (policy: Json) => Json> = {
  // v2: each level says whether its minutes and hours run on calendar or business time.
  // v1 had no timers, so nothing counted either way yet: the top level (Sev 1, Critical)
  // runs round the clock, the others on business time, as domain.md and the defaults do.
  1: (policy) => ({
    ...policy,
    levels: Array.isArray(policy.levels)
      ? policy.levels.map((level: unknown) =>
          level !== null && typeof level === 'object' && !('clock' in level)
            ? { ...(level as Json), clock: (level as Json).level === 1 ? 'calendar' : 'business' }
            : level,
        )
      : policy.levels,
  }),
  // v3: the handoff (see v2ToV3).
  2: v2ToV3,
  // v4: the decision table (impact facts → level and destination), the default from domain.md;
  // a table already there (hand-written ahead of the version) is kept and validated as it is.
  3: (policy) => ({ ...policy, decisionTable: policy.decisionTable ?? tableFor(policy.destinations) }),
};

/**
 * The default table for a v3 policy's own destinations: a row that routes to a destination the
 * team removed falls back as the engine's routing does (support, else the first destination),
 * so an upgraded team policy stays valid instead of being replaced by the defaults.
 */
function tableFor(destinations: unknown): typeof defaultDecisionTable {
  const table = structuredClone(defaultDecisionTable);
  const ids = Array.isArray(destinations) ? destinations.map((d) => (isRecord(d) ? d.id : undefined)).filter((id): id is string => typeof id === 'string') : [];
  if (!ids.length) return table;
  const fallback = ids.includes('support') ? 'support' : ids[0]!;
  for (const row of table.rows) if (!ids.includes(row.destination)) (row as { destination: string }).destination = fallback;
  return table;
}

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why lines for the v1 default fields (by id); a team's own field gets one naming its label. */
const V1_WHY: Record<string, string> = {
  repro_steps: 'Engineers fix what they can reproduce; without steps they ask the customer again.',
  error_output: 'The literal message, code or request id leads straight to the failing code.',
  promised_timeline: 'Engineering plans around what support has already promised.',
};
const V1_ASK: Record<string, string> = { l2: 'investigate', engineering: 'fix', product: 'decide', security: 'investigate', leadership: 'decide' };
const TIER_ONLY = new Set(['expected_actual', 'checks_done', 'steps', 'workaround']);

/**
 * v3 adds the handoff: a "why" line on every checklist field, the default ask per route, the
 * named owner (required on every handoff), and the `handoff` section (deadline basis, the
 * helpdesk-control guard with its names taken from this policy's own destination names, and
 * the customer message templates). The
 * team's own fields, labels and required flags are kept as they are.
 */
function v2ToV3(policy: Json): Json {
  const knownWhy = new Map<string, string>();
  for (const field of [...defaultPolicy.commonChecklist, ...defaultPolicy.destinations.flatMap((d) => d.checklist)]) knownWhy.set(field.id, field.why);
  const withWhy = (field: unknown): unknown => {
    if (!isRecord(field)) return field;
    const id = typeof field.id === 'string' ? field.id : '';
    const label = typeof field.label === 'string' ? field.label : id;
    const why = field.why ?? V1_WHY[id] ?? knownWhy.get(id) ?? (typeof field.help === 'string' && field.help.trim() ? firstLine(field.help) : `The receiving team asked for “${firstLine(label)}” in the team policy.`);
    return { ...field, why, ...(TIER_ONLY.has(id) && field.tierOnly === undefined ? { tierOnly: true } : {}) };
  };
  const common = Array.isArray(policy.commonChecklist) ? policy.commonChecklist.map(withWhy) : policy.commonChecklist;
  if (Array.isArray(common) && !common.some((f) => isRecord(f) && f.id === 'owner')) {
    const owner = defaultPolicy.commonChecklist.find((f) => f.id === 'owner')!;
    const at = common.findIndex((f) => isRecord(f) && f.id === 'deadline');
    common.splice(at < 0 ? common.length : at, 0, { ...owner });
  }
  const destinations = Array.isArray(policy.destinations)
    ? policy.destinations.map((d) => {
        if (!isRecord(d)) return d;
        const ask = typeof d.id === 'string' ? V1_ASK[d.id] : undefined;
        return { ...d, ...(ask && d.ask === undefined ? { ask } : {}), checklist: Array.isArray(d.checklist) ? d.checklist.map(withWhy) : d.checklist };
      })
    : policy.destinations;
  return { ...policy, commonChecklist: common, destinations, handoff: policy.handoff ?? { deadlineFrom: 'acknowledgment', guard: guardFor(destinations), customerMessages: defaultCustomerMessages() } };
}

/** The default guard, with each route also matching the name this policy gives its destination. */
function guardFor(destinations: unknown): Json {
  const guard = defaultGuard();
  const names = new Map<string, string>();
  if (Array.isArray(destinations)) for (const d of destinations) if (isRecord(d) && typeof d.id === 'string' && typeof d.name === 'string') names.set(d.id, d.name.slice(0, 100));
  const routes = guard.routes.map((route) => {
    const name = names.get(route.destination);
    return name && name.trim() && !route.names.some((n) => n.toLowerCase() === name.toLowerCase()) ? { ...route, names: [name, ...route.names].slice(0, 50) } : route;
  });
  return { ...guard, routes };
}

function firstLine(text: string): string {
  return (text.split(/[\r\n]/)[0] ?? '').trim().slice(0, 200) || '(no reason given)';
}

export type Migrated = { ok: true; value: Json; from: number } | { ok: false; error: string };

export function migratePolicy(input: unknown): Migrated {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { ok: false, error: '(top level): a policy must be a JSON object' };
  const from = (input as Json).schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: false, error: 'schemaVersion: missing or not a whole number (this policy file predates versions, or is not a Tierline policy)' };
  if (from > POLICY_SCHEMA_VERSION) return { ok: false, error: `schemaVersion: ${from} was written by a newer Tierline (this one reads up to ${POLICY_SCHEMA_VERSION}); update the extension` };
  let value = input as Json;
  for (let version = from; version < POLICY_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, error: `schemaVersion: no migration from version ${version}` };
    value = { ...step(value), schemaVersion: version + 1 };
  }
  return { ok: true, value, from };
}
