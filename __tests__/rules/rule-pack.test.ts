import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TerraformStack } from '../../framework';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { BedrockModelInvocationLoggingConfiguration } from '@cdktf/provider-aws/lib/bedrock-model-invocation-logging-configuration';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { OrganizationsPolicy } from '@cdktf/provider-aws/lib/organizations-policy';
import { BEDROCK_PRIVATE_PLATFORM_RULES } from '../../rules/pack';
import type { GuardrailRule } from '../../rules/types';
import { ACCOUNT, REGION, bucket, findings, fixtureStack } from './fixtures';
import { policyDocument, policyJson } from '../../modules/policy/document';
import { serviceTrustPolicy } from '../../modules/policy/trust';
import { tlsOnlyStatement, vpcOnlyBucketPolicy } from '../../modules/buckets/bucket-policies';
import { bedrockEndpointPolicy } from '../../modules/endpoints/policies';
import { BedrockJobRole } from '../../modules/job-roles/bedrock-job-role';
import { ModelInvocationLogging } from '../../modules/invocation-logging/model-invocation-logging';
import { platformServiceControlPolicy } from '../../modules/org/service-control-policy';
import { EndpointPolicy } from '../../rules/BPP-VPCE-2-endpoint-policy';
import { EndpointAnyPrincipal } from '../../rules/BPP-VPCE-4-any-principal';
import { jobArnPattern, jobEniStatements } from '../../catalog/job-kinds';

/**
 * Every rule of the pack with a passing fixture, a failing fixture, and that failing fixture with a
 * suppression for the failing construct. `failing` returns the construct path (relative to the stack)
 * the rule must report.
 */
interface RuleFixtures {
  readonly passing: (stack: TerraformStack) => void;
  readonly failing: (stack: TerraformStack) => string;
  /** What the failure detail must mention. */
  readonly because: RegExp;
  /** The rule flags resources that must not exist, so a compliant stack yields no finding at all. */
  readonly passIsAbsence?: true;
}

const vpcOnly = (name: string) => vpcOnlyBucketPolicy({ bucket: `${name}-bucket`, vpcId: 'vpc-1', vpcEndpointId: 'vpce-1', exemptPrincipalArns: [] });
const fullBucket = { publicAccessBlock: true, encryption: 'kms', versioning: true, logging: true } as const;

