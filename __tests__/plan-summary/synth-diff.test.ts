import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { declareMove } from '../../modules/state/moved';
import { StackDiff, renderSynthDiff, synthDiff } from '../../review/synth-diff';

/** The base branch: one stack with a network, a bucket, a key and a route table. */
function base(stack: TerraformStack) {
  const network = new Construct(stack, 'network');
  const vpc = new Vpc(network, 'vpc', { cidrBlock: '10.0.0.0/16' });
  new Subnet(network, 'subnet-a', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });
  new RouteTable(network, 'routes', { vpcId: vpc.id });
  new S3Bucket(stack, 'logs', { bucket: 'demo-logs' });
  new KmsKey(stack, 'key', { description: 'demo key' });
}

/** The PR: "network" renamed to "net" (a moved block only for the VPC), logs bucket dropped, archive bucket and a stack added. */
function pr(stack: TerraformStack) {
  const net = new Construct(stack, 'net');
  const vpc = new Vpc(net, 'vpc', { cidrBlock: '10.0.0.0/16' });
  declareMove(vpc, 'aws_vpc.network_vpc_4E8F0223');
  new Subnet(net, 'subnet-a', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });
  new S3Bucket(stack, 'archive', { bucket: 'demo-archive' });
  new S3Bucket(stack, 'copy-of-logs', { bucket: 'demo-logs-2' });
  new KmsKey(stack, 'key', { description: 'demo key, rotated', enableKeyRotation: true });
}

function synthesizeTree(dir: string, build: (s: TerraformStack) => void, extraStack: boolean): string {
  const app = new App({ outdir: dir });
  const stack = new TerraformStack(app, 'demo');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  build(stack);
  if (extraStack) {
    const extra = new TerraformStack(app, 'extra');
    new AwsProvider(extra, 'aws', { region: 'us-east-1' });
    new S3Bucket(extra, 'bucket', { bucket: 'demo-extra' });
  }
  app.synth();
  return dir;
}

describe('synth-diff between two generated cdktf.out trees', () => {
  const root = mkdtempSync(join(tmpdir(), 'synth-diff-'));
  let diffs: StackDiff[];
  let demo: StackDiff;
  beforeAll(() => {
    diffs = synthDiff(synthesizeTree(join(root, 'base'), base, false), synthesizeTree(join(root, 'pr'), pr, true));
    demo = diffs.find((d) => d.stack === 'demo')!;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

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
    const md = renderSynthDiff(diffs);
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
    const d = synthDiff(
      synthesizeTree(join(root, 'b2'), (s) => new S3Bucket(s, 'old-name', { bucket: 'same-bucket' }), false),
      synthesizeTree(join(root, 'p2'), (s) => new S3Bucket(s, 'renamed', { bucket: 'same-bucket' }), false),
    );
    expect(d[0].removed).toEqual([{ address: 'aws_s3_bucket.old-name', type: 'aws_s3_bucket', stateful: true, suggestedMoveTo: 'aws_s3_bucket.renamed' }]);
  });
});
