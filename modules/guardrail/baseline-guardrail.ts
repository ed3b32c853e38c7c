import { createHash } from 'node:crypto';
import { Construct } from 'constructs';
import { BedrockGuardrail } from '@cdktf/provider-aws/lib/bedrock-guardrail';
import { BedrockGuardrailVersion } from '@cdktf/provider-aws/lib/bedrock-guardrail-version';
import type { GuardrailPiiAction, GuardrailPiiEntityType } from '../../catalog/guardrails';
import { ManagedKey } from '../keys/managed-key';
import { guardrailKeyPolicy } from './guardrail-key-policy';

export interface BaselineGuardrailProps {
  /** The account of the guardrail and its key (the key policy's root statement). */
  readonly accountId: string;
  /** The guardrail's Region: the key admits Bedrock of this Region only (kms:ViaService). */
  readonly region: string;
  /** `<prefix>-<env>`: the guardrail's name and its key's alias start with it. */
  readonly namePrefix: string;
  /** PII entity types the sensitive-information filter acts on, in prompts and in responses. */
  readonly piiEntities: readonly GuardrailPiiEntityType[];
  /** BLOCK or ANONYMIZE, input and output alike. */
  readonly piiAction: GuardrailPiiAction;
  /** Contextual grounding threshold, 0 to 0.99. */
  readonly groundingThreshold: number;
  /** Contextual relevance threshold, 0 to 0.99. */
  readonly relevanceThreshold: number;
  /** What a caller sees when a prompt is blocked. */
  readonly blockedInputMessaging: string;
  /** What a caller sees when a response is blocked. */
  readonly blockedOutputsMessaging: string;
  /** Who creates and updates the guardrail (the deployers); the key lets Bedrock encrypt it as them. */
  readonly creatorArns: readonly string[];
  /** Who invokes with it (people.modelInvokers); the key lets Bedrock decrypt it as them. */
  readonly userArns: readonly string[];
  /** Key administrators. @default none beyond the account root */
  readonly keyAdministratorArns?: readonly string[];
  /** 7-30 days. */
  readonly deletionWindowDays: number;
  /** lifecycle.prevent_destroy on the key. */
  readonly preventDestroy: boolean;
}

/**
 * The environment's baseline guardrail and its published version: the prompt-attack filter at HIGH (the
 * strength Prowler's bedrock_guardrail_prompt_attack_filter_enabled requires), the sensitive-information
 * filter on prompts and responses, contextual grounding, and its own KMS key. Invokers must name the
 * version (bedrock:GuardrailIdentifier, modules/invokers); a DRAFT is never what they are bound to.
 */
export class BaselineGuardrail extends Construct {
  readonly key: ManagedKey;
  readonly guardrail: BedrockGuardrail;
  readonly version: BedrockGuardrailVersion;
  /** `<guardrail ARN>:<version>`: the value of bedrock:GuardrailIdentifier on a call that names the version. */
  readonly versionArn: string;

  constructor(scope: Construct, id: string, props: BaselineGuardrailProps) {
    super(scope, id);
    this.key = new ManagedKey(this, 'key', {
      alias: `${props.namePrefix}-guardrail`,
      description: `Encrypts the ${props.namePrefix} baseline Bedrock guardrail`,
      policy: guardrailKeyPolicy({
        accountId: props.accountId,
        region: props.region,
        administratorArns: props.keyAdministratorArns,
        creatorArns: props.creatorArns,
        userArns: props.userArns,
      }),
      deletionWindowDays: props.deletionWindowDays,
      preventDestroy: props.preventDestroy,
    });
    // One `action` per entity covers input and output: Bedrock enables both unless inputEnabled/outputEnabled
    // say otherwise (API Reference, GuardrailPiiEntityConfig), and hashicorp/aws 5.x knows no input_action.
    const filters = {
      contentPolicyConfig: [{ filtersConfig: [{ type: 'PROMPT_ATTACK', inputStrength: 'HIGH', outputStrength: 'NONE' }] }],
      sensitiveInformationPolicyConfig: [{ piiEntitiesConfig: props.piiEntities.map((type) => ({ type, action: props.piiAction })) }],
      contextualGroundingPolicyConfig: [
        {
          filtersConfig: [
            { type: 'GROUNDING', threshold: props.groundingThreshold },
            { type: 'RELEVANCE', threshold: props.relevanceThreshold },
          ],
        },
      ],
    };
    this.guardrail = new BedrockGuardrail(this, 'guardrail', {
      name: `${props.namePrefix}-baseline`,
      description: 'Platform baseline: prompt attacks (HIGH), sensitive information in and out, contextual grounding',
      blockedInputMessaging: props.blockedInputMessaging,
      blockedOutputsMessaging: props.blockedOutputsMessaging,
      kmsKeyArn: this.key.key.arn,
      ...filters,
    });
    // A version is a snapshot: a changed configuration must publish a new one. The description carries a
    // digest of the configuration, and a changed description replaces the version (it forces a new resource).
    const digest = createHash('sha256').update(JSON.stringify([filters, props.blockedInputMessaging, props.blockedOutputsMessaging])).digest('hex').slice(0, 16);
    this.version = new BedrockGuardrailVersion(this, 'version', {
      guardrailArn: this.guardrail.guardrailArn,
      description: `Baseline configuration ${digest}`,
    });
    this.versionArn = `${this.guardrail.guardrailArn}:${this.version.version}`;
  }
}
