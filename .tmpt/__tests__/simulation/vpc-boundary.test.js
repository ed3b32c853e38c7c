"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const synthesized_policies_1 = require("./support/synthesized-policies");
const simulate_1 = require("./support/simulate");
/**
 * The VPC data boundary, proven on the synthesized policies (identity, bucket, key, trust and endpoint)
 * with @cloud-copilot/iam-simulate. One synth for the suite; each row is one request IAM would evaluate.
 */
const bucket = (slug) => `bedrock-sim-${slug}-${synthesized_policies_1.ACCOUNT}-${synthesized_policies_1.REGION}`;
const object = (slug, key = 'data/train.jsonl') => `arn:aws:s3:::${bucket(slug)}/${key}`;
const role = (name, account = synthesized_policies_1.ACCOUNT) => `arn:aws:iam::${account}:role/${name}`;
const subnetArn = (id) => `arn:aws:ec2:${synthesized_policies_1.REGION}:${synthesized_policies_1.ACCOUNT}:subnet/${id}`;
const OUR_SUBNET = synthesized_policies_1.IDS.subnets['use1-az2'];
const CUSTOMIZATION_JOB = `arn:aws:bedrock:${synthesized_policies_1.REGION}:${synthesized_policies_1.ACCOUNT}:model-customization-job/abc123`;
/** IAM authorizes CreateModelCustomizationJob on the custom model it creates (and the base model). */
const CUSTOM_MODEL = `arn:aws:bedrock:${synthesized_policies_1.REGION}:${synthesized_policies_1.ACCOUNT}:custom-model/support-assistant-v2`;
const INVOCATION_JOB = `arn:aws:bedrock:${synthesized_policies_1.REGION}:${synthesized_policies_1.ACCOUNT}:model-invocation-job/def456`;
const ENI = `arn:aws:ec2:${synthesized_policies_1.REGION}:${synthesized_policies_1.ACCOUNT}:network-interface/eni-0123456789abcdef0`;
const ANALYST = role('Analyst');
const INFERENCE_SERVICE = role('InferenceService');
const SUBMITTER = role('JobSubmitter');
const allowEverythingIn = (service) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: `${service}:*`, Resource: '*' }] });
let policies;
beforeAll(() => {
    policies = (0, synthesized_policies_1.synthesizePolicies)();
});
/** Identity policies attached to each principal, read from the synthesized stack. */
function identity(principal) {
    const inline = (paths) => paths.map((p) => ({ name: p, policy: policies.at(p) }));
    switch (principal) {
        case synthesized_policies_1.IDS.customizationRole:
            return inline(['jobs/customization-role/vpc-eni', 'jobs/customization-role/data-access']);
        case synthesized_policies_1.IDS.batchRole:
            return inline(['jobs/batch-inference-role/vpc-eni', 'jobs/batch-inference-role/data-access', 'jobs/batch-inference-role/invoke-models']);
        case SUBMITTER:
            return inline(['jobs/submitter-policy']);
        case INFERENCE_SERVICE:
            return [{ name: 'invoke', policy: allowEverythingIn('bedrock') }];
        default:
            // Analysts, stewards and other accounts' principals: broad S3 and KMS rights of their own, so only our policies can stop them.
            return [{ name: 's3-admin', policy: allowEverythingIn('s3') }, { name: 'kms-admin', policy: allowEverythingIn('kms') }];
    }
}
const s3 = (name, expected, principal, action, slug, from, extra = {}) => ({
    name,
    expected,
    principal,
    action,
    resource: action === 's3:ListBucket' ? `arn:aws:s3:::${bucket(slug)}` : object(slug),
    from,
    resourcePolicy: { path: `data/bucket-${{ training: 'training', 'custom-output': 'customizationOutput', 'batch-input': 'batchInput', validation: 'validation' }[slug]}/policy` },
    ...extra,
});
const ec2 = (name, expected, principal, action, resource, context) => ({
    name,
    expected,
    principal,
    action,
    resource,
    context,
});
const customizationEniTags = { 'aws:RequestTag/BedrockManaged': 'true', 'aws:RequestTag/BedrockModelCustomizationJobArn': CUSTOMIZATION_JOB, 'aws:TagKeys': ['BedrockManaged', 'BedrockModelCustomizationJobArn'] };
const batchEniTags = { 'aws:RequestTag/BedrockManaged': 'true', 'aws:RequestTag/BedrockModelInvocationJobArn': INVOCATION_JOB, 'aws:TagKeys': ['BedrockManaged', 'BedrockModelInvocationJobArn'] };
const CASES = [
    // S3: the VPC-only bucket policies (seed 000) and the gateway endpoint policy.
    s3('customization role reads training data from inside the VPC', 'Allowed', synthesized_policies_1.IDS.customizationRole, 's3:GetObject', 'training', 'vpc'),
    s3('customization role lists the training bucket from inside the VPC', 'Allowed', synthesized_policies_1.IDS.customizationRole, 's3:ListBucket', 'training', 'vpc'),
    s3('customization role reads training data from outside the VPC', 'Denied', synthesized_policies_1.IDS.customizationRole, 's3:GetObject', 'training', 'internet'),
    s3('customization role writes the output bucket from inside the VPC', 'Allowed', synthesized_policies_1.IDS.customizationRole, 's3:PutObject', 'custom-output', 'vpc'),
    s3('customization role cannot write its training bucket (read-only input)', 'Denied', synthesized_policies_1.IDS.customizationRole, 's3:PutObject', 'training', 'vpc'),
    s3('customization role reads training data without TLS, from inside the VPC', 'Denied', synthesized_policies_1.IDS.customizationRole, 's3:GetObject', 'training', 'vpc', {
        context: { 'aws:SecureTransport': 'false' },
    }),
    s3('another principal of the account reads the output bucket outside the VPC', 'Denied', ANALYST, 's3:GetObject', 'custom-output', 'internet'),
    s3('another principal of the account reads the output bucket inside the VPC (the boundary is the network; IAM still governs who)', 'Allowed', ANALYST, 's3:GetObject', 'custom-output', 'vpc'),
    s3('another principal of the account deletes training data outside the VPC', 'Denied', ANALYST, 's3:DeleteObject', 'training', 'internet'),
    s3('the exempt data steward reads training data from outside the VPC', 'Allowed', synthesized_policies_1.EXEMPT_PRINCIPAL, 's3:GetObject', 'training', 'internet'),
    s3('a principal of another account reads training data through our VPC endpoint', 'Denied', role('Intruder', synthesized_policies_1.OTHER_ACCOUNT), 's3:GetObject', 'training', 'vpc'),
    s3('batch role reads batch input from inside the VPC', 'Allowed', synthesized_policies_1.IDS.batchRole, 's3:GetObject', 'batch-input', 'vpc'),
    s3('batch role reads the customization training bucket (not its data)', 'Denied', synthesized_policies_1.IDS.batchRole, 's3:GetObject', 'training', 'vpc'),
    {
        name: 'a principal of the account copies data to a bucket outside the platform through the gateway endpoint (exfiltration)',
        expected: 'Denied',
        principal: ANALYST,
        action: 's3:PutObject',
        resource: 'arn:aws:s3:::someone-elses-bucket/loot.jsonl',
        resourceAccount: synthesized_policies_1.OTHER_ACCOUNT,
        from: 'vpc',
    },
    // ENIs: seed 000 (customization) and seed 001 (batch) statements.
    ec2('customization role creates a job ENI with both Bedrock request tags', 'Allowed', synthesized_policies_1.IDS.customizationRole, 'ec2:CreateNetworkInterface', ENI, customizationEniTags),
    ec2('customization role creates a job ENI without the BedrockManaged tag', 'Denied', synthesized_policies_1.IDS.customizationRole, 'ec2:CreateNetworkInterface', ENI, {
        'aws:RequestTag/BedrockModelCustomizationJobArn': CUSTOMIZATION_JOB,
    }),
    ec2('customization role places an ENI in our subnet', 'Allowed', synthesized_policies_1.IDS.customizationRole, 'ec2:CreateNetworkInterface', subnetArn(OUR_SUBNET), {}),
    ec2('customization role places an ENI in a foreign subnet', 'Denied', synthesized_policies_1.IDS.customizationRole, 'ec2:CreateNetworkInterface', subnetArn(synthesized_policies_1.IDS.foreignSubnet), {}),
    ec2('batch role places a tagged ENI in our subnet', 'Allowed', synthesized_policies_1.IDS.batchRole, 'ec2:CreateNetworkInterface', subnetArn(OUR_SUBNET), batchEniTags),
    ec2('batch role places an untagged ENI in our subnet (seed 001 tags the subnet statement too)', 'Denied', synthesized_policies_1.IDS.batchRole, 'ec2:CreateNetworkInterface', subnetArn(OUR_SUBNET), {}),
    ec2('batch role places a tagged ENI in a foreign subnet', 'Denied', synthesized_policies_1.IDS.batchRole, 'ec2:CreateNetworkInterface', subnetArn(synthesized_policies_1.IDS.foreignSubnet), batchEniTags),
    ec2('customization role deletes a Bedrock-managed job ENI in our subnet', 'Allowed', synthesized_policies_1.IDS.customizationRole, 'ec2:DeleteNetworkInterface', ENI, {
        'ec2:Subnet': subnetArn(OUR_SUBNET),
        'ec2:ResourceTag/BedrockManaged': 'true',
        'ec2:ResourceTag/BedrockModelCustomizationJobArn': CUSTOMIZATION_JOB,
    }),
    ec2('customization role deletes an ENI without BedrockManaged', 'Denied', synthesized_policies_1.IDS.customizationRole, 'ec2:DeleteNetworkInterface', ENI, {
        'ec2:Subnet': subnetArn(OUR_SUBNET),
        'ec2:ResourceTag/BedrockModelCustomizationJobArn': CUSTOMIZATION_JOB,
    }),
    {
        ...ec2('batch role deletes an ENI without BedrockManaged (seed 001 does not require it; we follow the seed)', 'Allowed', synthesized_policies_1.IDS.batchRole, 'ec2:DeleteNetworkInterface', ENI, {
            'ec2:Subnet': subnetArn(OUR_SUBNET),
            'ec2:ResourceTag/BedrockModelInvocationJobArn': INVOCATION_JOB,
        }),
        note: 'seed 001 statement 3 conditions deletes on ec2:Subnet and the job-ARN tag only',
    },
    ec2('batch role deletes a job ENI in a foreign subnet', 'Denied', synthesized_policies_1.IDS.batchRole, 'ec2:DeleteNetworkInterface', ENI, {
        'ec2:Subnet': subnetArn(synthesized_policies_1.IDS.foreignSubnet),
        'ec2:ResourceTag/BedrockModelInvocationJobArn': INVOCATION_JOB,
    }),
    ec2('customization role tags a new ENI with the two Bedrock tags while creating it', 'Allowed', synthesized_policies_1.IDS.customizationRole, 'ec2:CreateTags', ENI, {
        'ec2:CreateAction': 'CreateNetworkInterface',
        'aws:TagKeys': ['BedrockManaged', 'BedrockModelCustomizationJobArn'],
    }),
    ec2('customization role adds another tag key to an ENI', 'Denied', synthesized_policies_1.IDS.customizationRole, 'ec2:CreateTags', ENI, {
        'ec2:CreateAction': 'CreateNetworkInterface',
        'aws:TagKeys': ['BedrockManaged', 'Owner'],
    }),
    ec2('customization role re-tags an existing ENI (not during CreateNetworkInterface)', 'Denied', synthesized_policies_1.IDS.customizationRole, 'ec2:CreateTags', ENI, {
        'aws:TagKeys': ['BedrockManaged'],
    }),
    // KMS: seed 003 custom-model key, and the data key through S3 only.
    {
        name: 'customization role decrypts with the custom-model key via Bedrock',
        expected: 'Allowed',
        principal: synthesized_policies_1.IDS.customizationRole,
        action: 'kms:Decrypt',
        resource: synthesized_policies_1.IDS.customModelKey,
        context: { 'kms:ViaService': `bedrock.${synthesized_policies_1.REGION}.amazonaws.com` },
        resourcePolicy: { path: 'data/custom-model-key/key' },
    },
    {
        name: 'customization role decrypts with the custom-model key directly',
        expected: 'Denied',
        principal: synthesized_policies_1.IDS.customizationRole,
        action: 'kms:Decrypt',
        resource: synthesized_policies_1.IDS.customModelKey,
        resourcePolicy: { path: 'data/custom-model-key/key' },
    },
    {
        name: 'model invoker decrypts a custom model via Bedrock',
        expected: 'Allowed',
        principal: INFERENCE_SERVICE,
        action: 'kms:Decrypt',
        resource: synthesized_policies_1.IDS.customModelKey,
        context: { 'kms:ViaService': `bedrock.${synthesized_policies_1.REGION}.amazonaws.com` },
        resourcePolicy: { path: 'data/custom-model-key/key' },
    },
    {
        name: 'batch role generates a data key with the custom-model key (decrypt-only principal)',
        expected: 'Denied',
        principal: synthesized_policies_1.IDS.batchRole,
        action: 'kms:GenerateDataKey',
        resource: synthesized_policies_1.IDS.customModelKey,
        context: { 'kms:ViaService': `bedrock.${synthesized_policies_1.REGION}.amazonaws.com` },
        resourcePolicy: { path: 'data/custom-model-key/key' },
    },
    {
        name: 'customization role decrypts bucket data with the data key through S3',
        expected: 'Allowed',
        principal: synthesized_policies_1.IDS.customizationRole,
        action: 'kms:Decrypt',
        resource: synthesized_policies_1.IDS.dataKey,
        context: { 'kms:ViaService': `s3.${synthesized_policies_1.REGION}.amazonaws.com`, 'kms:CallerAccount': synthesized_policies_1.ACCOUNT },
        resourcePolicy: { path: 'data/data-key/key' },
    },
    {
        name: 'customization role decrypts with the data key directly',
        expected: 'Denied',
        principal: synthesized_policies_1.IDS.customizationRole,
        action: 'kms:Decrypt',
        resource: synthesized_policies_1.IDS.dataKey,
        context: { 'kms:CallerAccount': synthesized_policies_1.ACCOUNT },
        resourcePolicy: { path: 'data/data-key/key' },
    },
    // PrivateLink endpoints (seed 004).
    {
        name: 'a principal of our account invokes a model through the runtime endpoint',
        expected: 'Allowed',
        principal: INFERENCE_SERVICE,
        action: 'bedrock:InvokeModel',
        resource: `arn:aws:bedrock:${synthesized_policies_1.REGION}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0`,
        endpoint: 'bedrock-endpoints/bedrock-runtime',
    },
    {
        name: 'a principal of another account invokes a model through our runtime endpoint',
        expected: 'Denied',
        principal: role('InferenceService', synthesized_policies_1.OTHER_ACCOUNT),
        action: 'bedrock:InvokeModel',
        resource: `arn:aws:bedrock:${synthesized_policies_1.REGION}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0`,
        endpoint: 'bedrock-endpoints/bedrock-runtime',
    },
    {
        name: 'a principal of our account creates a customization job through the runtime endpoint (control-plane action)',
        expected: 'Denied',
        principal: INFERENCE_SERVICE,
        action: 'bedrock:CreateModelCustomizationJob',
        resource: CUSTOM_MODEL,
        endpoint: 'bedrock-endpoints/bedrock-runtime',
    },
    {
        name: 'the job submitter creates a customization job through the control-plane endpoint',
        expected: 'Allowed',
        principal: SUBMITTER,
        action: 'bedrock:CreateModelCustomizationJob',
        resource: CUSTOM_MODEL,
        endpoint: 'bedrock-endpoints/bedrock',
    },
    // iam:PassRole (submitter policy).
    {
        name: 'the job submitter passes the customization role to Bedrock',
        expected: 'Allowed',
        principal: SUBMITTER,
        action: 'iam:PassRole',
        resource: synthesized_policies_1.IDS.customizationRole,
        context: { 'iam:PassedToService': 'bedrock.amazonaws.com' },
    },
    {
        name: 'the job submitter passes the customization role to another service',
        expected: 'Denied',
        principal: SUBMITTER,
        action: 'iam:PassRole',
        resource: synthesized_policies_1.IDS.customizationRole,
        context: { 'iam:PassedToService': 'ec2.amazonaws.com' },
    },
    {
        name: 'the job submitter passes an unrelated role to Bedrock',
        expected: 'Denied',
        principal: SUBMITTER,
        action: 'iam:PassRole',
        resource: role('Admin'),
        context: { 'iam:PassedToService': 'bedrock.amazonaws.com' },
    },
    // Batch role model scope.
    {
        name: 'batch role invokes its configured model',
        expected: 'Allowed',
        principal: synthesized_policies_1.IDS.batchRole,
        action: 'bedrock:InvokeModel',
        resource: `arn:aws:bedrock:${synthesized_policies_1.REGION}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0`,
    },
    {
        name: 'batch role invokes an unlisted model',
        expected: 'Denied',
        principal: synthesized_policies_1.IDS.batchRole,
        action: 'bedrock:InvokeModel',
        resource: `arn:aws:bedrock:${synthesized_policies_1.REGION}::foundation-model/amazon.titan-text-express-v1`,
    },
    // Trust policies: confused-deputy conditions.
    {
        name: 'Bedrock assumes the customization role for one of our jobs',
        expected: 'Allowed',
        principal: 'bedrock.amazonaws.com',
        action: 'sts:AssumeRole',
        resource: synthesized_policies_1.IDS.customizationRole,
        context: { 'aws:SourceAccount': synthesized_policies_1.ACCOUNT, 'aws:SourceArn': CUSTOMIZATION_JOB },
        resourcePolicy: { path: 'jobs/customization-role/role', attribute: 'assume_role_policy' },
    },
    {
        name: 'Bedrock assumes the customization role for another account\'s job (confused deputy)',
        expected: 'Denied',
        principal: 'bedrock.amazonaws.com',
        action: 'sts:AssumeRole',
        resource: synthesized_policies_1.IDS.customizationRole,
        context: { 'aws:SourceAccount': synthesized_policies_1.OTHER_ACCOUNT, 'aws:SourceArn': `arn:aws:bedrock:${synthesized_policies_1.REGION}:${synthesized_policies_1.OTHER_ACCOUNT}:model-customization-job/x` },
        resourcePolicy: { path: 'jobs/customization-role/role', attribute: 'assume_role_policy' },
    },
    {
        name: 'Bedrock assumes the customization role for a batch job (wrong job type)',
        expected: 'Denied',
        principal: 'bedrock.amazonaws.com',
        action: 'sts:AssumeRole',
        resource: synthesized_policies_1.IDS.customizationRole,
        context: { 'aws:SourceAccount': synthesized_policies_1.ACCOUNT, 'aws:SourceArn': INVOCATION_JOB },
        resourcePolicy: { path: 'jobs/customization-role/role', attribute: 'assume_role_policy' },
    },
];
/** Request context IAM would supply: the caller, TLS, and where the request came from. */
function buildSimulation(c) {
    const isService = c.principal.endsWith('.amazonaws.com');
    const principalAccount = isService ? undefined : c.principal.split(':')[4];
    const context = {
        ...(isService ? {} : { 'aws:PrincipalArn': c.principal, 'aws:PrincipalAccount': principalAccount }),
        'aws:SecureTransport': 'true',
        ...(c.from === 'vpc' ? { 'aws:SourceVpc': synthesized_policies_1.IDS.vpc, 'aws:SourceVpce': synthesized_policies_1.IDS.s3Vpce } : {}),
        ...c.context,
    };
    const endpointPolicies = [
        ...(c.from === 'vpc' ? [{ name: 's3-gateway', policy: policies.at('s3-gateway/endpoint') }] : []),
        ...(c.endpoint ? [{ name: c.endpoint, policy: policies.at(c.endpoint) }] : []),
    ];
    return {
        request: { principal: c.principal, action: c.action, resource: { resource: c.resource, accountId: c.resourceAccount ?? synthesized_policies_1.ACCOUNT }, contextVariables: context },
        identityPolicies: isService ? [] : identity(c.principal),
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        ...(c.resourcePolicy ? { resourcePolicy: policies.at(c.resourcePolicy.path, c.resourcePolicy.attribute) } : {}),
        ...(endpointPolicies.length ? { vpcEndpointPolicies: endpointPolicies } : {}),
    };
}
describe('VPC data boundary (iam-simulate on the synthesized policies)', () => {
    it('has a matrix of at least 25 requests with both outcomes', () => {
        expect(CASES.length).toBeGreaterThanOrEqual(25);
        expect(new Set(CASES.map((c) => c.expected))).toEqual(new Set(['Allowed', 'Denied']));
        expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    });
    it.each(CASES.map((c) => [c.name, c]))('%s', async (_name, c) => {
        const outcome = await (0, simulate_1.simulate)(buildSimulation(c));
        const actual = outcome.result === 'Allowed' ? 'Allowed' : 'Denied';
        if (actual !== c.expected) {
            throw new Error(`expected ${c.expected}, got ${outcome.result}${c.note ? ` (${c.note})` : ''}; decisive statements: ${outcome.explanation}`);
        }
    });
});
