import { z } from 'zod';

/**
 * `auditor`: the read-only role `bedrock-private audit --organization` (or `--accounts`) assumes in this
 * environment's account (help/audit.md, "One run across the organization"). Absent means no role.
 * IAM role names are per account, so at most one environment of an account should declare it.
 */
export const AuditorSchema = z.strictObject({
  /**
   * The roles that run the audit (in the audit's account, e.g. its CI role): the role's trust names exactly
   * these, not the whole account, so only they can assume it.
   */
  callerRoleArns: z
    .array(z.string().regex(/^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/, 'must be an IAM role ARN such as "arn:aws:iam::555555555555:role/bedrock-private-audit"'))
    .min(1, 'name the role (or roles) that run the audit'),
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
