import { SynthesizedStack, movedFrom, readSynthesizedStacks } from './synthesized';
import { isStateful } from './plan/plan-json';

type Config = Record<string, unknown>;

export interface RemovedAddress {
  readonly address: string;
  readonly type: string;
  readonly stateful: boolean;
  /** Where a moved block in the PR already sends it. */
  readonly declaredMoveTo?: string;
  /** The added address it most likely became: same type and identical config, or the same construct path suffix. */
  readonly suggestedMoveTo?: string;
}

export interface StackDiff {
  readonly stack: string;
  readonly status: 'added' | 'removed' | 'present';
  readonly added: readonly string[];
  readonly removed: readonly RemovedAddress[];
  /** Addresses in both trees whose configuration differs, with the top-level attributes that differ. */
  readonly changed: ReadonlyArray<{ readonly address: string; readonly attributes: readonly string[] }>;
}

/** Resources by address, without cdktf's `//` metadata (paths change on renames, config does not). */
function resources(stack: SynthesizedStack | undefined): Map<string, { type: string; config: Config; path: string[] }> {
  const out = new Map<string, { type: string; config: Config; path: string[] }>();
  for (const [type, byName] of Object.entries(stack?.resource ?? {})) {
    for (const [name, raw] of Object.entries(byName)) {
      const { ['//']: meta, ...config } = raw as Config & { '//'?: { metadata?: { path?: string } } };
      out.set(`${type}.${name}`, { type, config, path: (meta?.metadata?.path ?? '').split('/').slice(1) });
    }
  }
  return out;
}

/** Key-order independent JSON, so two equal configs always compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as Config).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Config)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function commonSuffix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** The single best candidate, or none when two tie: a wrong moved block is worse than none. */
function suggest(
  removed: { type: string; config: Config; path: string[] },
  candidates: ReadonlyArray<[string, { type: string; config: Config; path: string[] }]>,
): string | undefined {
  const sameType = candidates.filter(([, r]) => r.type === removed.type);
  const identical = sameType.filter(([, r]) => canonical(r.config) === canonical(removed.config));
  if (identical.length === 1) return identical[0][0];
  const scored = sameType.map(([address, r]) => ({ address, score: commonSuffix(r.path, removed.path) })).filter((s) => s.score > 0);
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  return top.length === 1 ? top[0].address : undefined;
}

function diffStacks(stack: string, base: SynthesizedStack | undefined, pr: SynthesizedStack | undefined): StackDiff {
  const before = resources(base);
  const after = resources(pr);
  const declared = pr ? movedFrom(pr) : new Map<string, string>();
  const addedEntries = [...after].filter(([address]) => !before.has(address));
  const moveTargets = new Set(declared.values());
  const unclaimed = addedEntries.filter(([address]) => !moveTargets.has(address));
  const removed: RemovedAddress[] = [...before]
    .filter(([address]) => !after.has(address))
    .map(([address, r]) => {
      const declaredMoveTo = declared.get(address);
      const suggestedMoveTo = declaredMoveTo ? undefined : suggest(r, unclaimed);
      return {
        address,
        type: r.type,
        stateful: isStateful(r.type),
        ...(declaredMoveTo ? { declaredMoveTo } : {}),
        ...(suggestedMoveTo ? { suggestedMoveTo } : {}),
      };
    });
  const changed = [...after]
    .filter(([address]) => before.has(address))
    .map(([address, r]) => {
      const old = before.get(address)!.config;
      const keys = [...new Set([...Object.keys(old), ...Object.keys(r.config)])].sort();
      return { address, attributes: keys.filter((k) => canonical(old[k]) !== canonical(r.config[k])) };
    })
    .filter((c) => c.attributes.length > 0);
  return {
    stack,
    status: base && !pr ? 'removed' : !base && pr ? 'added' : 'present',
    added: addedEntries.map(([a]) => a).sort(),
    removed,
    changed,
  };
}

/** Compares two cdktf.out trees (base branch, PR) without Terraform. */
export function synthDiff(baseOutdir: string, prOutdir: string): StackDiff[] {
  const base = readSynthesizedStacks(baseOutdir);
  const pr = readSynthesizedStacks(prOutdir);
  const names = [...new Set([...base.keys(), ...pr.keys()])].sort();
  return names.map((name) => diffStacks(name, base.get(name), pr.get(name)));
}

function movedBlock(from: string, to: string): string {
  return ['moved {', `  from = ${from}`, `  to   = ${to}`, '}'].join('\n');
}

/** Markdown section for the PR comment. */
export function renderSynthDiff(diffs: readonly StackDiff[]): string {
  const out = ['### Synthesized changes (base → PR, no Terraform)', ''];
  const touched = diffs.filter((d) => d.added.length || d.removed.length || d.changed.length || d.status !== 'present');
  if (!touched.length) return [...out, 'No resource added, removed or changed.', ''].join('\n');
  out.push('| Stack | Added | Removed | Changed |', '|---|---:|---:|---:|');
  for (const d of touched) out.push(`| ${d.stack}${d.status === 'present' ? '' : ` (stack ${d.status})`} | ${d.added.length} | ${d.removed.length} | ${d.changed.length} |`);
  out.push('');
  const unmoved = diffs.flatMap((d) => d.removed.filter((r) => r.stateful && !r.declaredMoveTo).map((r) => ({ stack: d.stack, r })));
  if (unmoved.length) {
    out.push('#### ⚠️ Stateful resources removed without a moved block', '');
    for (const { stack, r } of unmoved) {
      out.push(`- \`${stack}\`: \`${r.address}\``);
      if (r.suggestedMoveTo) {
        out.push(
          `  looks renamed to \`${r.suggestedMoveTo}\`; add \`declareMove(<new resource>, '${r.address}')\` (modules/state/moved.ts), which synthesizes:`,
          '  ```hcl',
          ...movedBlock(r.address, r.suggestedMoveTo).split('\n').map((l) => `  ${l}`),
          '  ```',
        );
      } else {
        out.push('  no renamed counterpart found: Terraform will destroy it');
      }
    }
    out.push('');
  }
  for (const d of touched) {
    const lines = [
      ...d.added.map((a) => `- added \`${a}\``),
      ...d.removed.map((r) => `- removed \`${r.address}\`${r.declaredMoveTo ? ` (moved to \`${r.declaredMoveTo}\`)` : ''}`),
      ...d.changed.map((c) => `- changed \`${c.address}\`: ${c.attributes.map((a) => `\`${a}\``).join(', ')}`),
    ];
    if (lines.length) out.push(`<details><summary>${d.stack}</summary>`, '', ...lines, '', '</details>', '');
  }
  return out.join('\n');
}
