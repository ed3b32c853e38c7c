import { ref, resourceAt, resources, synthEnv, testEnv, policyOf } from '../helpers/synth';
import { expectInterfaceEndpoint } from '../helpers/endpoints';
import { seedPolicies } from '../helpers/seeds';
import { bucketNames } from '../../catalog/buckets';

const env = testEnv();
const tf = synthEnv(env);
const buckets = bucketNames(env);

const SERVICES = ['bedrock', 'bedrock-runtime', 'bedrock-agent', 'bedrock-agent-runtime'] as const;
const EXPECTED_ACTIONS: Record<(typeof SERVICES)[number], string[]> = {
  bedrock: [
    'bedrock:CreateCustomModelDeployment',
    'bedrock:CreateEvaluationJob',
    'bedrock:CreateModelCopyJob',
    'bedrock:CreateModelCustomizationJob',
    'bedrock:CreateModelImportJob',
    'bedrock:CreateModelInvocationJob',
    'bedrock:CreateProvisionedModelThroughput',
    'bedrock:DeleteCustomModelDeployment',
    'bedrock:DeleteProvisionedModelThroughput',
    'bedrock:DeleteResourcePolicy',
    'bedrock:GetAccountDataRetention',
    'bedrock:GetCustomModel',
    'bedrock:GetCustomModelDeployment',
    'bedrock:GetEvaluationJob',
    'bedrock:GetFoundationModel',
    'bedrock:GetGuardrail',
    'bedrock:GetImportedModel',
    'bedrock:GetInferenceProfile',
    'bedrock:GetModelCopyJob',
    'bedrock:GetModelCustomizationJob',
    'bedrock:GetModelImportJob',
    'bedrock:GetModelInvocationJob',
    'bedrock:GetModelInvocationLoggingConfiguration',
    'bedrock:GetProvisionedModelThroughput',
    'bedrock:GetResourcePolicy',
    'bedrock:ListCustomModelDeployments',
    'bedrock:ListCustomModels',
    'bedrock:ListEvaluationJobs',
    'bedrock:ListFoundationModels',
    'bedrock:ListGuardrails',
    'bedrock:ListImportedModels',
    'bedrock:ListInferenceProfiles',
    'bedrock:ListModelCopyJobs',
    'bedrock:ListModelCustomizationJobs',
    'bedrock:ListModelImportJobs',
    'bedrock:ListModelInvocationJobs',
    'bedrock:ListProvisionedModelThroughputs',
    'bedrock:ListTagsForResource',
    'bedrock:PutResourcePolicy',
    'bedrock:StopEvaluationJob',
    'bedrock:StopModelCustomizationJob',
    'bedrock:StopModelInvocationJob',
    'bedrock:TagResource',
    'bedrock:UpdateCustomModelDeployment',
    'bedrock:UpdateProvisionedModelThroughput',
  ],
  'bedrock-runtime': [
    'bedrock:ApplyGuardrail',
    'bedrock:CountTokens',
    'bedrock:GetAsyncInvoke',
    'bedrock:InvokeModel',
    'bedrock:InvokeModelWithResponseStream',
    'bedrock:ListAsyncInvokes',
  ],
  'bedrock-agent': [
    'bedrock:GetAgent',
    'bedrock:GetAgentAlias',
    'bedrock:GetDataSource',
    'bedrock:GetIngestionJob',
    'bedrock:GetKnowledgeBase',
    'bedrock:ListAgentAliases',
    'bedrock:ListAgents',
    'bedrock:ListDataSources',
    'bedrock:ListIngestionJobs',
    'bedrock:ListKnowledgeBases',
    'bedrock:StartIngestionJob',
  ],
  'bedrock-agent-runtime': [
    'bedrock:CreateInvocation',
    'bedrock:CreateSession',
    'bedrock:DeleteSession',
    'bedrock:EndSession',
    'bedrock:GetInvocationStep',
    'bedrock:GetSession',
    'bedrock:InvokeAgent',
    'bedrock:InvokeFlow',
    'bedrock:InvokeInlineAgent',
    'bedrock:InvokeModel',
    'bedrock:ListInvocationSteps',
    'bedrock:ListInvocations',
    'bedrock:ListSessions',
    'bedrock:ListTagsForResource',
    'bedrock:PutInvocationStep',
    'bedrock:Rerank',
    'bedrock:Retrieve',
    'bedrock:RetrieveAndGenerate',
    'bedrock:TagResource',
    'bedrock:UntagResource',
    'bedrock:UpdateSession',
  ],
};