function network(stack: TerraformStack) {
  const vpc = new Vpc(stack, 'vpc', { cidrBlock: '10.0.0.0/16' });
  const subnet = new Subnet(stack, 'subnet', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24', mapPublicIpOnLaunch: false });
  const sg = new SecurityGroup(stack, 'sg', { vpcId: vpc.id, description: 'endpoints' });
  return { vpc, subnet, sg };
}

function interfaceEndpoint(stack: TerraformStack, props: { privateDns?: boolean; policy?: string; securityGroupIds?: string[] }) {
  const { vpc, sg } = network(stack);
  new VpcEndpoint(stack, 'endpoint', {
    vpcId: vpc.id,
    serviceName: `com.amazonaws.${REGION}.bedrock-runtime`,
    vpcEndpointType: 'Interface',
    privateDnsEnabled: props.privateDns ?? true,
    securityGroupIds: props.securityGroupIds ?? [sg.id],
    ...(props.policy === undefined ? {} : { policy: props.policy }),
  });
  return sg;
}

const runtimePolicy = policyJson(bedrockEndpointPolicy({ service: 'bedrock-runtime', accountId: ACCOUNT }));
const OAUTH_RUNTIME = `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/support-agent-a1b2c3`;
const oauthPolicy = policyJson(bedrockEndpointPolicy({ service: 'bedrock-agentcore', accountId: ACCOUNT, oauthResourceArns: [OAUTH_RUNTIME] }));

/** The platform's logging construct, with fixture ids: what BPP-LOG-3 must accept. */
function invocationLogging(stack: TerraformStack) {
  const { vpc } = network(stack);
  new ModelInvocationLogging(stack, 'logging', {
    environment: { namePrefix: 'bedrock', name: 'fx', accountId: ACCOUNT, region: REGION },
    destinations: ['cloudWatchLogs', 's3'],
    retentionDays: 365,
    dataTypes: { text: true, image: true, embedding: true, video: true },
    logsKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/logs`,
    vpcId: vpc.id,
    s3GatewayEndpointId: 'vpce-1',
    accessLogBucket: 'access-logs',
    noncurrentVersionExpirationDays: 30,
    deletionWindowDays: 7,
    preventDestroy: false,
  });
}
const bedrockTrust = policyJson(serviceTrustPolicy({ service: 'bedrock.amazonaws.com', sourceAccount: ACCOUNT, sourceArnLike: jobArnPattern('customization', REGION, ACCOUNT) }));

const FIXTURES: Record<string, RuleFixtures> = {
  'BPP-S3-1': {
    passing: (s) => bucket(s, 'data', fullBucket),
    failing: (s) => (bucket(s, 'data', { ...fullBucket, publicAccessBlock: false }), 'data'),
    because: /public_access_block/,
  },
  'BPP-S3-2': {
    passing: (s) => bucket(s, 'data', fullBucket),
    failing: (s) => (bucket(s, 'data', { ...fullBucket, encryption: 's3' }), 'data'),
    because: /AES256, not aws:kms/,
  },
  'BPP-S3-3': {
    passing: (s) => bucket(s, 'data', fullBucket),
    failing: (s) => (bucket(s, 'data', { ...fullBucket, versioning: false }), 'data'),
    because: /versioning/,
  },
  'BPP-S3-4': {
    passing: (s) => bucket(s, 'data', { ...fullBucket, policy: vpcOnly('data') }),
    failing: (s) => (bucket(s, 'data', { ...fullBucket, policy: policyDocument('resource', [vpcOnly('data').Statement[1]]) }), 'data'),
    because: /SecureTransport/,
  },
  'BPP-S3-5': {
    passing: (s) => bucket(s, 'data', { ...fullBucket, policy: vpcOnly('data') }),
    failing: (s) => (bucket(s, 'data', { ...fullBucket, policy: policyDocument('resource', [tlsOnlyStatement('data-bucket')]) }), 'data'),
    because: /aws:SourceVpc/,
  },
  'BPP-S3-6': {
    passing: (s) => bucket(s, 'data', fullBucket),
    failing: (s) => (bucket(s, 'data', { ...fullBucket, logging: false }), 'data'),
    because: /aws_s3_bucket_logging/,
  },
  'BPP-VPCE-1': {
    passing: (s) => interfaceEndpoint(s, { policy: runtimePolicy }),
    failing: (s) => (interfaceEndpoint(s, { policy: runtimePolicy, privateDns: false }), 'endpoint'),
    because: /private_dns_enabled/,
  },
  'BPP-VPCE-2': {
    passing: (s) => interfaceEndpoint(s, { policy: runtimePolicy }),
    failing: (s) => (interfaceEndpoint(s, {}), 'endpoint'),
    because: /default endpoint policy/,
  },
  'BPP-VPCE-4': {
    passing: (s) => interfaceEndpoint(s, { policy: runtimePolicy }),
    failing: (s) => (interfaceEndpoint(s, { policy: oauthPolicy }), 'endpoint'),
    because: /statement AllowOAuthCallersToNamedResources admits any principal to bedrock-agentcore:InvokeAgentRuntime on arn:aws:bedrock-agentcore:/,
  },
  'BPP-VPCE-3': {
    passing: (s) => {
      const sg = interfaceEndpoint(s, { policy: runtimePolicy });
      new VpcSecurityGroupIngressRule(s, 'in', { securityGroupId: sg.id, cidrIpv4: '10.0.0.0/16', ipProtocol: 'tcp', fromPort: 443, toPort: 443 });
    },
    failing: (s) => {
      const sg = interfaceEndpoint(s, { policy: runtimePolicy });
      new VpcSecurityGroupIngressRule(s, 'in', { securityGroupId: sg.id, cidrIpv4: '0.0.0.0/0', ipProtocol: 'tcp', fromPort: 443, toPort: 443 });
      return 'endpoint';
    },
    because: /allows 0\.0\.0\.0\/0/,
  },
  'BPP-NET-1': {
    passing: (s) => network(s),
    failing: (s) => {
      const { vpc, subnet } = network(s);
      new InternetGateway(s, 'igw', { vpcId: vpc.id });
      new NatGateway(s, 'nat', { subnetId: subnet.id, connectivityType: 'private' });
      return 'igw';
    },
    because: /internet gateway opens a path/,
    passIsAbsence: true,
  },
  'BPP-NET-2': {
    passing: (s) => network(s),
    failing: (s) => {
      const { vpc } = network(s);
      new Subnet(s, 'public', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24', mapPublicIpOnLaunch: true });
      return 'public';
    },
    because: /map_public_ip_on_launch/,
  },
  'BPP-LOG-1': {
    passing: (s) => new CloudwatchLogGroup(s, 'logs', { name: 'l', retentionInDays: 30, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k' }),
    failing: (s) => (new CloudwatchLogGroup(s, 'logs', { name: 'l', retentionInDays: 30 }), 'logs'),
    because: /kms_key_id/,
  },
  'BPP-LOG-2': {
    passing: (s) => new CloudwatchLogGroup(s, 'logs', { name: 'l', retentionInDays: 30, kmsKeyId: 'k' }),
    failing: (s) => (new CloudwatchLogGroup(s, 'logs', { name: 'l', kmsKeyId: 'k' }), 'logs'),
    because: /kept forever/,
  },
  'BPP-LOG-3': {
    passing: (s) => invocationLogging(s),
    failing: (s) => {
      const group = new CloudwatchLogGroup(s, 'logs', { name: 'l', retentionInDays: 30 });
      const role = new IamRole(s, 'role', { assumeRolePolicy: bedrockTrust });
      new BedrockModelInvocationLoggingConfiguration(s, 'config', { loggingConfig: [{ cloudwatchConfig: [{ logGroupName: group.name, roleArn: role.arn }] }] });
      return 'config';
    },
    because: /log group fixture\/logs: no kms_key_id; log group fixture\/logs keeps events 30 days/,
  },
  'BPP-LOG-4': {
    passing: (s) => {
      interfaceEndpoint(s, { policy: runtimePolicy });
      new BedrockModelInvocationLoggingConfiguration(s, 'config', { loggingConfig: [{ s3Config: [{ bucketName: 'logs' }] }] });
    },
    failing: (s) => (interfaceEndpoint(s, { policy: runtimePolicy }), 'endpoint'),
    because: /calls through this endpoint leave no record of prompts and responses/,
  },
  'BPP-ORG-1': {
    passing: (s) =>
      new OrganizationsPolicy(s, 'scp', {
        name: 'guardrails',
        type: 'SERVICE_CONTROL_POLICY',
        content: policyJson(platformServiceControlPolicy({ namePrefixes: ['bedrock'], deployerRoleArns: ['arn:aws:iam::*:role/deployer'], submitterRoleArns: ['arn:aws:iam::*:role/submitter'] })),
      }),
    failing: (s) => {
      const allow = policyDocument('identity', [{ Sid: 'LooksLikeAGrant', Effect: 'Allow', Action: 'bedrock:InvokeModel', Resource: '*' }]);
      new OrganizationsPolicy(s, 'scp', { name: 'allow', type: 'SERVICE_CONTROL_POLICY', content: policyJson(allow) });
      return 'scp';
    },
    because: /statement LooksLikeAGrant is not a Deny/,
  },
  'BPP-KMS-1': {
    passing: (s) => new KmsKey(s, 'key', { enableKeyRotation: true }),
    failing: (s) => (new KmsKey(s, 'key', { enableKeyRotation: false }), 'key'),
    because: /enable_key_rotation/,
  },
  'BPP-IAM-1': {
    passing: (s) => new IamRole(s, 'role', { assumeRolePolicy: bedrockTrust }),
    failing: (s) => {
      const trust = policyDocument('resource', [{ Effect: 'Allow', Principal: { Service: 'bedrock.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } } }]);
      new IamRole(s, 'role', { assumeRolePolicy: policyJson(trust) });
      return 'role';
    },
    because: /without aws:SourceArn/,
  },
  'BPP-IAM-2': {
    passing: (s) => new IamPolicy(s, 'policy', { policy: policyJson(policyDocument('identity', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }])) }),
    failing: (s) => (new IamPolicy(s, 'policy', { policy: policyJson(policyDocument('identity', [{ Effect: 'Allow', Action: '*', Resource: '*' }])) }), 'policy'),
    because: /allows every action/,
  },
  'BPP-JOB-1': {
    passing: (s) => {
      const { subnet, sg } = network(s);
      new BedrockJobRole(s, 'job', { kind: 'customization', roleName: 'job', description: 'd', eniScope: { region: REGION, accountId: ACCOUNT, subnetIds: [subnet.id], securityGroupId: sg.id } });
    },
    failing: (s) => {
      const { subnet, sg } = network(s);
      const role = new IamRole(s, 'role', { assumeRolePolicy: bedrockTrust });
      // Seed 000 without its delete statement (the one that requires BedrockManaged).
      const statements = jobEniStatements('customization', { region: REGION, accountId: ACCOUNT, subnetIds: [subnet.id], securityGroupId: sg.id }).filter(
        (st) => !String(st.Action).includes('DeleteNetworkInterface'),
      );
      new IamRolePolicy(s, 'eni', { role: role.name, policy: policyJson(policyDocument('identity', statements)) });
      return 'role';
    },
    because: /seed 000 statements missing or altered: .*DeleteNetworkInterface/,
  },
};

const cases = BEDROCK_PRIVATE_PLATFORM_RULES.map((rule) => [rule.id, rule] as const);

describe('rule pack', () => {
  it('has fixtures for every rule and no fixture without a rule', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(BEDROCK_PRIVATE_PLATFORM_RULES.map((r) => r.id).sort());
  });

  it('names every rule file by its id', () => {
    // One rule a file, named `<id>-<slug>.ts` (cdk-nag's layout).
    const files = readdirSync(join(__dirname, '../../rules'));
    for (const rule of BEDROCK_PRIVATE_PLATFORM_RULES) expect(files.filter((f) => f.startsWith(`${rule.id}-`))).toHaveLength(1);
  });

  describe.each(cases)('%s', (_id, rule: GuardrailRule) => {
    const fixtures = FIXTURES[rule.id];

    it('passes the compliant fixture', () => {
      const stack = fixtureStack();
      fixtures.passing(stack);
      const results = findings(stack, rule);
      if (!fixtures.passIsAbsence) expect(results.length).toBeGreaterThan(0);
      expect(results.filter((f) => f.status !== 'pass')).toEqual([]);
    });

    it('fails the non-compliant fixture at the offending construct, saying why', () => {
      const stack = fixtureStack();
      const path = fixtures.failing(stack);
      const failed = findings(stack, rule).filter((f) => f.status === 'fail');
      expect(failed.map((f) => f.path)).toContain(`fixture/${path}`);
      expect(failed.find((f) => f.path === `fixture/${path}`)?.detail).toMatch(fixtures.because);
    });

    it('reports the failure as suppressed, with the reason, when a suppression names the rule and the construct', () => {
      const stack = fixtureStack();
      const path = fixtures.failing(stack);
      const reason = 'Accepted in this fixture: the exception is documented here.';
      const results = findings(stack, rule, [{ ruleId: rule.id, path, reason }]);
      const target = results.find((f) => f.path === `fixture/${path}`);
      expect(target).toMatchObject({ status: 'suppressed', suppressionReason: reason });
      expect(target?.detail).toMatch(fixtures.because);
    });
  });
});

describe('endpoint policies with Principal "*" (BPP-VPCE-2 and BPP-VPCE-4 split the work)', () => {
  const statusOf = (rule: GuardrailRule, policy: string) => {
    const stack = fixtureStack();
    interfaceEndpoint(stack, { policy });
    return findings(stack, rule).map((f) => f.status);
  };
  const anyoneAnywhere = policyJson(policyDocument('resource', [{ Effect: 'Allow', Principal: '*', Action: ['bedrock:InvokeModel'], Resource: '*' }]));

  it('BPP-VPCE-2 fails any principal on every resource without a condition: no justification can excuse it', () => {
    expect(statusOf(EndpointPolicy, anyoneAnywhere)).toEqual(['fail']);
    expect(statusOf(EndpointAnyPrincipal, anyoneAnywhere)).toEqual(['fail']);
  });

  it('the AgentCore OAuth statement (named runtimes only) passes BPP-VPCE-2 and is left to BPP-VPCE-4, which a justification can suppress', () => {
    expect(statusOf(EndpointPolicy, oauthPolicy)).toEqual(['pass']);
    expect(statusOf(EndpointAnyPrincipal, oauthPolicy)).toEqual(['fail']);
  });

  it('BPP-VPCE-2 lets through only the exact OAuth shape: the invoke action on named runtimes or gateways of its type', () => {
    const open = (actions: string[], resources: string[]) => policyJson(policyDocument('resource', [{ Effect: 'Allow', Principal: '*', Action: actions, Resource: resources }]));
    const runtime = (id: string) => `arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:runtime/${id}`;
    expect(statusOf(EndpointPolicy, open(['bedrock-agentcore:InvokeAgentRuntime'], [runtime('support-*'), `${runtime('a1')}/runtime-endpoint/*`]))).toEqual(['pass']);
    expect(statusOf(EndpointPolicy, open(['bedrock-agentcore:InvokeAgentRuntime'], [runtime('*')]))).toEqual(['fail']);
    expect(statusOf(EndpointPolicy, open(['bedrock-agentcore:InvokeAgentRuntime', 'bedrock-agentcore:GetMemoryRecord'], [runtime('a1')]))).toEqual(['fail']);
    expect(statusOf(EndpointPolicy, open(['bedrock-agentcore:InvokeGateway'], [runtime('a1')]))).toEqual(['fail']);
    expect(statusOf(EndpointPolicy, open(['bedrock:InvokeModel'], [`arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0`]))).toEqual(['fail']);
    // Written as raw JSON: the project's policy types have no NotResource, which is the point.
    const notResource = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: ['bedrock:InvokeModel'], NotResource: ['arn:aws:bedrock:*:*:x'], Condition: { StringEquals: { 'aws:PrincipalAccount': ACCOUNT } } }] });
    const stack = fixtureStack();
    interfaceEndpoint(stack, { policy: notResource });
    expect(findings(stack, EndpointPolicy).map((f) => [f.status, f.detail])).toEqual([['fail', 'statement #1 allows NotResource']]);
  });

  it('an S3 gateway or seed 004 statement with aws:PrincipalAccount passes both', () => {
    expect(statusOf(EndpointPolicy, runtimePolicy)).toEqual(['pass']);
    expect(statusOf(EndpointAnyPrincipal, runtimePolicy)).toEqual(['pass']);
  });
});
