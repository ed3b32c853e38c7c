import type { SynthesizedStack } from './synthesized';
import { canonical } from './canonical';

/**
 * Changes outside resource blocks, which the resource diff cannot see: a provider's default_tags retags
 * every resource, allowed_account_ids or region points the stack elsewhere, a backend change moves its
 * state, required_providers changes the code that plans it. cdktf's `//` metadata (construct paths, the
 * framework version) is left out: it changes on renames and upgrades without changing what Terraform does.
 */
type SettingBlock = 'provider' | 'backend' | 'required_providers' | 'required_version' | 'output' | 'data' | 'terraform' | 'other';

export interface SettingChange {
  readonly block: SettingBlock;
  /** What changed: `aws` (or `aws.<alias>`), the backend type, a provider's local name, an output's name, … */
  readonly name: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** One line per attribute: `region: "us-east-1" → "us-west-2"`, `+ Team = "ml"`. */
  readonly details: readonly string[];
  /** A default_tags change: every resource of the stack gets new tags at the next apply. */
  readonly retagsEveryResource?: boolean;
}

type Json = Record<string, unknown>;
const MAX_SHOWN = 160;

function withoutMeta(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMeta);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Json).filter(([k]) => k !== '//').map(([k, v]) => [k, withoutMeta(v)]));
  }
  return value;
}

const shown = (value: unknown): string => {
  const text = value === undefined ? '(unset)' : canonical(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
};

/** `key: before → after` for each top-level attribute that differs. */
function attributeLines(before: Json, after: Json, skip: ReadonlySet<string> = new Set()): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !skip.has(k)).sort();
  return keys.filter((k) => canonical(before[k]) !== canonical(after[k])).map((k) => `${k}: ${shown(before[k])} → ${shown(after[k])}`);
}

/** The tags of a provider block's `default_tags` (cdktf writes it as a one-element list). */
function defaultTags(provider: Json): Record<string, unknown> {
  const block = provider.default_tags;
  const first = (Array.isArray(block) ? block[0] : block) as { tags?: Record<string, unknown> } | undefined;
  return first?.tags ?? {};
}

export function tagLines(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((k) => {
    if (!(k in before)) return [`+ ${k} = ${shown(after[k])}`];
    if (!(k in after)) return [`- ${k} = ${shown(before[k])}`];
    return canonical(before[k]) === canonical(after[k]) ? [] : [`~ ${k}: ${shown(before[k])} → ${shown(after[k])}`];
  });
}

/** Provider blocks by `<type>` or `<type>.<alias>`: cdktf writes each provider type as a list of configurations. */
function providers(stack: SynthesizedStack | undefined): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const [type, configs] of Object.entries((stack?.provider ?? {}) as Record<string, unknown>)) {
    for (const config of (Array.isArray(configs) ? configs : [configs]) as Json[]) {
      out.set(typeof config.alias === 'string' ? `${type}.${config.alias}` : type, withoutMeta(config) as Json);
    }
  }
  return out;
}

function diffProviders(base: SynthesizedStack | undefined, pr: SynthesizedStack | undefined): SettingChange[] {
  const before = providers(base);
  const after = providers(pr);
  const out: SettingChange[] = [];
  for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(name);
    const a = after.get(name);
    if (!b || !a) {
      out.push({ block: 'provider', name, change: b ? 'removed' : 'added', details: attributeLines(b ?? {}, a ?? {}) });
      continue;
    }
    if (canonical(a) === canonical(b)) continue;
    const tags = tagLines(defaultTags(b), defaultTags(a));
    const details = [...attributeLines(b, a, new Set(['default_tags'])), ...(tags.length ? ['default_tags (retags every resource of the stack):', ...tags.map((t) => `  ${t}`)] : [])];
    // default_tags changed in something other than its tags (e.g. a block added empty): still every resource.
    const defaultTagsChanged = canonical(b.default_tags) !== canonical(a.default_tags);
    if (defaultTagsChanged && !tags.length) details.push(`default_tags (retags every resource of the stack): ${shown(b.default_tags)} → ${shown(a.default_tags)}`);
    out.push({ block: 'provider', name, change: 'changed', details, ...(defaultTagsChanged ? { retagsEveryResource: true } : {}) });
  }
  return out;
}

