import type { PolicyChange, PlanSummary, NotableChange, StackSummary } from './summarize';

/** The hidden line the workflow finds the comment by, so each run edits one comment instead of adding one. */
export const COMMENT_MARKER = '<!-- bedrock-private-platform:plan-summary -->';

const KIND_LABEL: Record<string, string> = { create: 'create', update: 'update', replace: '**replace**', delete: '**delete**', forget: 'forget' };

function changeLine(c: NotableChange): string {
  const why = [c.reason, c.replacePaths.length ? `forced by ${c.replacePaths.map((p) => `\`${p}\``).join(', ')}` : undefined].filter(Boolean).join('; ');
  return `- ${KIND_LABEL[c.kind] ?? c.kind} \`${c.address}\`${why ? ` (${why})` : ''}`;
}

function countsTable(stacks: readonly StackSummary[]): string[] {
  const rows = stacks.map((s) => {
    const c = s.counts;
    const name = s.prod ? `**${s.stack}** (prod)` : s.stack;
    return `| ${name}${s.errored ? ' ⛔ plan errored' : ''} | ${c.create} | ${c.update} | ${c.replace} | ${c.delete} | ${c['no-op']} |`;
  });
  return ['| Stack | Create | Update | Replace | Delete | No-op |', '|---|---:|---:|---:|---:|---:|', ...rows];
}

function policySection(p: PolicyChange): string[] {
  const lines = [`#### \`${p.stack}\` · \`${p.address}\` · \`${p.attribute}\``];
  if (p.diff.kind === 'opaque') {
    lines.push('Not a readable policy document on both sides:', '```diff', `- ${p.diff.before}`, `+ ${p.diff.after}`, '```');
    return lines;
  }
  for (const s of p.diff.changes) {
    lines.push(`- ${s.label} ${s.kind}`, '  ```diff');
    for (const f of s.fields) {
      lines.push(`  ${f.field}`, ...f.removed.map((x) => `  - ${x}`), ...f.added.map((x) => `  + ${x}`));
    }
    lines.push('  ```');
  }
  return lines;
}

/** One markdown PR comment: counts per stack, the loud sections, policy diffs, then every change folded away. */
export function renderSummary(summary: PlanSummary, extraSections: readonly string[] = []): string {
  const out = [COMMENT_MARKER, '## Terraform plan', ''];
  if (summary.stacks.length) out.push(...countsTable(summary.stacks), '');

  if (summary.statefulDestroys.length) {
    out.push(
      '### ⚠️ Stateful resources destroyed or replaced',
      '',
      '> These lose data, keys or network identity. If this is a rename, add a `moved` block instead (help/plan-review.md).',
      '',
      ...summary.statefulDestroys.map((c) => changeLine(c).replace('- ', `- \`${c.stack}\`: `)),
      '',
    );
  }

  const prod = summary.stacks.filter((s) => s.prod && s.changes.length);
  if (prod.length) {
    out.push('### ⚠️ Production changes', '', '> Applied only after an approval in the `prod` GitHub environment.', '');
    for (const s of prod) out.push(`**${s.stack}**`, '', ...s.changes.map(changeLine), '');
  }

  const moves = summary.stacks.flatMap((s) => s.moves.map((m) => `- \`${s.stack}\`: \`${m.from}\` → \`${m.to}\``));
  if (moves.length) out.push('### Moved', '', ...moves, '');

  if (summary.policyChanges.length) out.push('### Policy changes', '', ...summary.policyChanges.flatMap(policySection), '');

  out.push(...extraSections);

  const all = summary.stacks.filter((s) => s.changes.length);
  if (all.length) {
    out.push('<details><summary>Every change</summary>', '');
    for (const s of all) out.push(`**${s.stack}**`, '', ...s.changes.map(changeLine), '');
    out.push('</details>', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
