"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const synth_1 = require("../helpers/synth");
const seeds_1 = require("../helpers/seeds");
const buckets_1 = require("../../catalog/buckets");
const env = (0, synth_1.testEnv)();
const tf = (0, synth_1.synthEnv)(env);
const buckets = (0, buckets_1.bucketNames)(env);
const SERVICES = ['bedrock', 'bedrock-runtime', 'bedrock-agent', 'bedrock-agent-runtime'];
const EXPECTED_ACTIONS = {
    bedrock: [
        'bedrock:CreateModelCustomizationJob',
        'bedrock:CreateModelInvocationJob',
        'bedrock:GetCustomModel',
        'bedrock:GetFoundationModel',
        'bedrock:GetInferenceProfile',
        'bedrock:GetModelCustomizationJob',
        'bedrock:GetModelInvocationJob',
        'bedrock:ListCustomModels',
        'bedrock:ListFoundationModels',
        'bedrock:ListInferenceProfiles',
        'bedrock:ListModelCustomizationJobs',
        'bedrock:ListModelInvocationJobs',
        'bedrock:ListTagsForResource',
        'bedrock:StopModelCustomizationJob',
        'bedrock:StopModelInvocationJob',
        'bedrock:TagResource',
    ],
    'bedrock-runtime': ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
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
    'bedrock-agent-runtime': ['bedrock:InvokeAgent', 'bedrock:Retrieve', 'bedrock:RetrieveAndGenerate'],
};
describe('Bedrock interface endpoints', () => {
    it('creates exactly the four services of seed 004 plus the S3 gateway', () => {
        expect((0, synth_1.resources)(tf, 'aws_vpc_endpoint').map(([, e]) => e.service_name).sort()).toEqual(['bedrock', 'bedrock-agent', 'bedrock-agent-runtime', 'bedrock-runtime', 's3'].map((s) => `com.amazonaws.us-east-1.${s}`));
    });
    it.each(SERVICES)('%s: private DNS, the endpoint security group, and subnets filtered by the service\'s AZs', (service) => {
        const endpoint = (0, synth_1.resourceAt)(tf, 'aws_vpc_endpoint', `bedrock-endpoints/${service}`);
        const subnetIds = env.azIds.map((az) => (0, synth_1.addressAt)(tf, 'aws_subnet', `network/subnet-${az}`) + '.id').join(', ');
        const azNames = env.azIds.map((az) => `data.${'aws_availability_zone'}.${Object.keys(tf.data.aws_availability_zone).find((k) => k.includes(`az-${az}_`))}.name`).join(', ');
        const serviceData = `data.aws_vpc_endpoint_service.${Object.keys(tf.data.aws_vpc_endpoint_service).find((k) => k.startsWith(`bedrock-endpoints_${service}-service_`))}`;
        const filter = `matchkeys([${subnetIds}], [${azNames}], tolist(${serviceData}.availability_zones))`;
        expect(endpoint).toMatchObject({
            vpc_endpoint_type: 'Interface',
            service_name: `com.amazonaws.us-east-1.${service}`,
            private_dns_enabled: true,
            security_group_ids: [(0, synth_1.ref)(tf, 'aws_security_group', 'security-groups/endpoints', 'id')],
            subnet_ids: `\${${filter}}`,
            vpc_id: (0, synth_1.ref)(tf, 'aws_vpc', 'network/vpc', 'id'),
        });
        const [precondition] = endpoint.lifecycle.precondition;
        expect(precondition.condition).toBe(`\${(length(${filter}) >= 1)}`);
        expect(precondition.error_message).toContain(`com.amazonaws.us-east-1.${service} is offered in none of this environment's AZs`);
        expect(tf.data.aws_vpc_endpoint_service[serviceData.split('.')[2]]).toMatchObject({ service_name: `com.amazonaws.us-east-1.${service}` });
    });
    it('resolves every AZ ID to its name with a data source (the filter works on names)', () => {
        expect(Object.values(tf.data.aws_availability_zone).map((d) => d.zone_id)).toEqual(env.azIds);
    });
    it.each(SERVICES)('%s: the exact least-privilege policy for this account', (service) => {
        expect((0, synth_1.policyOf)((0, synth_1.resourceAt)(tf, 'aws_vpc_endpoint', `bedrock-endpoints/${service}`))).toEqual({
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
        const [seed] = (0, seeds_1.seedPolicies)('004');
        const ours = (0, synth_1.policyOf)((0, synth_1.resourceAt)(tf, 'aws_vpc_endpoint', 'bedrock-endpoints/bedrock-runtime')).Statement[0];
        const seedStatement = seed.Statement[0];
        expect(ours.Action).toEqual(seedStatement.Action);
        expect(ours.Resource).toEqual(seedStatement.Resource);
        expect(ours.Principal).toEqual(seedStatement.Principal);
        expect(ours.Condition).toEqual({ StringEquals: { 'aws:PrincipalAccount': '123456789012' } });
    });
    it('narrows, extends and restricts per environment', () => {
        const custom = (0, synth_1.testEnv)({
            endpoints: {
                services: ['bedrock-runtime', 'bedrock'],
                principalOrgId: 'o-abcdefghij',
                allowedPrincipalArns: ['arn:aws:iam::123456789012:role/App'],
                removeActions: { 'bedrock-runtime': ['bedrock:InvokeModelWithResponseStream'] },
                extraActions: { bedrock: ['bedrock:GetModelCopyJob'] },
            },
        });
        const out = (0, synth_1.synthEnv)(custom);
        expect((0, synth_1.resources)(out, 'aws_vpc_endpoint')).toHaveLength(3);
        expect((0, synth_1.policyOf)((0, synth_1.resourceAt)(out, 'aws_vpc_endpoint', 'bedrock-endpoints/bedrock-runtime')).Statement[0]).toEqual({
            Sid: 'AllowThisAccountOnly',
            Effect: 'Allow',
            Principal: '*',
            Action: ['bedrock:InvokeModel'],
            Resource: '*',
            Condition: {
                StringEquals: { 'aws:PrincipalAccount': '123456789012', 'aws:PrincipalOrgID': 'o-abcdefghij' },
                ArnLike: { 'aws:PrincipalArn': ['arn:aws:iam::123456789012:role/App'] },
            },
        });
        expect((0, synth_1.policyOf)((0, synth_1.resourceAt)(out, 'aws_vpc_endpoint', 'bedrock-endpoints/bedrock')).Statement[0].Action).toContain('bedrock:GetModelCopyJob');
    });
    it('refuses a policy narrowed to no action at all', () => {
        expect(() => (0, synth_1.synthEnv)((0, synth_1.testEnv)({ endpoints: { removeActions: { 'bedrock-runtime': ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'] } } }))).toThrow('the bedrock-runtime endpoint policy would allow no action; remove fewer actions or disable the service');
    });
});
describe('S3 gateway endpoint', () => {
    const gateway = (0, synth_1.resourceAt)(tf, 'aws_vpc_endpoint', 's3-gateway/endpoint');
    it('is a gateway endpoint on every private route table', () => {
        expect(gateway).toMatchObject({
            vpc_endpoint_type: 'Gateway',
            service_name: 'com.amazonaws.us-east-1.s3',
            route_table_ids: [(0, synth_1.ref)(tf, 'aws_route_table', 'network/private-rt', 'id')],
        });
        expect((0, synth_1.resources)(tf, 'aws_route_table')).toHaveLength(1);
    });
    it('allows reads of the input buckets and writes of the output buckets, for this account only', () => {
        const arns = (...names) => names.flatMap((b) => [`arn:aws:s3:::${b}`, `arn:aws:s3:::${b}/*`]);
        expect((0, synth_1.policyOf)(gateway)).toEqual({
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
        const [seed] = (0, seeds_1.seedPolicies)('000');
        const seedStatement = seed.Statement[0];
        const ours = (0, synth_1.policyOf)(gateway).Statement[0];
        expect(ours.Sid).toBe(seedStatement.Sid);
        expect(ours.Effect).toBe(seedStatement.Effect);
        expect(ours.Principal).toBe(seedStatement.Principal);
        expect(ours.Action).toEqual(seedStatement.Action);
        const seedResources = seedStatement.Resource.map((r) => r.replace('training-bucket', buckets.training));
        expect(ours.Resource).toEqual(expect.arrayContaining(seedResources));
    });
});
