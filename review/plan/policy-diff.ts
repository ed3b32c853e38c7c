/**
 * Statement-by-statement diff of IAM policy documents. Statements are matched by Sid, and statements
 * without a Sid by their position among the Sid-less ones; fields are compared as sets, because IAM
 * ignores the order of actions, resources, principals and condition values.
 */

type Json = unknown;

export interface FieldChange {
  readonly field: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export interface StatementChange {
  /** `Sid "X"` or `statement #n (no Sid)`. */
  readonly label: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly fields: readonly FieldChange[];
}

export type PolicyDiff =
  | { readonly kind: 'statements'; readonly changes: readonly StatementChange[] }
  /** One side is not a policy document we can read (unknown until apply, or not JSON). */
  | { readonly kind: 'opaque'; readonly before: string; readonly after: string };

const FIELDS = ['Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'] as const;

function asList(value: Json): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
}

/** Flattens a field to comparable strings: `AWS: arn`, `StringEquals aws:SourceVpc = vpc-1`, `s3:GetObject`. */
function fieldValues(field: string, value: Json): string[] {
  if (value === undefined) return [];
  if ((field === 'Principal' || field === 'NotPrincipal') && typeof value === 'object' && value !== null) {
    return Object.entries(value as Record<string, Json>).flatMap(([kind, v]) => asList(v).map((p) => `${kind}: ${p}`));
  }
  if (field === 'Condition' && typeof value === 'object' && value !== null) {
    return Object.entries(value as Record<string, Record<string, Json>>).flatMap(([op, keys]) =>
      Object.entries(keys ?? {}).flatMap(([key, v]) => asList(v).map((x) => `${op} ${key} = ${x}`)),
    );
  }
  return asList(value);
}

function statementsOf(doc: Json): Record<string, Json>[] | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined;
  const statement = (doc as { Statement?: Json }).Statement;
  if (statement === undefined) return undefined;
  return (Array.isArray(statement) ? statement : [statement]) as Record<string, Json>[];
}

function keyed(statements: readonly Record<string, Json>[]): Map<string, Record<string, Json>> {
  const out = new Map<string, Record<string, Json>>();
  let unnamed = 0;
  for (const s of statements) {
    if (typeof s.Sid === 'string' && s.Sid !== '') out.set(`Sid "${s.Sid}"`, s);
    else out.set(`statement #${++unnamed} (no Sid)`, s);
  }
  return out;
}

function compare(before: Record<string, Json> | undefined, after: Record<string, Json> | undefined): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of FIELDS) {
    const b = fieldValues(field, before?.[field]);
    const a = fieldValues(field, after?.[field]);
    const added = a.filter((x) => !b.includes(x));
    const removed = b.filter((x) => !a.includes(x));
    if (added.length || removed.length) changes.push({ field, added, removed });
  }
  return changes;
}

function parse(text: unknown): Json | undefined {
  if (typeof text !== 'string') return text ?? undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** Diffs two policy attribute values (JSON strings as they appear in a plan). */
export function diffPolicies(beforeText: unknown, afterText: unknown): PolicyDiff {
  const before = statementsOf(parse(beforeText));
  const after = statementsOf(parse(afterText));
  if (!before || !after) {
    const show = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? '(known after apply)' : JSON.stringify(v));
    return { kind: 'opaque', before: show(beforeText), after: show(afterText) };
  }
  const b = keyed(before);
  const a = keyed(after);
  const changes: StatementChange[] = [];
  for (const [label, statement] of b) {
    const other = a.get(label);
    if (!other) changes.push({ label, kind: 'removed', fields: compare(statement, undefined) });
    else {
      const fields = compare(statement, other);
      if (fields.length) changes.push({ label, kind: 'changed', fields });
    }
  }
  for (const [label, statement] of a) {
    if (!b.has(label)) changes.push({ label, kind: 'added', fields: compare(undefined, statement) });
  }
  return { kind: 'statements', changes };
}

/** Attributes that hold a policy document: `policy`, `assume_role_policy` and any other `*_policy`. */
export function isPolicyAttribute(name: string): boolean {
  return name === 'policy' || name.endsWith('_policy');
}
