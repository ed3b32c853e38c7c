import { Construct } from 'constructs';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import type { PolicyDocument } from '../../catalog/iam-policy';
import { policyDocument, policyJson } from '../policy/document';

export interface AuditorRoleProps {
  /** The role's name, the audit's --role-name; one per account. */
  readonly roleName: string;
  /** The roles that run the audit (in the audit's account): the only principals the trust policy names. */
  readonly callerRoleArns: readonly string[];
  /** sts:ExternalId the caller must pass. @default none required */
  readonly externalId?: string;
  /** The role's only policy: catalog/auditor-policy.json, the reads the audit makes (the stack passes it). */
  readonly policy: object;
}

/** The audit's roles may assume it (with the external id, when one is configured); nobody else, not even their account's root. */
export function auditorTrustPolicy(props: Omit<AuditorRoleProps, 'policy'>): PolicyDocument {
  return policyDocument('resource', [
    {
      Sid: 'AuditRolesMayAssume',
      Effect: 'Allow',
      Principal: { AWS: [...props.callerRoleArns] },
      Action: 'sts:AssumeRole',
      ...(props.externalId !== undefined && { Condition: { StringEquals: { 'sts:ExternalId': props.externalId } } }),
    },
  ]);
}

/**
 * The read-only role `bedrock-private audit --organization` assumes in this account: trusted by the
 * audit's account, allowed exactly the reads in `policy` (catalog/auditor-policy.json: the calls the audit makes).
 */
export class AuditorRole extends Construct {
  readonly role: IamRole;

  constructor(scope: Construct, id: string, props: AuditorRoleProps) {
    super(scope, id);
    this.role = new IamRole(this, 'role', {
      name: props.roleName,
      description: 'Read-only role bedrock-private audit assumes from the audit account (help/audit.md).',
      assumeRolePolicy: policyJson(auditorTrustPolicy(props)),
    });
    new IamRolePolicy(this, 'policy', {
      role: this.role.name,
      name: 'bedrock-private-audit',
      policy: JSON.stringify(props.policy),
    });
  }
}
