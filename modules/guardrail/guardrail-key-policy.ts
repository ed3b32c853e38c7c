import type { PolicyDocument, PolicyStatement } from '../../catalog/iam-policy';
import { policyDocument } from '../policy/document';
import { baseStatements } from '../keys/key-policies';

export interface GuardrailKeyPolicyProps {
  /** The key's account (the root statement). */
  readonly accountId: string;
  /** Bedrock of this Region is the only way to use the key (kms:ViaService). */
  readonly region: string;
  /** Key administrators (management only, as on every platform key). @default none beyond the account root */
  readonly administratorArns?: readonly string[];
  /** Who creates and updates the guardrail (Terraform's deployers): Bedrock encrypts it as them. */
  readonly creatorArns: readonly string[];
  /** Who invokes models with the guardrail: Bedrock decrypts it as them. */
  readonly userArns: readonly string[];
}

/**
 * The guardrail's own key: AWS's two statements for guardrail creators and users (Bedrock User Guide,
 * "Create a customer managed key for your guardrail", guardrails-permissions-kms.html), each only through
 * Bedrock in this Region (kms:ViaService), after the root and administrator statements every platform
 * key starts with. A dedicated key, not the data or logs key: its users (invokers) must not be able to
 * decrypt anything else.
 */
export function guardrailKeyPolicy(props: GuardrailKeyPolicyProps): PolicyDocument {
  const viaBedrock = { StringEquals: { 'kms:ViaService': `bedrock.${props.region}.amazonaws.com` } };
  const statements: PolicyStatement[] = [...baseStatements(props)];
  if (props.creatorArns.length) {
    statements.push({
      Sid: 'PermissionsForGuardrailsCreators',
      Effect: 'Allow',
      Principal: { AWS: [...props.creatorArns] },
      Action: ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey', 'kms:CreateGrant'],
      Resource: '*',
      Condition: viaBedrock,
    });
  }
  if (props.userArns.length) {
    statements.push({ Sid: 'PermissionsForGuardrailsUsers', Effect: 'Allow', Principal: { AWS: [...props.userArns] }, Action: 'kms:Decrypt', Resource: '*', Condition: viaBedrock });
  }
  return policyDocument('resource', statements);
}