describe('Bedrock interface endpoints', () => {
  it('creates exactly the four services of seed 004 plus the S3 gateway', () => {
    expect(resources(tf, 'aws_vpc_endpoint').map(([, e]) => e.service_name).sort()).toEqual(
      ['bedrock', 'bedrock-agent', 'bedrock-agent-runtime', 'bedrock-runtime', 's3'].map((s) => `com.amazonaws.us-east-1.${s}`),
    );
  });

  it.each(SERVICES)('%s: private DNS, the endpoint security group, subnets filtered by the service\'s AZs, and the plan-time checks', (service) => {
    expectInterfaceEndpoint(tf, env, service);
  });

  it('resolves every AZ ID to its name with a data source (the filter works on names)', () => {
    expect(Object.values(tf.data!.aws_availability_zone).map((d) => d.zone_id)).toEqual(env.azIds);
  });

  it.each(SERVICES)('%s: the exact least-privilege policy for this account', (service) => {
    expect(policyOf(resourceAt(tf, 'aws_vpc_endpoint', `bedrock-endpoints/${service}`))).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AllowThisAccountOnly',
          Effect: 'Allow',
          Principal: '*',
          Action: EXPECTED_ACTIONS[service],
          Resource: '*',
          Condition: { StringEquals: { 'aws:PrincipalAccount': '123456789012' } },
        },
      ],
    });
  });

  it('the runtime policy keeps seed 004\'s actions and resource, narrowed to this account', () => {
    const [seed] = seedPolicies('004');
    const ours = policyOf(resourceAt(tf, 'aws_vpc_endpoint', 'bedrock-endpoints/bedrock-runtime')).Statement[0];
    const seedStatement = seed.Statement[0];
    // Seed 004's two actions, plus guardrails, token counting and async invoke (help/endpoints.md, R5-R8).
    expect(ours.Action).toEqual(expect.arrayContaining(seedStatement.Action as string[]));
    expect(ours.Resource).toEqual(seedStatement.Resource);
    expect(ours.Principal).toEqual(seedStatement.Principal);
    expect(ours.Condition).toEqual({ StringEquals: { 'aws:PrincipalAccount': '123456789012' } });
  });

  it('narrows, extends and restricts per environment', () => {
    const custom = testEnv({
      endpoints: {
        services: ['bedrock-runtime', 'bedrock'],
        principalOrgId: 'o-abcdefghij',
        allowedPrincipalArns: ['arn:aws:iam::123456789012:role/App'],
        removeActions: { 'bedrock-runtime': ['bedrock:InvokeModelWithResponseStream', 'bedrock:GetAsyncInvoke', 'bedrock:ListAsyncInvokes'] },
        extraActions: { bedrock: ['bedrock:CreateInferenceProfile'] },
      },
    });
    const out = synthEnv(custom);
    expect(resources(out, 'aws_vpc_endpoint')).toHaveLength(3);
    expect(policyOf(resourceAt(out, 'aws_vpc_endpoint', 'bedrock-endpoints/bedrock-runtime')).Statement[0]).toEqual({
      Sid: 'AllowThisAccountOnly',
      Effect: 'Allow',
      Principal: '*',
      Action: ['bedrock:ApplyGuardrail', 'bedrock:CountTokens', 'bedrock:InvokeModel'],
      Resource: '*',
      Condition: {
        StringEquals: { 'aws:PrincipalAccount': '123456789012', 'aws:PrincipalOrgID': 'o-abcdefghij' },
        ArnLike: { 'aws:PrincipalArn': ['arn:aws:iam::123456789012:role/App'] },
      },
    });
    expect(policyOf(resourceAt(out, 'aws_vpc_endpoint', 'bedrock-endpoints/bedrock')).Statement[0].Action).toContain('bedrock:CreateInferenceProfile');
  });

  it('refuses, in config, a policy narrowed to no action at all', () => {
    expect(() => testEnv({ endpoints: { removeActions: { 'bedrock-agent-runtime': EXPECTED_ACTIONS['bedrock-agent-runtime'] } } })).toThrow(
      'endpoints.removeActions.bedrock-agent-runtime: the bedrock-agent-runtime endpoint policy would allow no action; remove fewer actions, or drop "bedrock-agent-runtime" from endpoints.services',
    );
  });
});

describe('S3 gateway endpoint', () => {
  const gateway = resourceAt(tf, 'aws_vpc_endpoint', 's3-gateway/endpoint');

  it('is a gateway endpoint on every private route table', () => {
    expect(gateway).toMatchObject({
      vpc_endpoint_type: 'Gateway',
      service_name: 'com.amazonaws.us-east-1.s3',
      route_table_ids: [ref(tf, 'aws_route_table', 'network/private-rt', 'id')],
    });
    expect(resources(tf, 'aws_route_table')).toHaveLength(1);
  });

  it('allows reads of the input buckets and writes of the output buckets, for this account only', () => {
    const arns = (...names: string[]) => names.flatMap((b) => [`arn:aws:s3:::${b}`, `arn:aws:s3:::${b}/*`]);
    expect(policyOf(gateway)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'RestrictAccessToTrainingBucket',
          Effect: 'Allow',
          Principal: '*',
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: arns(buckets.training, buckets.validation, buckets.batchInput),
          Condition: { StringEquals: { 'aws:PrincipalAccount': '123456789012' } },
        },
        {
          Sid: 'RestrictAccessToOutputBuckets',
          Effect: 'Allow',
          Principal: '*',
          Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'],
          Resource: arns(buckets.customizationOutput, buckets.batchOutput),
          Condition: { StringEquals: { 'aws:PrincipalAccount': '123456789012' } },
        },
      ],
    });
  });

  it('keeps seed 000\'s endpoint statement: its Sid, actions and bucket/object resource pair', () => {
    const [seed] = seedPolicies('000');
    const seedStatement = seed.Statement[0];
    const ours = policyOf(gateway).Statement[0];
    expect(ours.Sid).toBe(seedStatement.Sid);
    expect(ours.Effect).toBe(seedStatement.Effect);
    expect(ours.Principal).toBe(seedStatement.Principal);
    expect(ours.Action).toEqual(seedStatement.Action);
    const seedResources = (seedStatement.Resource as string[]).map((r) => r.replace('training-bucket', buckets.training));
    expect(ours.Resource).toEqual(expect.arrayContaining(seedResources));
  });
});
