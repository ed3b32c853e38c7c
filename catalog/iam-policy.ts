/**
 * The IAM policy grammar as types. Every policy in this repo (identity, key, bucket, endpoint, trust,
 * and the seeds' statements in this folder) is one of these objects; modules/policy/document.ts
 * validates and serializes them, rules/policy.ts reads them back from synthesized JSON.
 */

export type Principal =
  | '*'
  | { readonly AWS: string | readonly string[] }
  | { readonly Service: string | readonly string[] }
  | { readonly Federated: string };

/** Operator → condition key → value(s), as in IAM's JSON grammar. */
export type Conditions = Readonly<Record<string, Readonly<Record<string, string | boolean | readonly string[]>>>>;

export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal?: Principal;
  readonly Action: string | readonly string[];
  readonly Resource?: string | readonly string[];
  /** Every resource but these (boundaries and SCP-style denies). */
  readonly NotResource?: string | readonly string[];
  readonly Condition?: Conditions;
}

export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Id?: string;
  readonly Statement: readonly PolicyStatement[];
}
