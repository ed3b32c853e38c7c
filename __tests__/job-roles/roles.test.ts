import { addressAt, policyOf, ref, resourceAt, resources, synthEnv, testEnv } from '../helpers/synth';
import { seedPolicies, substitute } from '../helpers/seeds';
import { bucketNames } from '../../catalog/buckets';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const env = testEnv({
  azIds: ['use1-az1', 'use1-az2', 'use1-az4'],
  jobs: { batchModelIds: ['anthropic.claude-3-haiku-20240307-v1:0'], batchInferenceProfileIds: ['us.amazon.nova-lite-v1:0'] },
});
const tf = synthEnv(env);
const names = bucketNames(env);
const subnetIds = env.azIds.map((az) => ref(tf, 'aws_subnet', `network/subnet-${az}`, 'id'));
const jobSg = ref(tf, 'aws_security_group', 'security-groups/jobs', 'id');
const inline = (role: string, name: string) => policyOf(resourceAt(tf, 'aws_iam_role_policy', `jobs/${role}/${name}`));

describe.each([
  ['customization-role', 'model-customization-job'],
  ['batch-inference-role', 'model-invocation-job'],
])('%s trust policy', (role, jobType) => {
  it('trusts only bedrock.amazonaws.com, only for this account\'s jobs of its kind (confused deputy)', () => {
    expect(policyOf(resourceAt(tf, 'aws_iam_role', `jobs/${role}/role`), 'assume_role_policy')).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AllowServiceToAssumeForThisAccountOnly',
          Effect: 'Allow',
          Principal: { Service: 'bedrock.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT }, ArnLike: { 'aws:SourceArn': `arn:aws:bedrock:${REGION}:${ACCOUNT}:${jobType}/*` } },
        },
      ],
    });
  });
});

describe('ENI permissions equal the seeds with our ARNs substituted, statement by statement', () => {
  const subnetArns = subnetIds.map((id) => `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/${id}`);
  const sgArn = `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/${jobSg}`;

  it('customization role = seed 000 (five statements, subnet list widened to our three subnets)', () => {
    const seed = seedPolicies('000')[2];
    const filled = substitute(seed, [
      ['arn:aws:ec2:region:account-id', `arn:aws:ec2:${REGION}:${ACCOUNT}`],
      ['arn:aws:bedrock:region:account-id', `arn:aws:bedrock:${REGION}:${ACCOUNT}`],
      ['security-group/security-group-id', `security-group/${jobSg}`],
    ]);
    // The seed lists two example subnets; ours are the environment's subnets, in the same places.
    const seedSubnets = [`arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/subnet-id`, `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/subnet-id2`];
    const expected = JSON.parse(JSON.stringify(filled).split(JSON.stringify(seedSubnets).slice(1, -1)).join(JSON.stringify(subnetArns).slice(1, -1)));
    const ours = inline('customization-role', 'vpc-eni');
    expect(ours.Statement).toHaveLength(expected.Statement.length);
    expected.Statement.forEach((statement: unknown, i: number) => expect(ours.Statement[i]).toEqual(statement));
    expect(JSON.stringify(ours)).not.toMatch(/subnet-id|account-id|:region:/);
  });

  it('batch inference role = seed 001 (Sids 1-4, subnet list widened to our three subnets)', () => {
    const seed = seedPolicies('001')[0];
    const filled = substitute(seed, [
      ['${{region}}', REGION],
      ['${{account-id}}', ACCOUNT],
      ['${{security-group-id}}', jobSg],
    ]);
    const seedSubnet = JSON.stringify(`arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/\${{subnet-id}}`);
    const expected = JSON.parse(JSON.stringify(filled).split(seedSubnet).join(JSON.stringify(subnetArns).slice(1, -1)));
    const ours = inline('batch-inference-role', 'vpc-eni');
    expect(ours.Statement.map((s) => s.Sid)).toEqual(['1', '2', '3', '4']);
    expected.Statement.forEach((statement: unknown, i: number) => expect(ours.Statement[i]).toEqual(statement));
    expect(JSON.stringify(ours)).toContain(`"${sgArn}"`);
  });
});

