import { Construct } from 'constructs';
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { policyJson } from '../policy/document';
import { type InvokerPolicyProps, invokerPolicy } from './invoker-policy';

export interface ModelInvokersProps extends InvokerPolicyProps {
  /** `<prefix>-<env>`: the start of the policy name. */
  readonly namePrefix: string;
}

/**
 * The managed policy for whoever invokes models in this environment (people.modelInvokers), published as
 * the stack output `model_invoker_policy_arn` like the submitter's. The stack does not attach it: the
 * invokers' roles are the account's, so their owners attach it (help/invokers.md).
 */
export class ModelInvokers extends Construct {
  readonly policy: IamPolicy;

  constructor(scope: Construct, id: string, props: ModelInvokersProps) {
    super(scope, id);
    const { namePrefix, ...policyProps } = props;
    this.policy = new IamPolicy(this, 'invoker-policy', {
      name: `${namePrefix}-bedrock-model-invoker`,
      description: 'Invoke the configured Bedrock models and inference profiles through this environment\'s bedrock-runtime endpoint, with its guardrail',
      policy: policyJson(invokerPolicy(policyProps)),
    });
  }
}
