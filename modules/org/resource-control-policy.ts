import { DATA_BUCKET_PURPOSES, bucketNamePattern } from '../../catalog/buckets';
import { invocationLogPatterns } from '../../catalog/invocation-logging';
import { DEPLOYER_DENIED_DATA, VPC_ONLY_ACTIONS } from '../buckets/bucket-policies';
import type { PolicyDocument, PolicyStatement } from '../../catalog/iam-policy';
import { compactConditions, policyDocument } from '../policy/document';
import { bucketAndObjectArns } from '../policy/s3';
import { ORGANIZATION_POLICY_MAX_BYTES, checkOrganizationPolicySize, collapseAccounts, organizationPolicySize } from './policy-size';

export interface DataPerimeterPolicyProps {
  /** The organization whose VPC endpoints are the only way in (aws:VpceOrgID), and whose principals alone are admitted (aws:PrincipalOrgID). */
  readonly organizationId: string;
  /** Name prefixes of the platform's environments: its data and invocation log buckets are matched by them. */
  readonly namePrefixes: readonly string[];
  /**
   * Principals exempt from the object-data perimeter: break-glass, data stewards and log readers of environments
   * that declare origins, and admitted service roles. Each bucket policy still limits what they may do. @default none
   */
  readonly exemptPrincipalArns?: readonly string[];
  /**
   * Terraform's identities and the CI plan roles: exempt only from listing and emptying (Terraform refreshes a
   * bucket with HeadBucket, and force_destroy empties it), never from reading or writing objects. @default none
   */
  readonly deployerArns?: readonly string[];
  /**
   * The organization's break-glass roles: the only principals that may set or delete a replication
   * configuration on the platform's buckets (nobody else, deployers included: the platform never
   * configures replication). @default none: nobody may
   */
  readonly breakGlassArns?: readonly string[];
  /**
   * People whose exemption holds only from their declared origins (data stewards, log readers), and those origins:
   * egress CIDRs (aws:SourceIp), or any VPC endpoint of this organization (a transfer network's). @default none
   */
  readonly originBound?: { readonly principalArns: readonly string[]; readonly sourceIps: readonly string[] };
}

/**
 * The resource control policy that keeps the platform's data and invocation log buckets VPC-only across
 * the organization, even where a bucket policy were loosened: the same data-plane actions the bucket
 * policies deny, denied to every principal unless the request comes through a VPC endpoint of this
 * organization. It is the organization-wide backstop; each bucket policy still pins its own gateway endpoint.
 *
 * Design choices (help/organization-guardrails.md):
 * - Buckets are selected by name (`<prefix>-*-<purpose>-*`), not by tag: an S3 tag in an RCP needs ABAC
 *   on each bucket, which provider 5.100.0 cannot enable, and a tag can be removed; a name cannot.
 * - `aws:VpceOrgID` instead of a list of VPC ids: the ids exist only after deploy, and a list grows with
 *   every environment. Absent (not through an endpoint) means denied (`...IfExists`).
 * - Exempt principals are ARN patterns (`*` for the account where one role name serves many accounts), so
 *   every one is pinned to the organization: principals outside it are denied everything here
 *   (aws:PrincipalOrgID), which is what keeps `arn:aws:iam::*:role/break-glass` from matching another
 *   AWS account's role of that name.
 * - AWS services acting as themselves (Bedrock delivering invocation logs) are carved out with
 *   `BoolIfExists aws:PrincipalIsAWSService = false`, as the bucket policy does; they still need its Allow.
 * - Replication: a replication configuration copies every new object through S3's replication service,
 *   outside any VPC endpoint. Its object actions (GetObjectVersionForReplication, ReplicateObject) are
 *   among the object data denied above, and PutReplicationConfiguration itself is denied to everyone but
 *   the organization's break-glass roles.
 * S3 supports RCPs; Bedrock does not, so Bedrock resources are guarded by SCPs and endpoint policies.
 */
