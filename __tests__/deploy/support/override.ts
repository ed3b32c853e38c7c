/**
 * The Terraform override file the loop writes beside a copy of each synthesized cdk.tf.json. Terraform merges
 * `*_override.tf.json` into the configuration after loading it: an attribute in the override replaces the
 * original, a nested block replaces all blocks of its type, a backend block replaces the original backend, and
 * required_providers is merged provider by provider
 * (https://developer.hashicorp.com/terraform/language/files/override). So the synthesized file is run exactly as
 * written, and only what points it at the emulator changes.
 */

export const OVERRIDE_FILE = 'emulator_override.tf.json';

/**
 * The provider `endpoints` keys the loop points at the emulator: every service a synthesized resource or data
 * source calls (see serviceOf), STS for the provider's own account check, and Bedrock, the platform's service.
 */
export const EMULATED_SERVICES = ['bedrock', 'ec2', 'iam', 'kms', 'logs', 'organizations', 's3', 'sts'] as const;
export type EmulatedService = (typeof EMULATED_SERVICES)[number];

/** Resource and data-source types by the service their API calls go to. Extend it when a stack uses a new type. */
const SERVICE_BY_TYPE: ReadonlyArray<readonly [RegExp, EmulatedService]> = [
  [/^aws_(vpc|vpc_endpoint|vpc_endpoint_service|vpc_security_group_(ingress|egress)_rule|subnet|route_table|route_table_association|security_group|default_security_group|flow_log|availability_zones?)$/, 'ec2'],
  [/^aws_s3_bucket(_.+)?$/, 's3'],
  [/^aws_kms_(key|alias)$/, 'kms'],
  [/^aws_iam_(role|role_policy|policy|policy_attachment|role_policy_attachment)$/, 'iam'],
  [/^aws_cloudwatch_log_(group|data_protection_policy)$/, 'logs'],
  [/^aws_caller_identity$/, 'sts'],
  [/^aws_bedrock_.+$/, 'bedrock'],
  [/^aws_organizations_policy(_attachment)?$/, 'organizations'],
];

/** The emulated service a resource type calls, or undefined: then its calls would leave the machine. */
export function serviceOf(type: string): EmulatedService | undefined {
  return SERVICE_BY_TYPE.find(([pattern]) => pattern.test(type))?.[1];
}

/** Test credentials: the emulator accepts any; these are AWS's documented example keys. */
const TEST_ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE';
const TEST_SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

/**
 * SDK attempts per request (the provider's default is 25, with backoff). The emulator neither throttles nor
 * fails transiently, so a retried error is an emulator gap or a product error: report it in seconds, not after
 * minutes of backoff. The provider's own waiters (IAM propagation, KMS consistency) are not affected.
 */
const MAX_RETRIES = 2;

export interface OverrideOptions {
  /** The emulator's base URL, e.g. http://127.0.0.1:40123. */
  readonly endpoint: string;
  /**
   * The hashicorp/aws version to require instead of the stacks' pin, when the loop runs a mirror's provider
   * (the bindings target 6.25.0; the mirror may hold another). Absent: the synthesized pin stands.
   */
  readonly providerVersion?: string;
}

export function emulatorOverride(options: OverrideOptions): Record<string, unknown> {
  const endpoints = Object.fromEntries(EMULATED_SERVICES.map((service) => [service, options.endpoint]));
  return {
    '//': 'Written by the emulator deploy loop (__tests__/deploy); never part of a real deployment.',
    terraform: {
      // Replaces local or S3 state: the emulator's resources live only as long as the test.
      backend: { local: { path: 'terraform.tfstate' } },
      ...(options.providerVersion ? { required_providers: { aws: { source: 'hashicorp/aws', version: options.providerVersion } } } : {}),
    },
    provider: {
      aws: [
        {
          access_key: TEST_ACCESS_KEY,
          secret_key: TEST_SECRET_KEY,
          endpoints: [endpoints],
          // Bucket names in the path: virtual-hosted style would resolve <bucket>.127.0.0.1.
          s3_use_path_style: true,
          // No instance metadata service here. Credential validation and the account lookup stay on: they go to
          // the emulator's STS, so allowed_account_ids is checked against the emulator's account.
          skip_metadata_api_check: true,
          max_retries: MAX_RETRIES,
        },
      ],
    },
  };
}
