import { Construct } from 'constructs';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import type { PolicyDocument } from '../../catalog/iam-policy';
import { policyJson } from '../policy/document';

export interface ManagedKeyProps {
  /** Alias without the `alias/` prefix. */
  readonly alias: string;
  /** The key's description, shown in the KMS console. */
  readonly description: string;
  /** The key policy, attached as given (build it with key-policies.ts). */
  readonly policy: PolicyDocument;
  /** 7-30 days. */
  readonly deletionWindowDays: number;
  /** lifecycle.prevent_destroy. */
  readonly preventDestroy: boolean;
}

/** A symmetric customer-managed key with rotation on, an alias and an explicit key policy. */
export class ManagedKey extends Construct {
  readonly key: KmsKey;
  readonly alias: KmsAlias;

  constructor(scope: Construct, id: string, props: ManagedKeyProps) {
    super(scope, id);
    if (props.deletionWindowDays < 7 || props.deletionWindowDays > 30) {
      throw new Error(`${this.node.path}: deletionWindowDays must be 7 to 30 (got ${props.deletionWindowDays}).`);
    }
    this.key = new KmsKey(this, 'key', {
      description: props.description,
      enableKeyRotation: true,
      deletionWindowInDays: props.deletionWindowDays,
      policy: policyJson(props.policy),
      lifecycle: { preventDestroy: props.preventDestroy },
    });
    this.alias = new KmsAlias(this, 'alias', { name: `alias/${props.alias}`, targetKeyId: this.key.keyId });
  }
}
