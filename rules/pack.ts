import type { GuardrailRule } from './types';
import { S3PublicAccessBlock } from './BPP-S3-1-public-access-block';
import { S3SseKms } from './BPP-S3-2-sse-kms';
import { S3Versioning } from './BPP-S3-3-versioning';
import { S3TlsOnly } from './BPP-S3-4-tls-only';
import { S3VpcOnly } from './BPP-S3-5-vpc-only';
import { S3AccessLogging } from './BPP-S3-6-access-logging';
import { EndpointPrivateDns } from './BPP-VPCE-1-private-dns';
import { EndpointPolicy } from './BPP-VPCE-2-endpoint-policy';
import { EndpointSecurityGroup } from './BPP-VPCE-3-endpoint-security-group';
import { EndpointAnyPrincipal } from './BPP-VPCE-4-any-principal';
import { NoInternetGateway } from './BPP-NET-1-no-internet-gateway';
import { NoPublicIp } from './BPP-NET-2-no-public-ip';
import { LogGroupKms } from './BPP-LOG-1-log-group-kms';
import { LogGroupRetention } from './BPP-LOG-2-log-group-retention';
import { InvocationLogDestinations } from './BPP-LOG-3-invocation-log-destinations';
import { InvocationLoggingOn } from './BPP-LOG-4-invocation-logging-on';
import { KeyRotation } from './BPP-KMS-1-key-rotation';
import { ConfusedDeputy } from './BPP-IAM-1-confused-deputy';
import { NoWildcardActions } from './BPP-IAM-2-no-wildcard-actions';
import { SeedEniStatements } from './BPP-JOB-1-seed-eni-statements';
import { OrganizationPolicyDenyOnly } from './BPP-ORG-1-deny-only';

/** The Bedrock private platform rule pack (help/compliance.md maps each rule to its control). */
export const BEDROCK_PRIVATE_PLATFORM_RULES: readonly GuardrailRule[] = [
  S3PublicAccessBlock,
  S3SseKms,
  S3Versioning,
  S3TlsOnly,
  S3VpcOnly,
  S3AccessLogging,
  EndpointPrivateDns,
  EndpointPolicy,
  EndpointSecurityGroup,
  EndpointAnyPrincipal,
  NoInternetGateway,
  NoPublicIp,
  LogGroupKms,
  LogGroupRetention,
  InvocationLogDestinations,
  InvocationLoggingOn,
  KeyRotation,
  ConfusedDeputy,
  NoWildcardActions,
  SeedEniStatements,
  OrganizationPolicyDenyOnly,
];
