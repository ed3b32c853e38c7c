import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, LocalBackend, S3Backend, TerraformOutput, TerraformStack } from 'cdktf';
import { AwsProvider, AwsProviderConfig } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { OrganizationsPolicy } from '@cdktf/provider-aws/lib/organizations-policy';
import { loadEnvironments } from '../../config/load';
import { synthesizeApp } from '../../scripts/lib/synthesized';
import { ORGANIZATION_POLICY_MAX_BYTES } from '../../catalog/organization-policy-limits';
import { StackDiff, diffSynthesized, renderSynthDiff, synthDiff } from '../../review/synth-diff';

interface Variant {
  readonly provider?: Partial<AwsProviderConfig>;
  readonly aliases?: readonly string[];
  readonly backend?: 'local' | 's3';
  readonly outputs?: Record<string, string>;
  readonly scpStatements?: ReadonlyArray<Record<string, unknown>>;
  /** Edits the synthesized JSON afterwards, as a provider or Terraform upgrade would. */
  readonly edit?: (json: Record<string, Record<string, unknown>>) => void;
}

const BASE: Variant = {
  provider: { region: 'us-east-1', allowedAccountIds: ['123456789012'], defaultTags: [{ tags: { Owner: 'ml-platform', ManagedBy: 'cdktf' } }] },
  backend: 'local',
  outputs: { vpc_id: 'vpc-1' },
  scpStatements: [{ Sid: 'DenyApiKeys', Effect: 'Deny', Action: 'iam:CreateServiceSpecificCredential', Resource: '*' }],
};

