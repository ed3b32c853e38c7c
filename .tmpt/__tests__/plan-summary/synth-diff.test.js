"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const cdktf_1 = require("cdktf");
const constructs_1 = require("constructs");
const provider_1 = require("@cdktf/provider-aws/lib/provider");
const vpc_1 = require("@cdktf/provider-aws/lib/vpc");
const subnet_1 = require("@cdktf/provider-aws/lib/subnet");
const s3_bucket_1 = require("@cdktf/provider-aws/lib/s3-bucket");
const kms_key_1 = require("@cdktf/provider-aws/lib/kms-key");
const route_table_1 = require("@cdktf/provider-aws/lib/route-table");
const moved_1 = require("../../modules/state/moved");
const synth_diff_1 = require("../../scripts/lib/synth-diff");
/** The base branch: one stack with a network, a bucket, a key and a route table. */
function base(stack) {
    const network = new constructs_1.Construct(stack, 'network');
    const vpc = new vpc_1.Vpc(network, 'vpc', { cidrBlock: '10.0.0.0/16' });
    new subnet_1.Subnet(network, 'subnet-a', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });
    new route_table_1.RouteTable(network, 'routes', { vpcId: vpc.id });
    new s3_bucket_1.S3Bucket(stack, 'logs', { bucket: 'demo-logs' });
    new kms_key_1.KmsKey(stack, 'key', { description: 'demo key' });
}
/** The PR: "network" renamed to "net" (a moved block only for the VPC), logs bucket dropped, archive bucket and a stack added. */
function pr(stack) {
    const net = new constructs_1.Construct(stack, 'net');
    const vpc = new vpc_1.Vpc(net, 'vpc', { cidrBlock: '10.0.0.0/16' });
    (0, moved_1.declareMove)(vpc, 'aws_vpc.network_vpc_4E8F0223');
    new subnet_1.Subnet(net, 'subnet-a', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });
    new s3_bucket_1.S3Bucket(stack, 'archive', { bucket: 'demo-archive' });
    new s3_bucket_1.S3Bucket(stack, 'copy-of-logs', { bucket: 'demo-logs-2' });
    new kms_key_1.KmsKey(stack, 'key', { description: 'demo key, rotated', enableKeyRotation: true });
}
function synthesizeTree(dir, build, extraStack) {
    const app = new cdktf_1.App({ outdir: dir });
    const stack = new cdktf_1.TerraformStack(app, 'demo');
    new provider_1.AwsProvider(stack, 'aws', { region: 'us-east-1' });
    build(stack);
    if (extraStack) {
        const extra = new cdktf_1.TerraformStack(app, 'extra');
        new provider_1.AwsProvider(extra, 'aws', { region: 'us-east-1' });
        new s3_bucket_1.S3Bucket(extra, 'bucket', { bucket: 'demo-extra' });
    }
    app.synth();
    return dir;
}
describe('synth-diff between two generated cdktf.out trees', () => {
    const root = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'synth-diff-'));
    let diffs;
    let demo;
    beforeAll(() => {
        diffs = (0, synth_diff_1.synthDiff)(synthesizeTree((0, node_path_1.join)(root, 'base'), base, false), synthesizeTree((0, node_path_1.join)(root, 'pr'), pr, true));
        demo = diffs.find((d) => d.stack === 'demo');
    });
    afterAll(() => (0, node_fs_1.rmSync)(root, { recursive: true, force: true }));
    it('reports a stack that only the PR has', () => {
        expect(diffs.map((d) => [d.stack, d.status])).toEqual([
            ['demo', 'present'],
            ['extra', 'added'],
        ]);
        expect(diffs[1].added).toEqual(['aws_s3_bucket.bucket']);
    });
    it('lists added addresses', () => {
        expect(demo.added).toEqual(['aws_s3_bucket.archive', 'aws_s3_bucket.copy-of-logs', 'aws_subnet.net_subnet-a_4ACC699C', 'aws_vpc.net_vpc_189A1278']);
    });
    it('lists removed addresses, with the moved block the PR declares and the one it should add', () => {
        expect(demo.removed).toEqual([
            { address: 'aws_route_table.network_routes_8D075533', type: 'aws_route_table', stateful: false },
            { address: 'aws_s3_bucket.logs', type: 'aws_s3_bucket', stateful: true },
            { address: 'aws_subnet.network_subnet-a_AC9055D9', type: 'aws_subnet', stateful: true, suggestedMoveTo: 'aws_subnet.net_subnet-a_4ACC699C' },
            { address: 'aws_vpc.network_vpc_4E8F0223', type: 'aws_vpc', stateful: true, declaredMoveTo: 'aws_vpc.net_vpc_189A1278' },
        ]);
    });
    it('lists changed addresses with the attributes that changed', () => {
        expect(demo.changed).toEqual([{ address: 'aws_kms_key.key', attributes: ['description', 'enable_key_rotation'] }]);
    });
    it('flags stateful removals without a moved block and prints the moved block to add', () => {
        const md = (0, synth_diff_1.renderSynthDiff)(diffs);
        const loud = md.split('#### ⚠️ Stateful resources removed without a moved block')[1].split('<details>')[0];
        expect(loud).toContain('- `demo`: `aws_subnet.network_subnet-a_AC9055D9`');
        expect(loud).toContain('  moved {\n    from = aws_subnet.network_subnet-a_AC9055D9\n    to   = aws_subnet.net_subnet-a_4ACC699C\n  }');
        expect(loud).toContain("declareMove(<new resource>, 'aws_subnet.network_subnet-a_AC9055D9')");
        expect(loud).toContain('- `demo`: `aws_s3_bucket.logs`\n  no renamed counterpart found: Terraform will destroy it');
        // The VPC is covered by its moved block; the route table is not stateful.
        expect(loud).not.toContain('aws_vpc.');
        expect(loud).not.toContain('aws_route_table');
    });
    it('pairs by identical configuration when construct paths share nothing', () => {
        const d = (0, synth_diff_1.synthDiff)(synthesizeTree((0, node_path_1.join)(root, 'b2'), (s) => new s3_bucket_1.S3Bucket(s, 'old-name', { bucket: 'same-bucket' }), false), synthesizeTree((0, node_path_1.join)(root, 'p2'), (s) => new s3_bucket_1.S3Bucket(s, 'renamed', { bucket: 'same-bucket' }), false));
        expect(d[0].removed).toEqual([{ address: 'aws_s3_bucket.old-name', type: 'aws_s3_bucket', stateful: true, suggestedMoveTo: 'aws_s3_bucket.renamed' }]);
    });
});
