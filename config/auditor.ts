import { z } from 'zod';

/**
 * `auditor`: the read-only role `bedrock-private audit --organization` (or `--accounts`) assumes in this
 * environment's account (help/audit.md, "One run across the organization"). Absent means no role.
 * IAM role names are per account, so at most one environment of an account should declare it.
 */
export const AuditorSchema = z.strictObject({
  /** The account the audit runs from (its credentials call sts:AssumeRole), named in the role's trust policy. */
  auditAccountId: z.string().regex(/^\d{12}$/, 'must be the 12-digit id of the account the audit runs from'),
  /** The role's name; the audit's --role-name. @default "bedrock-private-auditor" (the audit's default) */
  roleName: z
    .string()
    .regex(/^[\w+=,.@-]{1,64}$/, 'must be an IAM role name: 1 to 64 letters, digits or +=,.@_-')
    .default('bedrock-private-auditor'),
  /** sts:ExternalId the trust requires (the audit's --external-id). @default none required */
  externalId: z
    .string()
    .regex(/^[\w+=,.@:/-]{2,1224}$/, 'must be 2 to 1224 letters, digits or +=,.@:/-_')
    .optional(),
});

export type AuditorConfig = z.output<typeof AuditorSchema>;