/** One stack with a provider, a backend, a bucket, outputs and an SCP, synthesized by cdktf into `dir`. */
function tree(dir: string, v: Variant): string {
  const app = new App({ outdir: dir });
  const stack = new TerraformStack(app, 'demo');
  new AwsProvider(stack, 'aws', { region: 'us-east-1', ...v.provider });
  for (const alias of v.aliases ?? []) new AwsProvider(stack, `aws-${alias}`, { region: 'us-west-2', alias });
  if (v.backend === 's3') new S3Backend(stack, { bucket: 'state-bucket', key: 'demo.tfstate', region: 'us-east-1', encrypt: true });
  else new LocalBackend(stack, { path: 'terraform.demo.tfstate' });
  new S3Bucket(stack, 'bucket', { bucket: 'demo-bucket' });
  for (const [name, value] of Object.entries(v.outputs ?? {})) new TerraformOutput(stack, name, { value });
  new OrganizationsPolicy(stack, 'scp', {
    name: 'guardrails',
    type: 'SERVICE_CONTROL_POLICY',
    content: JSON.stringify({ Version: '2012-10-17', Statement: v.scpStatements ?? [] }),
  });
  app.synth();
  if (v.edit) {
    const file = join(dir, 'stacks', 'demo', 'cdk.tf.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    v.edit(json);
    writeFileSync(file, JSON.stringify(json, null, 2));
  }
  return dir;
}

describe('synth diff outside resource blocks: every kind of change is reported', () => {
  const root = mkdtempSync(join(tmpdir(), 'settings-diff-'));
  let n = 0;
  const diffOf = (pr: Variant): StackDiff => synthDiff(tree(join(root, `b${n}`), BASE), tree(join(root, `p${n++}`), { ...BASE, ...pr }))[0];
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports nothing when only cdktf metadata differs', () => {
    const d = diffOf({ edit: (json) => ((json['//'] as { metadata: { version: string } }).metadata.version = '0.24.0') });
    expect(d.settings).toEqual([]);
    expect(renderSynthDiff([d])).toContain('No resource added, removed or changed; no provider, backend');
  });

  it('a default_tags change: "retags every resource of the stack", with the tags added, removed and changed', () => {
    const d = diffOf({ provider: { ...BASE.provider, defaultTags: [{ tags: { Owner: 'platform', ManagedBy: 'cdktf', Team: 'ml' } }] } });
    expect(d.added).toEqual([]);
    expect(d.changed).toEqual([]);
    expect(d.settings).toEqual([
      {
        block: 'provider',
        name: 'aws',
        change: 'changed',
        details: ['default_tags (retags every resource of the stack):', '  ~ Owner: "ml-platform" → "platform"', '  + Team = "ml"'],
        retagsEveryResource: true,
      },
    ]);
    const md = renderSynthDiff([d]);
    expect(md).toContain('#### ⚠️ Provider default_tags changed: retags every resource of the stack');
    expect(md).toContain('- `demo` (provider `aws`): retags every resource of the stack\n    ~ Owner: "ml-platform" → "platform"\n    + Team = "ml"');
    expect(md).toContain('| demo | 0 | 0 | 0 | 1 |');
  });

  it('the provider region and allowed_account_ids', () => {
    const d = diffOf({ provider: { ...BASE.provider, region: 'eu-west-1', allowedAccountIds: ['210987654321'] } });
    expect(d.settings).toEqual([
      { block: 'provider', name: 'aws', change: 'changed', details: ['allowed_account_ids: ["123456789012"] → ["210987654321"]', 'region: "us-east-1" → "eu-west-1"'] },
    ]);
  });

  it('a provider alias added', () => {
    const d = diffOf({ aliases: ['west'] });
    expect(d.settings).toEqual([{ block: 'provider', name: 'aws.west', change: 'added', details: ['alias: (unset) → "west"', 'region: (unset) → "us-west-2"'] }]);
    expect(renderSynthDiff([d])).toContain('- added provider `aws.west`');
  });

  it('the backend', () => {
    const d = diffOf({ backend: 's3' });
    expect(d.settings).toEqual([
      {
        block: 'backend',
        name: 's3',
        change: 'changed',
        details: [
          'type: local → s3',
          'bucket: (unset) → "state-bucket"',
          'encrypt: (unset) → true',
          'key: (unset) → "demo.tfstate"',
          'path: "terraform.demo.tfstate" → (unset)',
          'region: (unset) → "us-east-1"',
        ],
      },
    ]);
  });

  it('required_providers (source spelling and pin) and required_version', () => {
    const d = diffOf({
      edit: (json) => {
        const terraform = json.terraform as { required_providers: Record<string, unknown>; required_version: string };
        terraform.required_providers.aws = { source: 'hashicorp/aws', version: '6.66.0' };
        terraform.required_version = '>= 1.5.0';
      },
    });
    expect(d.settings.map((s) => [s.block, s.name, s.details])).toEqual([
      ['required_providers', 'aws', [expect.stringMatching(/^source: "aws" → "hashicorp\/aws"$/), expect.stringMatching(/^version: "[\d.]+" → "6\.66\.0"$/)]],
      ['required_version', 'terraform', ['(unset) → ">= 1.5.0"']],
    ]);
  });

  it('outputs added, removed and changed', () => {
    const d = diffOf({ outputs: { vpc_id: 'vpc-2', subnet_ids: 'a,b' } });
    expect(d.settings).toEqual([
      { block: 'output', name: 'subnet_ids', change: 'added', details: ['(unset) → {"value":"a,b"}'] },
      { block: 'output', name: 'vpc_id', change: 'changed', details: ['value: "vpc-1" → "vpc-2"'] },
    ]);
    expect(diffOf({ outputs: {} }).settings).toEqual([{ block: 'output', name: 'vpc_id', change: 'removed', details: ['{"value":"vpc-1"} → (unset)'] }]);
  });

  it('an SCP change: its own loud section with the statement diff and both sizes against 5,120', () => {
    const statements = [...BASE.scpStatements!, { Sid: 'DenyLeavingOrg', Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }];
    const d = diffOf({ scpStatements: statements });
    const [before, after] = [BASE.scpStatements!, statements].map((s) => Buffer.byteLength(JSON.stringify({ Version: '2012-10-17', Statement: s })));
    expect(d.organizationPolicies).toEqual([
      expect.objectContaining({ stack: 'demo', change: 'changed', policyType: 'SERVICE_CONTROL_POLICY', name: 'guardrails', beforeBytes: before, afterBytes: after }),
    ]);
    const md = renderSynthDiff([d]);
    const section = md.split('### ⚠️ Organization policy changes (SCP / RCP)')[1].split('<details>')[0];
    expect(section).toContain('#### `demo` · SCP `guardrails` changed');
    expect(section).toContain(`Size: ${before.toLocaleString('en-US')} → ${after.toLocaleString('en-US')} bytes (+${after - before}) of AWS Organizations' ${ORGANIZATION_POLICY_MAX_BYTES.toLocaleString('en-US')}`);
    expect(section).toContain('- Sid "DenyLeavingOrg" added\n  ```diff\n  Effect\n  + Deny\n  Action\n  + organizations:LeaveOrganization');
  });

  it('an SCP grown over the limit is marked as refused', () => {
    const big = [{ Sid: 'Big', Effect: 'Deny', Action: Array.from({ length: 500 }, (_, i) => `s3:Action${i}`), Resource: '*' }];
    const md = renderSynthDiff([diffOf({ scpStatements: big })]);
    expect(md).toContain("⛔ over the limit: AWS Organizations will refuse it");
  });
});

describe('synth diff of the real app', () => {
  it('an extra tag in one environment file retags every resource of that stack, and only that one', () => {
    const environments = loadEnvironments();
    const [first] = environments;
    const tagged = environments.map((e) => (e === first ? { ...e, tags: { ...e.tags, extra: { ...e.tags.extra, 'review-test': 'yes' } } } : e));
    const diffs = diffSynthesized(synthesizeApp(environments), synthesizeApp(tagged));
    const retagged = diffs.filter((d) => d.settings.some((s) => s.retagsEveryResource));
    expect(retagged.map((d) => d.stack)).toEqual([diffs.find((d) => d.settings.length)!.stack]);
    expect(retagged[0].settings[0].details).toContain('  + review-test = "yes"');
    expect(retagged[0].added).toEqual([]);
    expect(retagged[0].removed).toEqual([]);
  });
});
