"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const vpc_1 = require("@cdktf/provider-aws/lib/vpc");
const subnet_1 = require("@cdktf/provider-aws/lib/subnet");
const internet_gateway_1 = require("@cdktf/provider-aws/lib/internet-gateway");
const nat_gateway_1 = require("@cdktf/provider-aws/lib/nat-gateway");
const security_group_1 = require("@cdktf/provider-aws/lib/security-group");
const vpc_security_group_ingress_rule_1 = require("@cdktf/provider-aws/lib/vpc-security-group-ingress-rule");
const vpc_endpoint_1 = require("@cdktf/provider-aws/lib/vpc-endpoint");
const cloudwatch_log_group_1 = require("@cdktf/provider-aws/lib/cloudwatch-log-group");
const kms_key_1 = require("@cdktf/provider-aws/lib/kms-key");
const iam_role_1 = require("@cdktf/provider-aws/lib/iam-role");
const iam_role_policy_1 = require("@cdktf/provider-aws/lib/iam-role-policy");
const iam_policy_1 = require("@cdktf/provider-aws/lib/iam-policy");
const pack_1 = require("../../rules/pack");
const fixtures_1 = require("./fixtures");
const document_1 = require("../../modules/policy/document");
const trust_1 = require("../../modules/policy/trust");
const bucket_policies_1 = require("../../modules/buckets/bucket-policies");
const policies_1 = require("../../modules/endpoints/policies");
const bedrock_job_role_1 = require("../../modules/job-roles/bedrock-job-role");
const job_kinds_1 = require("../../catalog/job-kinds");
const vpcOnly = (name) => (0, bucket_policies_1.vpcOnlyBucketPolicy)({ bucket: `${name}-bucket`, vpcId: 'vpc-1', vpcEndpointId: 'vpce-1', exemptPrincipalArns: [] });
const fullBucket = { publicAccessBlock: true, encryption: 'kms', versioning: true, logging: true };
function network(stack) {
    const vpc = new vpc_1.Vpc(stack, 'vpc', { cidrBlock: '10.0.0.0/16' });
    const subnet = new subnet_1.Subnet(stack, 'subnet', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24', mapPublicIpOnLaunch: false });
    const sg = new security_group_1.SecurityGroup(stack, 'sg', { vpcId: vpc.id, description: 'endpoints' });
    return { vpc, subnet, sg };
}
function interfaceEndpoint(stack, props) {
    const { vpc, sg } = network(stack);
    new vpc_endpoint_1.VpcEndpoint(stack, 'endpoint', {
        vpcId: vpc.id,
        serviceName: `com.amazonaws.${fixtures_1.REGION}.bedrock-runtime`,
        vpcEndpointType: 'Interface',
        privateDnsEnabled: props.privateDns ?? true,
        securityGroupIds: props.securityGroupIds ?? [sg.id],
        ...(props.policy === undefined ? {} : { policy: props.policy }),
    });
    return sg;
}
const runtimePolicy = (0, document_1.policyJson)((0, policies_1.bedrockEndpointPolicy)({ service: 'bedrock-runtime', accountId: fixtures_1.ACCOUNT }));
const bedrockTrust = (0, document_1.policyJson)((0, trust_1.serviceTrustPolicy)({ service: 'bedrock.amazonaws.com', sourceAccount: fixtures_1.ACCOUNT, sourceArnLike: (0, job_kinds_1.jobArnPattern)('customization', fixtures_1.REGION, fixtures_1.ACCOUNT) }));
const FIXTURES = {
    'BPP-S3-1': {
        passing: (s) => (0, fixtures_1.bucket)(s, 'data', fullBucket),
        failing: (s) => ((0, fixtures_1.bucket)(s, 'data', { ...fullBucket, publicAccessBlock: false }), 'data'),
        because: /public_access_block/,
    },
    'BPP-S3-2': {
        passing: (s) => (0, fixtures_1.bucket)(s, 'data', fullBucket),
        failing: (s) => ((0, fixtures_1.bucket)(s, 'data', { ...fullBucket, encryption: 's3' }), 'data'),
        because: /AES256, not aws:kms/,
    },
    'BPP-S3-3': {
        passing: (s) => (0, fixtures_1.bucket)(s, 'data', fullBucket),
        failing: (s) => ((0, fixtures_1.bucket)(s, 'data', { ...fullBucket, versioning: false }), 'data'),
        because: /versioning/,
    },
    'BPP-S3-4': {
        passing: (s) => (0, fixtures_1.bucket)(s, 'data', { ...fullBucket, policy: vpcOnly('data') }),
        failing: (s) => ((0, fixtures_1.bucket)(s, 'data', { ...fullBucket, policy: (0, document_1.policyDocument)('resource', [vpcOnly('data').Statement[1]]) }), 'data'),
        because: /SecureTransport/,
    },
    'BPP-S3-5': {
        passing: (s) => (0, fixtures_1.bucket)(s, 'data', { ...fullBucket, policy: vpcOnly('data') }),
        failing: (s) => ((0, fixtures_1.bucket)(s, 'data', { ...fullBucket, policy: (0, document_1.policyDocument)('resource', [(0, bucket_policies_1.tlsOnlyStatement)('data-bucket')]) }), 'data'),
        because: /aws:SourceVpc/,
    },
    'BPP-S3-6': {
        passing: (s) => (0, fixtures_1.bucket)(s, 'data', fullBucket),
        failing: (s) => ((0, fixtures_1.bucket)(s, 'data', { ...fullBucket, logging: false }), 'data'),
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
    'BPP-VPCE-3': {
        passing: (s) => {
            const sg = interfaceEndpoint(s, { policy: runtimePolicy });
            new vpc_security_group_ingress_rule_1.VpcSecurityGroupIngressRule(s, 'in', { securityGroupId: sg.id, cidrIpv4: '10.0.0.0/16', ipProtocol: 'tcp', fromPort: 443, toPort: 443 });
        },
        failing: (s) => {
            const sg = interfaceEndpoint(s, { policy: runtimePolicy });
            new vpc_security_group_ingress_rule_1.VpcSecurityGroupIngressRule(s, 'in', { securityGroupId: sg.id, cidrIpv4: '0.0.0.0/0', ipProtocol: 'tcp', fromPort: 443, toPort: 443 });
            return 'endpoint';
        },
        because: /allows 0\.0\.0\.0\/0/,
    },
    'BPP-NET-1': {
        passing: (s) => network(s),
        failing: (s) => {
            const { vpc, subnet } = network(s);
            new internet_gateway_1.InternetGateway(s, 'igw', { vpcId: vpc.id });
            new nat_gateway_1.NatGateway(s, 'nat', { subnetId: subnet.id, connectivityType: 'private' });
            return 'igw';
        },
        because: /internet gateway opens a path/,
        passIsAbsence: true,
    },
    'BPP-NET-2': {
        passing: (s) => network(s),
        failing: (s) => {
            const { vpc } = network(s);
            new subnet_1.Subnet(s, 'public', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24', mapPublicIpOnLaunch: true });
            return 'public';
        },
        because: /map_public_ip_on_launch/,
    },
    'BPP-LOG-1': {
        passing: (s) => new cloudwatch_log_group_1.CloudwatchLogGroup(s, 'logs', { name: 'l', retentionInDays: 30, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k' }),
        failing: (s) => (new cloudwatch_log_group_1.CloudwatchLogGroup(s, 'logs', { name: 'l', retentionInDays: 30 }), 'logs'),
        because: /kms_key_id/,
    },
    'BPP-LOG-2': {
        passing: (s) => new cloudwatch_log_group_1.CloudwatchLogGroup(s, 'logs', { name: 'l', retentionInDays: 30, kmsKeyId: 'k' }),
        failing: (s) => (new cloudwatch_log_group_1.CloudwatchLogGroup(s, 'logs', { name: 'l', kmsKeyId: 'k' }), 'logs'),
        because: /kept forever/,
    },
    'BPP-KMS-1': {
        passing: (s) => new kms_key_1.KmsKey(s, 'key', { enableKeyRotation: true }),
        failing: (s) => (new kms_key_1.KmsKey(s, 'key', { enableKeyRotation: false }), 'key'),
        because: /enable_key_rotation/,
    },
    'BPP-IAM-1': {
        passing: (s) => new iam_role_1.IamRole(s, 'role', { assumeRolePolicy: bedrockTrust }),
        failing: (s) => {
            const trust = (0, document_1.policyDocument)('resource', [{ Effect: 'Allow', Principal: { Service: 'bedrock.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': fixtures_1.ACCOUNT } } }]);
            new iam_role_1.IamRole(s, 'role', { assumeRolePolicy: (0, document_1.policyJson)(trust) });
            return 'role';
        },
        because: /without aws:SourceArn/,
    },
    'BPP-IAM-2': {
        passing: (s) => new iam_policy_1.IamPolicy(s, 'policy', { policy: (0, document_1.policyJson)((0, document_1.policyDocument)('identity', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }])) }),
        failing: (s) => (new iam_policy_1.IamPolicy(s, 'policy', { policy: (0, document_1.policyJson)((0, document_1.policyDocument)('identity', [{ Effect: 'Allow', Action: '*', Resource: '*' }])) }), 'policy'),
        because: /allows every action/,
    },
    'BPP-JOB-1': {
        passing: (s) => {
            const { subnet, sg } = network(s);
            new bedrock_job_role_1.BedrockJobRole(s, 'job', { kind: 'customization', roleName: 'job', description: 'd', eniScope: { region: fixtures_1.REGION, accountId: fixtures_1.ACCOUNT, subnetIds: [subnet.id], securityGroupId: sg.id } });
        },
        failing: (s) => {
            const { subnet, sg } = network(s);
            const role = new iam_role_1.IamRole(s, 'role', { assumeRolePolicy: bedrockTrust });
            // Seed 000 without its delete statement (the one that requires BedrockManaged).
            const statements = (0, job_kinds_1.jobEniStatements)('customization', { region: fixtures_1.REGION, accountId: fixtures_1.ACCOUNT, subnetIds: [subnet.id], securityGroupId: sg.id }).filter((st) => !String(st.Action).includes('DeleteNetworkInterface'));
            new iam_role_policy_1.IamRolePolicy(s, 'eni', { role: role.name, policy: (0, document_1.policyJson)((0, document_1.policyDocument)('identity', statements)) });
            return 'role';
        },
        because: /seed 000 statements missing or altered: .*DeleteNetworkInterface/,
    },
};
const cases = pack_1.BEDROCK_PRIVATE_PLATFORM_RULES.map((rule) => [rule.id, rule]);
describe('rule pack', () => {
    it('has fixtures for every rule and no fixture without a rule', () => {
        expect(Object.keys(FIXTURES).sort()).toEqual(pack_1.BEDROCK_PRIVATE_PLATFORM_RULES.map((r) => r.id).sort());
    });
    it('names every rule file by its id', () => {
        // One rule a file, named `<id>-<slug>.ts` (cdk-nag's layout).
        const files = (0, node_fs_1.readdirSync)((0, node_path_1.join)(__dirname, '../../rules'));
        for (const rule of pack_1.BEDROCK_PRIVATE_PLATFORM_RULES)
            expect(files.filter((f) => f.startsWith(`${rule.id}-`))).toHaveLength(1);
    });
    describe.each(cases)('%s', (_id, rule) => {
        const fixtures = FIXTURES[rule.id];
        it('passes the compliant fixture', () => {
            const stack = (0, fixtures_1.fixtureStack)();
            fixtures.passing(stack);
            const results = (0, fixtures_1.findings)(stack, rule);
            if (!fixtures.passIsAbsence)
                expect(results.length).toBeGreaterThan(0);
            expect(results.filter((f) => f.status !== 'pass')).toEqual([]);
        });
        it('fails the non-compliant fixture at the offending construct, saying why', () => {
            const stack = (0, fixtures_1.fixtureStack)();
            const path = fixtures.failing(stack);
            const failed = (0, fixtures_1.findings)(stack, rule).filter((f) => f.status === 'fail');
            expect(failed.map((f) => f.path)).toContain(`fixture/${path}`);
            expect(failed.find((f) => f.path === `fixture/${path}`)?.detail).toMatch(fixtures.because);
        });
        it('reports the failure as suppressed, with the reason, when a suppression names the rule and the construct', () => {
            const stack = (0, fixtures_1.fixtureStack)();
            const path = fixtures.failing(stack);
            const reason = 'Accepted in this fixture: the exception is documented here.';
            const results = (0, fixtures_1.findings)(stack, rule, [{ ruleId: rule.id, path, reason }]);
            const target = results.find((f) => f.path === `fixture/${path}`);
            expect(target).toMatchObject({ status: 'suppressed', suppressionReason: reason });
            expect(target?.detail).toMatch(fixtures.because);
        });
    });
});
