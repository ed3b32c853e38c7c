import { App } from '../../framework';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ToolError } from '../../catalog/errors';
import { foreignReferences } from '../../rules/foreign-references';
import { IndependentStack } from '../../stacks/independent-stack';

class Fixture extends IndependentStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
  }
}

describe('foreignReferences', () => {
  it('lists what a stack references but does not declare, and nothing else', () => {
    const stack = {
      resource: {
        aws_vpc: { main: {} },
        aws_subnet: { a: { vpc_id: '${aws_vpc.main.id}', tags: { Name: '${var.name}-${local.suffix}' } } },
        aws_iam_policy: { p: { policy: '${jsonencode({Statement = [{Resource = aws_s3_bucket.elsewhere.arn}]})}' } },
      },
      data: { aws_caller_identity: { me: {} } },
      output: {
        account: { value: '${data.aws_caller_identity.me.account_id}' },
        gone: { value: '${data.aws_region.other.name}' },
        loop: { value: '${[for s in aws_subnet.a : s.id]}' },
        each: { value: '${each.value}' },
      },
    };
    expect(foreignReferences(stack)).toEqual(['aws_s3_bucket.elsewhere', 'data.aws_region.other']);
  });
});

describe('IndependentStack', () => {
  let outdir: string;
  beforeEach(() => {
    outdir = mkdtempSync(join(tmpdir(), 'independent-'));
  });
  afterEach(() => rmSync(outdir, { recursive: true, force: true }));

  it('synthesizes stacks that reference only themselves', () => {
    const app = new App({ outdir });
    const stack = new Fixture(app, 'one');
    const vpc = new Vpc(stack, 'vpc', { cidrBlock: '10.0.0.0/16' });
    new Subnet(stack, 'subnet', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });
    expect(() => app.synth()).not.toThrow();
  });

  it('fails synth on a reference to another stack, which cdktf would have wired with outputs', () => {
    const app = new App({ outdir });
    const vpc = new Vpc(new Fixture(app, 'network'), 'vpc', { cidrBlock: '10.0.0.0/16' });
    new Subnet(new Fixture(app, 'workloads'), 'subnet', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });
    const synth = () => app.synth();
    expect(synth).toThrow(ToolError);
    expect(synth).toThrow(/^stack workloads references aws_vpc\.vpc, which it does not declare: a resource of another stack\?/);
  });
});