describe('data and model permissions', () => {
  const arns = (...buckets: string[]) => buckets.flatMap((b) => [`arn:aws:s3:::${b}`, `arn:aws:s3:::${b}/*`]);
  const dataKey = ref(tf, 'aws_kms_key', 'data/data-key/key', 'arn');
  const useKey = {
    Sid: 'UseDataKeyThroughS3',
    Effect: 'Allow',
    Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
    Resource: dataKey,
    Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
  };

  it('customization role reads training and validation, writes customization output: exact buckets', () => {
    expect(inline('customization-role', 'data-access').Statement).toEqual([
      { Sid: 'ReadInputData', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: arns(names.training, names.validation) },
      { Sid: 'WriteOutputData', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'], Resource: arns(names.customizationOutput) },
      useKey,
    ]);
  });

  it('batch role reads batch input, writes batch output: exact buckets', () => {
    expect(inline('batch-inference-role', 'data-access').Statement).toEqual([
      { Sid: 'ReadInputData', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: arns(names.batchInput) },
      { Sid: 'WriteOutputData', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'], Resource: arns(names.batchOutput) },
      useKey,
    ]);
  });

  it('batch role invokes only the configured models and inference profiles', () => {
    const profile = `arn:aws:bedrock:${REGION}:${ACCOUNT}:inference-profile/us.amazon.nova-lite-v1:0`;
    expect(inline('batch-inference-role', 'invoke-models').Statement).toEqual([
      { Sid: 'InvokeConfiguredModels', Effect: 'Allow', Action: ['bedrock:InvokeModel'], Resource: [`arn:aws:bedrock:${REGION}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0`] },
      { Sid: 'InvokeConfiguredInferenceProfiles', Effect: 'Allow', Action: ['bedrock:InvokeModel'], Resource: [profile] },
      {
        Sid: 'InvokeProfileModelsThroughProfileOnly',
        Effect: 'Allow',
        Action: ['bedrock:InvokeModel'],
        Resource: ['arn:aws:bedrock:*::foundation-model/amazon.nova-lite-v1:0'],
        Condition: { StringLike: { 'bedrock:InferenceProfileArn': [profile] } },
      },
    ]);
  });

  it('gives the batch role no invoke permission when no model is configured', () => {
    const bare = synthEnv(testEnv());
    expect(resources(bare, 'aws_iam_role_policy').map(([, p]) => p.name)).not.toContain('invoke-models');
  });
});

describe('job submitter policy', () => {
  it('passes exactly the two job roles, only to Bedrock', () => {
    const doc = policyOf(resourceAt(tf, 'aws_iam_policy', 'jobs/submitter-policy'));
    expect(doc.Statement.find((s) => s.Sid === 'PassOnlyTheJobRolesToBedrock')).toEqual({
      Sid: 'PassOnlyTheJobRolesToBedrock',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: [ref(tf, 'aws_iam_role', 'jobs/customization-role/role', 'arn'), ref(tf, 'aws_iam_role', 'jobs/batch-inference-role/role', 'arn')],
      Condition: { StringEquals: { 'iam:PassedToService': 'bedrock.amazonaws.com' } },
    });
  });

  it('creates, gets, lists and stops both job kinds, deploys custom models and manages the deployments, and tags them', () => {
    const actions = policyOf(resourceAt(tf, 'aws_iam_policy', 'jobs/submitter-policy')).Statement.flatMap((s) => [s.Action].flat() as string[]);
    expect(actions.sort()).toEqual([
      'bedrock:CreateCustomModelDeployment',
      'bedrock:CreateModelCustomizationJob',
      'bedrock:CreateModelInvocationJob',
      'bedrock:DeleteCustomModelDeployment',
      'bedrock:GetCustomModel',
      'bedrock:GetCustomModelDeployment',
      'bedrock:GetModelCustomizationJob',
      'bedrock:GetModelInvocationJob',
      'bedrock:ListCustomModelDeployments',
      'bedrock:ListModelCustomizationJobs',
      'bedrock:ListModelInvocationJobs',
      'bedrock:ListTagsForResource',
      'bedrock:StopModelCustomizationJob',
      'bedrock:StopModelInvocationJob',
      'bedrock:TagResource',
      'bedrock:UpdateCustomModelDeployment',
      'iam:PassRole',
    ]);
  });
});

describe('least privilege across every policy the stack writes', () => {
  const documents = [
    ...resources(tf, 'aws_iam_role_policy').map(([n, r]) => [n, r.policy]),
    ...resources(tf, 'aws_iam_policy').map(([n, r]) => [n, r.policy]),
  ].map(([n, p]) => [n, JSON.parse(p as string)] as [string, { Statement: Array<Record<string, unknown>> }]);

  it('never allows Action "*"', () => {
    for (const [, doc] of documents) for (const s of doc.Statement) if (s.Effect === 'Allow') expect([s.Action].flat()).not.toContain('*');
  });

  it('uses Resource "*" only for reads and where the seeds use it under conditions', () => {
    // The seeds' own Resource "*" statements: the describe calls, and ENI permission/delete calls under conditions.
    const seedStarActions = new Set(['ec2:DescribeNetworkInterfaces', 'ec2:DescribeVpcs', 'ec2:DescribeDhcpOptions', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups']);
    const seedConditionedStar = new Set(['ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface', 'ec2:DeleteNetworkInterfacePermission']);
    for (const [name, doc] of documents) {
      for (const s of doc.Statement) {
        if (!([s.Resource].flat() as string[]).includes('*')) continue;
        for (const action of [s.Action].flat() as string[]) {
          const ok = seedStarActions.has(action) || (seedConditionedStar.has(action) && s.Condition !== undefined) || /^bedrock:List/.test(action);
          if (!ok) throw new Error(`${name}: ${action} on Resource "*"`);
        }
      }
    }
  });

  it('role and policy addresses are stable public API', () => {
    expect(addressAt(tf, 'aws_iam_role', 'jobs/customization-role/role')).toMatch(/^aws_iam_role\.jobs_customization-role_[0-9A-F]{8}$/);
    expect(resourceAt(tf, 'aws_iam_role', 'jobs/customization-role/role').name).toBe('bedrock-test-customization-job');
    expect(resourceAt(tf, 'aws_iam_role', 'jobs/batch-inference-role/role').name).toBe('bedrock-test-batch-inference-job');
  });
});
