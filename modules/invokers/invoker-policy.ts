import type { PolicyDocument } from '../../catalog/iam-policy';
import { type InvokerPolicyProps, invokerStatements } from '../../catalog/invoker-statements';
import { policyDocument } from '../policy/document';

export type { InvokerGuardrail, InvokerPolicyProps } from '../../catalog/invoker-statements';

/** The model invokers' managed policy: catalog/invoker-statements.ts's statements as one identity policy. */
export function invokerPolicy(props: InvokerPolicyProps): PolicyDocument {
  return policyDocument('identity', invokerStatements(props));
}
