/**
 * Reading IAM policy JSON the way IAM does: single values and lists are the same thing, and keys
 * of condition operators and condition keys are case-insensitive.
 */
export interface Statement {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal?: unknown;
  readonly Action?: string | string[];
  readonly NotAction?: string | string[];
  readonly NotPrincipal?: unknown;
  readonly Resource?: string | string[];
  readonly NotResource?: string | string[];
  readonly Condition?: Record<string, Record<string, unknown>>;
}

/** How findings name a statement: its Sid, else its position in the policy (`#1` is the first). */
export function statementName(statement: Statement, index: number): string {
  return statement.Sid ?? `#${index + 1}`;
}

export function asList<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as T[])] : [value as T];
}

/** Statements of a policy given as a JSON string; `undefined` when absent or not JSON. */
export function parseStatements(policy: unknown): Statement[] | undefined {
  if (typeof policy !== 'string' || policy.trim() === '') return undefined;
  try {
    const doc = JSON.parse(policy) as { Statement?: Statement | Statement[] };
    return asList(doc.Statement);
  } catch {
    return undefined;
  }
}

/** Values of a condition key under an operator (operator and key matched case-insensitively). */
export function conditionValues(statement: Statement, operator: string, key: string): string[] {
  for (const [op, keys] of Object.entries(statement.Condition ?? {})) {
    if (op.toLowerCase() !== operator.toLowerCase()) continue;
    for (const [k, v] of Object.entries(keys)) {
      if (k.toLowerCase() === key.toLowerCase()) return asList(v as string | string[]).map(String);
    }
  }
  return [];
}

/** Condition keys a statement tests, lower-cased, under any operator. */
export function conditionKeys(statement: Statement): Set<string> {
  const keys = new Set<string>();
  for (const operatorKeys of Object.values(statement.Condition ?? {})) {
    for (const key of Object.keys(operatorKeys)) keys.add(key.toLowerCase());
  }
  return keys;
}

/** True when a statement's actions cover `action` (exact, service wildcard or `*`). */
export function coversAction(statement: Statement, action: string): boolean {
  const [service] = action.split(':');
  return asList(statement.Action).some((a) => a === '*' || a === action || a === `${service}:*`);
}

export function isAnyPrincipal(principal: unknown): boolean {
  if (principal === '*') return true;
  const aws = (principal as { AWS?: unknown } | undefined)?.AWS;
  return aws !== undefined && asList(aws as string | string[]).includes('*');
}

export function servicePrincipals(statement: Statement): string[] {
  const service = (statement.Principal as { Service?: string | string[] } | undefined)?.Service;
  return asList(service);
}
