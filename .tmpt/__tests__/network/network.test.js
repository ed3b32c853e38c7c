"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const load_1 = require("../../config/load");
const cidr_1 = require("../../config/cidr");
const synth_1 = require("../helpers/synth");
const environments = (0, load_1.loadEnvironments)();
const synthesized = (0, synth_1.synthEnvs)(environments);
const shipped = environments.map((env) => ({ env, tf: synthesized[env.stackName] }));
describe.each(shipped.map((s) => [s.env.name, s]))('environment %s', (_name, { env, tf }) => {
    it('has no internet gateway, NAT gateway, elastic IP or egress-only gateway', () => {
        for (const type of ['aws_internet_gateway', 'aws_nat_gateway', 'aws_eip', 'aws_egress_only_internet_gateway']) {
            expect((0, synth_1.resources)(tf, type)).toEqual([]);
        }
    });
    it('has no route to 0.0.0.0/0 and no public IP mapping', () => {
        expect((0, synth_1.resources)(tf, 'aws_route')).toEqual([]);
        for (const [, rt] of (0, synth_1.resources)(tf, 'aws_route_table'))
            expect(rt.route).toBeUndefined();
        for (const [, subnet] of (0, synth_1.resources)(tf, 'aws_subnet'))
            expect(subnet.map_public_ip_on_launch).toBe(false);
        expect(JSON.stringify(tf.resource)).not.toContain('0.0.0.0/0');
    });
    it('pins the provider to the account and region with default tags', () => {
        const [provider] = tf.provider.aws;
        expect(provider.allowed_account_ids).toEqual([env.accountId]);
        expect(provider.region).toBe(env.region);
        expect(provider.default_tags[0].tags).toMatchObject({
            Environment: env.name,
            Owner: env.tags.owner,
            CostCentre: env.tags.costCentre,
            ManagedBy: 'cdktf',
            Stack: env.stackName,
            ...env.tags.extra,
        });
    });
    it('creates a VPC with DNS support and hostnames (private DNS needs both)', () => {
        const vpc = (0, synth_1.resourceAt)(tf, 'aws_vpc', 'network/vpc');
        expect(vpc).toMatchObject({ cidr_block: env.vpcCidr, enable_dns_support: true, enable_dns_hostnames: true });
    });
    it('places one private subnet per configured AZ ID, inside the VPC and disjoint', () => {
        const subnets = env.azIds.map((azId) => (0, synth_1.resourceAt)(tf, 'aws_subnet', `network/subnet-${azId}`));
        expect(subnets.map((s) => s.availability_zone_id)).toEqual(env.azIds);
        expect((0, synth_1.resources)(tf, 'aws_subnet')).toHaveLength(env.azIds.length);
        const vpc = (0, cidr_1.parseCidr)(env.vpcCidr);
        const cidrs = subnets.map((s) => (0, cidr_1.parseCidr)(s.cidr_block));
        cidrs.forEach((c, i) => {
            expect((0, cidr_1.cidrContains)(vpc, c)).toBe(true);
            cidrs.slice(i + 1).forEach((d) => expect((0, cidr_1.cidrsOverlap)(c, d)).toBe(false));
        });
    });
    it('associates every subnet with the private route table', () => {
        const rt = (0, synth_1.ref)(tf, 'aws_route_table', 'network/private-rt', 'id');
        for (const azId of env.azIds) {
            expect((0, synth_1.resourceAt)(tf, 'aws_route_table_association', `network/rta-${azId}`)).toMatchObject({
                route_table_id: rt,
                subnet_id: (0, synth_1.ref)(tf, 'aws_subnet', `network/subnet-${azId}`, 'id'),
            });
        }
    });
    it('locks the default security group down to no rules', () => {
        expect((0, synth_1.resourceAt)(tf, 'aws_default_security_group', 'network/default-sg')).toMatchObject({ ingress: [], egress: [] });
    });
    it('logs all VPC traffic to a KMS-encrypted log group with the configured retention', () => {
        const group = (0, synth_1.resourceAt)(tf, 'aws_cloudwatch_log_group', 'flow-logs/log-group');
        expect(group.retention_in_days).toBe(env.flowLogs.retentionDays);
        expect(group.kms_key_id).toBe((0, synth_1.ref)(tf, 'aws_kms_key', 'data/logs-key/key', 'arn'));
        expect((0, synth_1.resourceAt)(tf, 'aws_flow_log', 'flow-logs/flow-log')).toMatchObject({
            vpc_id: (0, synth_1.ref)(tf, 'aws_vpc', 'network/vpc', 'id'),
            traffic_type: 'ALL',
            log_destination_type: 'cloud-watch-logs',
            log_destination: (0, synth_1.ref)(tf, 'aws_cloudwatch_log_group', 'flow-logs/log-group', 'arn'),
            iam_role_arn: (0, synth_1.ref)(tf, 'aws_iam_role', 'flow-logs/role', 'arn'),
        });
    });
});
describe('security groups', () => {
    const env = (0, synth_1.testEnv)();
    const tf = (0, synth_1.synthEnv)(env);
    const endpointsSg = (0, synth_1.ref)(tf, 'aws_security_group', 'security-groups/endpoints', 'id');
    const jobsSg = (0, synth_1.ref)(tf, 'aws_security_group', 'security-groups/jobs', 'id');
    it('allows only HTTPS into the endpoints, from the job group and the VPC block', () => {
        const ingress = (0, synth_1.resources)(tf, 'aws_vpc_security_group_ingress_rule').map(([, r]) => r);
        expect(ingress.map(({ ['//']: _m, ...rule }) => rule)).toEqual([
            { security_group_id: endpointsSg, ip_protocol: 'tcp', from_port: 443, to_port: 443, referenced_security_group_id: jobsSg, description: 'HTTPS from Bedrock job ENIs' },
            { security_group_id: endpointsSg, ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: env.vpcCidr, description: 'HTTPS from workloads inside this VPC' },
        ]);
    });
    it('allows job ENIs only HTTPS out, to the endpoint group and the S3 prefix list', () => {
        const egress = (0, synth_1.resources)(tf, 'aws_vpc_security_group_egress_rule').map(([, r]) => r);
        expect(egress.map(({ ['//']: _m, ...rule }) => rule)).toEqual([
            { security_group_id: jobsSg, ip_protocol: 'tcp', from_port: 443, to_port: 443, referenced_security_group_id: endpointsSg, description: 'HTTPS to the Bedrock interface endpoints' },
            {
                security_group_id: jobsSg,
                ip_protocol: 'tcp',
                from_port: 443,
                to_port: 443,
                prefix_list_id: (0, synth_1.ref)(tf, 'aws_vpc_endpoint', 's3-gateway/endpoint', 'prefix_list_id'),
                description: 'HTTPS to S3 through the gateway endpoint (its prefix list)',
            },
        ]);
    });
    it('creates the groups without inline rules, so AWS\'s default allow-all egress is removed', () => {
        for (const [, sg] of (0, synth_1.resources)(tf, 'aws_security_group')) {
            expect(sg.ingress).toBeUndefined();
            expect(sg.egress).toBeUndefined();
            expect(typeof sg.description).toBe('string');
        }
        expect((0, synth_1.metadataPath)((0, synth_1.resourceAt)(tf, 'aws_security_group', 'security-groups/jobs'))).toBe('bedrock-test/security-groups/jobs');
        expect((0, synth_1.addressAt)(tf, 'aws_security_group', 'security-groups/jobs')).toMatch(/^aws_security_group\.security-groups_jobs_[0-9A-F]{8}$/);
    });
});