/** Entries of a block keyed by name (outputs, required_providers, data sources by address), compared one by one. */
function diffKeyed(block: SettingBlock, before: Json, after: Json): SettingChange[] {
  const out: SettingChange[] = [];
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    if (name === '//') continue;
    const b = withoutMeta(before[name]);
    const a = withoutMeta(after[name]);
    if (canonical(a) === canonical(b)) continue;
    const isObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
    const details = isObject(b) && isObject(a) ? attributeLines(b as Json, a as Json) : [`${shown(b)} → ${shown(a)}`];
    out.push({ block, name, change: b === undefined ? 'added' : a === undefined ? 'removed' : 'changed', details });
  }
  return out;
}

function dataSources(stack: SynthesizedStack | undefined): Json {
  const out: Json = {};
  for (const [type, byName] of Object.entries((stack?.data ?? {}) as Record<string, Json>)) {
    for (const [name, config] of Object.entries(byName)) out[`data.${type}.${name}`] = config;
  }
  return out;
}

/** Top-level blocks the resource diff, this module's sections or cdktf's metadata already cover. */
const COVERED = new Set(['//', 'resource', 'moved', 'provider', 'terraform', 'output', 'data']);
const TERRAFORM_COVERED = new Set(['backend', 'required_providers', 'required_version']);

/** Every change outside resource blocks between a stack's base and PR synthesis. */
export function diffSettings(base: SynthesizedStack | undefined, pr: SynthesizedStack | undefined): SettingChange[] {
  const bt = (base?.terraform ?? {}) as Json;
  const pt = (pr?.terraform ?? {}) as Json;
  const out: SettingChange[] = [...diffProviders(base, pr)];

  const bb = (bt.backend ?? {}) as Json;
  const pb = (pt.backend ?? {}) as Json;
  if (canonical(bb) !== canonical(pb)) {
    const [bType, pType] = [Object.keys(bb)[0], Object.keys(pb)[0]];
    const details = bType === pType ? attributeLines((bb[bType] ?? {}) as Json, (pb[pType] ?? {}) as Json) : [`type: ${bType ?? '(none)'} → ${pType ?? '(none)'}`, ...attributeLines((bb[bType] ?? {}) as Json, (pb[pType] ?? {}) as Json)];
    out.push({ block: 'backend', name: pType ?? bType, change: !bType ? 'added' : !pType ? 'removed' : 'changed', details });
  }
  out.push(...diffKeyed('required_providers', (bt.required_providers ?? {}) as Json, (pt.required_providers ?? {}) as Json));
  if (canonical(bt.required_version) !== canonical(pt.required_version)) {
    out.push({ block: 'required_version', name: 'terraform', change: bt.required_version === undefined ? 'added' : pt.required_version === undefined ? 'removed' : 'changed', details: [`${shown(bt.required_version)} → ${shown(pt.required_version)}`] });
  }
  const otherTerraform = (t: Json) => Object.fromEntries(Object.entries(t).filter(([k]) => !TERRAFORM_COVERED.has(k)));
  out.push(...diffKeyed('terraform', otherTerraform(bt), otherTerraform(pt)));
  out.push(...diffKeyed('output', ((base as Json | undefined)?.output ?? {}) as Json, ((pr as Json | undefined)?.output ?? {}) as Json));
  out.push(...diffKeyed('data', dataSources(base), dataSources(pr)));
  const rest = (s: SynthesizedStack | undefined) => Object.fromEntries(Object.entries((s ?? {}) as Json).filter(([k]) => !COVERED.has(k)));
  out.push(...diffKeyed('other', rest(base), rest(pr)));
  return out;
}