export function dataPerimeterResourceControlPolicy(props: DataPerimeterPolicyProps): PolicyDocument {
  const exact = dataPerimeterDocument(props);
  if (organizationPolicySize(exact) <= ORGANIZATION_POLICY_MAX_BYTES) return exact;
  // Every environment adds its people's ARNs: an organization of many accounts collapses them to one
  // pattern per role name rather than outgrow the limit. The organization pin keeps them inside it.
  const originBound = props.originBound ? { ...props.originBound, principalArns: collapseAccounts(props.originBound.principalArns) } : undefined;
  const collapsed = { ...props, exemptPrincipalArns: collapseAccounts(props.exemptPrincipalArns ?? []), deployerArns: collapseAccounts(props.deployerArns ?? []), originBound };
  return checkOrganizationPolicySize('resource control policy', dataPerimeterDocument(collapsed));
}

function dataPerimeterDocument(props: DataPerimeterPolicyProps): PolicyDocument {
  if (props.namePrefixes.length === 0) throw new Error('the data-perimeter RCP needs at least one environment name prefix');
  const buckets = props.namePrefixes.flatMap((prefix) => [...DATA_BUCKET_PURPOSES.map((p) => bucketNamePattern(prefix, p)), invocationLogPatterns(prefix).bucketName]);
  // A pattern ending in `*` matches the bucket's objects too (`*` spans "/"), so it needs no `/*` twin.
  const resources = buckets.flatMap((b) => (b.endsWith('*') ? [`arn:aws:s3:::${b}`] : bucketAndObjectArns(b)));
  const exempt = props.exemptPrincipalArns ?? [];
  const objectData = new Set<string>(DEPLOYER_DENIED_DATA);
  const notAService = { BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } };
  const outsideOurEndpoints = (sid: string, actions: readonly string[], unless: readonly string[]): PolicyStatement => ({
    Sid: sid,
    Effect: 'Deny',
    Principal: '*',
    Action: [...actions],
    Resource: resources,
    Condition: compactConditions({
      StringNotEqualsIfExists: { 'aws:VpceOrgID': props.organizationId },
      ...notAService,
      ArnNotLikeIfExists: { 'aws:PrincipalArn': [...unless] },
    }),
  });
  const originBound = props.originBound?.principalArns.length ? props.originBound : undefined;
  return policyDocument('resource', [
    outsideOurEndpoints('EnforceVpcOnlyObjectDataOnPlatformBuckets', VPC_ONLY_ACTIONS.filter((a) => objectData.has(a)), exempt),
    outsideOurEndpoints('EnforceVpcOnlyListingAndDeletesOnPlatformBuckets', VPC_ONLY_ACTIONS.filter((a) => !objectData.has(a)), [...exempt, ...(props.deployerArns ?? [])]),
    {
      Sid: 'EnforceOrgIdentitiesOnPlatformBuckets',
      Effect: 'Deny',
      Principal: '*',
      Action: [...VPC_ONLY_ACTIONS, 's3:PutReplicationConfiguration'],
      Resource: resources,
      Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': props.organizationId }, ...notAService },
    },
    ...(originBound
      ? [
          {
            Sid: 'EnforceDeclaredOriginsOnPlatformBuckets',
            Effect: 'Deny' as const,
            Principal: '*' as const,
            Action: [...VPC_ONLY_ACTIONS],
            Resource: resources,
            Condition: compactConditions({
              ArnLike: { 'aws:PrincipalArn': [...originBound.principalArns] },
              NotIpAddressIfExists: { 'aws:SourceIp': [...originBound.sourceIps] },
              StringNotEqualsIfExists: { 'aws:VpceOrgID': props.organizationId },
            }),
          },
        ]
      : []),
    {
      Sid: 'DenyReplicationConfigurationOnPlatformBuckets',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutReplicationConfiguration',
      Resource: buckets.map((b) => `arn:aws:s3:::${b}`),
      ...(props.breakGlassArns?.length ? { Condition: { ArnNotLikeIfExists: { 'aws:PrincipalArn': [...props.breakGlassArns] } } } : {}),
    },
  ]);
}
