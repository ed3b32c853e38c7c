"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IDS = exports.EXEMPT_PRINCIPAL = exports.REGION = exports.OTHER_ACCOUNT = exports.ACCOUNT = void 0;
exports.substitute = substitute;
exports.synthesizePolicies = synthesizePolicies;
const cdktf_1 = require("cdktf");
const load_1 = require("../../../config/load");
const app_1 = require("../../../stacks/app");
/**
 * Builds the real app for one test environment in-process and returns its policies exactly as
 * synthesized, with every Terraform reference replaced from an explicit table of realistic values.
 */
exports.ACCOUNT = '111111111111';
exports.OTHER_ACCOUNT = '999999999999';
exports.REGION = 'us-east-1';
exports.EXEMPT_PRINCIPAL = `arn:aws:iam::${exports.ACCOUNT}:role/DataSteward`;
/** dev.json's shape plus what the matrix needs: an exempt principal and a model invoker. */
const SIM_ENVIRONMENT = {
    accountId: exports.ACCOUNT,
    region: exports.REGION,
    vpcCidr: '10.40.0.0/20',
    azIds: ['use1-az1', 'use1-az2', 'use1-az4'],
    tags: { owner: 'ml-platform', costCentre: 'cc-1001' },
    keys: { deletionWindowDays: 7, modelInvokerArns: [`arn:aws:iam::${exports.ACCOUNT}:role/InferenceService`] },
    buckets: { exemptPrincipalArns: [exports.EXEMPT_PRINCIPAL] },
    jobs: { batchModelIds: ['anthropic.claude-3-haiku-20240307-v1:0'] },
};
exports.IDS = {
    vpc: 'vpc-0a1b2c3d4e5f60718',
    s3Vpce: 'vpce-0s3gateway0000001',
    subnets: { 'use1-az1': 'subnet-0aaa1111aaaa1111a', 'use1-az2': 'subnet-0bbb2222bbbb2222b', 'use1-az4': 'subnet-0ccc4444cccc4444c' },
    foreignSubnet: 'subnet-0fff9999ffff9999f',
    jobSecurityGroup: 'sg-0jobs000000000001',
    dataKey: `arn:aws:kms:${exports.REGION}:${exports.ACCOUNT}:key/1111aaaa-0000-4000-8000-00000000da7a`,
    customModelKey: `arn:aws:kms:${exports.REGION}:${exports.ACCOUNT}:key/2222bbbb-0000-4000-8000-0000000c0de1`,
    customizationRole: `arn:aws:iam::${exports.ACCOUNT}:role/bedrock-sim-customization-job`,
    batchRole: `arn:aws:iam::${exports.ACCOUNT}:role/bedrock-sim-batch-inference-job`,
};
/** Terraform reference (type, logical-name prefix, attribute) → value. Anything else fails the suite. */
const SUBSTITUTIONS = [
    [/^aws_vpc\.network_vpc_\w+\.id$/, exports.IDS.vpc],
    [/^aws_vpc_endpoint\.s3-gateway_endpoint_\w+\.id$/, exports.IDS.s3Vpce],
    [/^aws_subnet\.network_subnet-use1-az1_\w+\.id$/, exports.IDS.subnets['use1-az1']],
    [/^aws_subnet\.network_subnet-use1-az2_\w+\.id$/, exports.IDS.subnets['use1-az2']],
    [/^aws_subnet\.network_subnet-use1-az4_\w+\.id$/, exports.IDS.subnets['use1-az4']],
    [/^aws_security_group\.security-groups_jobs_\w+\.id$/, exports.IDS.jobSecurityGroup],
    [/^aws_kms_key\.data_data-key_\w+\.arn$/, exports.IDS.dataKey],
    [/^aws_iam_role\.jobs_customization-role_\w+\.arn$/, exports.IDS.customizationRole],
    [/^aws_iam_role\.jobs_batch-inference-role_\w+\.arn$/, exports.IDS.batchRole],
];
function substitute(policy) {
    return policy.replace(/\$\{([^}]+)\}/g, (token, ref) => {
        const hit = SUBSTITUTIONS.find(([pattern]) => pattern.test(ref));
        if (!hit)
            throw new Error(`no substitution for ${token}; add it to SUBSTITUTIONS with a realistic value`);
        return hit[1];
    });
}
function synthesizePolicies() {
    const [env] = (0, load_1.validateEnvironments)([{ name: 'sim', raw: SIM_ENVIRONMENT }]);
    const [stack] = (0, app_1.buildApp)(cdktf_1.Testing.app(), [env]);
    // toTerraform() is what synth writes, with the construct paths Testing.synth strips.
    const resources = stack.toTerraform().resource;
    const byPath = new Map();
    for (const ofType of Object.values(resources)) {
        for (const config of Object.values(ofType)) {
            const path = config['//']?.metadata?.path;
            if (path)
                byPath.set(path.slice(`${env.stackName}/`.length), config);
        }
    }
    return {
        at(path, attribute = 'policy') {
            const value = byPath.get(path)?.[attribute];
            if (typeof value !== 'string')
                throw new Error(`no ${attribute} at ${path}; the construct tree changed`);
            return JSON.parse(substitute(value));
        },
    };
}
