import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parsePlan, readPlan } from '../../review/plan/plan-json';
import { summarizePlans, PlanSummary } from '../../review/plan/summarize';
import { COMMENT_MARKER, renderSummary } from '../../review/plan/render';
import { diffPolicies } from '../../review/plan/policy-diff';

const FIXTURES = join(__dirname, '..', 'fixtures', 'plans');
const stacks = ['bedrock-dev', 'bedrock-prod', 'bedrock-staging'];

describe('plan-summary on the fixture plans', () => {
  let summary: PlanSummary;
  let markdown: string;
  beforeAll(() => {
    summary = summarizePlans(stacks.map((stack) => ({ stack, plan: readPlan(join(FIXTURES, `${stack}.json`)) })));
    markdown = renderSummary(summary);
  });

  it('counts create, update, replace, delete and no-op per stack exactly', () => {
    expect(Object.fromEntries(summary.stacks.map((s) => [s.stack, s.counts]))).toEqual({
      'bedrock-dev': { create: 1, update: 2, replace: 1, delete: 2, 'no-op': 3, read: 1, forget: 0 },
      'bedrock-prod': { create: 0, update: 2, replace: 1, delete: 0, 'no-op': 1, read: 0, forget: 0 },
      'bedrock-staging': { create: 0, update: 0, replace: 0, delete: 0, 'no-op': 2, read: 0, forget: 0 },
    });
    expect(markdown).toContain('| bedrock-dev | 1 | 2 | 1 | 2 | 3 |');
    expect(markdown).toContain('| **bedrock-prod** (prod) | 0 | 2 | 1 | 0 | 1 |');
    expect(markdown).toContain('| bedrock-staging | 0 | 0 | 0 | 0 | 2 |');
  });

  it('lists deletes and replaces of stateful resources, and only those, in the loud section', () => {
    expect(summary.statefulDestroys.map((c) => [c.stack, c.kind, c.address])).toEqual([
      ['bedrock-dev', 'replace', 'aws_subnet.network_subnet-use1-az4_59D6B818'],
      ['bedrock-dev', 'delete', 'aws_vpc_endpoint.bedrock-endpoints_bedrock-agent_E3E0D6E2'],
    ]);
    const section = markdown.split('### ⚠️ Stateful resources destroyed or replaced')[1].split('\n### ')[0];
    expect(section).toContain('- `bedrock-dev`: **replace** `aws_subnet.network_subnet-use1-az4_59D6B818` (replace_because_cannot_update; forced by `cidr_block`)');
    expect(section).toContain('- `bedrock-dev`: **delete** `aws_vpc_endpoint.bedrock-endpoints_bedrock-agent_E3E0D6E2` (delete_because_no_resource_config)');
    // A security group rule delete and a (non-stateful) security group replace are not in it.
    expect(section).not.toContain('ingress_rule');
    expect(section).not.toContain('aws_security_group.');
  });

  it('calls out every change in a prod stack, including a create-before-destroy replace', () => {
    const section = markdown.split('### ⚠️ Production changes')[1].split('\n### ')[0];
    expect(section).toContain('**bedrock-prod**');
    expect(section).toContain('- **replace** `aws_security_group.security-groups_jobs_04FCCD9D` (replace_because_cannot_update; forced by `description`)');
    expect(section).toContain('- update `aws_iam_role.flow-logs_role_B4B87A12`');
    expect(section).not.toContain('bedrock-dev');
  });

  it('diffs policies statement by statement, matching by Sid and else by position', () => {
    const dataAccess = summary.policyChanges.find((p) => p.address === 'aws_iam_role_policy.jobs_customization-role_data-access_B7CBB05E');
    expect(dataAccess?.diff).toEqual({
      kind: 'statements',
      changes: [
        { label: 'Sid "ReadTrainingData"', kind: 'changed', fields: [{ field: 'Action', added: ['s3:GetObjectVersion'], removed: [] }] },
        {
          label: 'Sid "WriteOutput"',
          kind: 'removed',
          fields: [
            { field: 'Effect', added: [], removed: ['Allow'] },
            { field: 'Action', added: [], removed: ['s3:PutObject'] },
            { field: 'Resource', added: [], removed: ['arn:aws:s3:::bedrock-dev-custom-output-111111111111-us-east-1/*'] },
          ],
        },
        { label: 'statement #1 (no Sid)', kind: 'changed', fields: [{ field: 'Condition', added: ['StringEquals kms:ViaService = s3.us-east-1.amazonaws.com'], removed: [] }] },
        {
          label: 'Sid "ReadValidationData"',
          kind: 'added',
          fields: [
            { field: 'Effect', added: ['Allow'], removed: [] },
            { field: 'Action', added: ['s3:GetObject', 's3:ListBucket'], removed: [] },
            { field: 'Resource', added: ['arn:aws:s3:::bedrock-dev-validation-111111111111-us-east-1', 'arn:aws:s3:::bedrock-dev-validation-111111111111-us-east-1/*'], removed: [] },
          ],
        },
      ],
    });
  });

  it('ignores key order in a policy and diffs assume_role_policy too', () => {
    const endpoint = summary.policyChanges.find((p) => p.address === 'aws_vpc_endpoint.bedrock-endpoints_bedrock-runtime_5BAA1BAD');
    expect(endpoint?.diff).toEqual({
      kind: 'statements',
      changes: [{ label: 'Sid "AllowThisAccountOnly"', kind: 'changed', fields: [{ field: 'Action', added: ['bedrock:Converse', 'bedrock:ConverseStream'], removed: [] }] }],
    });
    const trust = summary.policyChanges.find((p) => p.attribute === 'assume_role_policy');
    expect(trust?.diff.kind === 'statements' && trust.diff.changes[0].fields).toEqual([
      {
        field: 'Condition',
        added: ['StringEquals aws:SourceAccount = 333333333333', 'ArnLike aws:SourceArn = arn:aws:ec2:us-west-2:333333333333:vpc-flow-log/*'],
        removed: [],
      },
    ]);
    expect(markdown).toContain('  Condition\n  + StringEquals aws:SourceAccount = 333333333333');
  });

  it('shows a policy that is known only after apply instead of inventing a diff', () => {
    const key = summary.policyChanges.find((p) => p.address === 'aws_kms_key.data_data-key_key_3A1B2C4D');
    expect(key?.diff).toMatchObject({ kind: 'opaque', after: '(known after apply)' });
  });

  it('reports moves Terraform plans from moved blocks', () => {
    expect(summary.stacks[0].moves).toEqual([{ from: 'aws_vpc.vpc_4E8F0223', to: 'aws_vpc.network_vpc_4E8F0223' }]);
  });

  it('starts with the marker the workflow finds its comment by', () => {
    expect(markdown.startsWith(`${COMMENT_MARKER}\n## Terraform plan`)).toBe(true);
  });

  it('has no loud sections for a plan with nothing but no-ops', () => {
    const quiet = renderSummary(summarizePlans([{ stack: 'bedrock-staging', plan: readPlan(join(FIXTURES, 'bedrock-staging.json')) }]));
    expect(quiet).not.toContain('⚠️');
    expect(quiet).not.toContain('Policy changes');
  });

  it('writes the same comment through the command line, reading a directory of plans', () => {
    const out = execFileSync(process.execPath, [require.resolve('tsx/cli'), join(__dirname, '..', '..', 'review', 'plan-summary.ts'), FIXTURES], { encoding: 'utf8' });
    expect(out).toBe(markdown);
  });
});

describe('plan parsing', () => {
  it('rejects another major format version', () => {
    expect(() => parsePlan('{"format_version":"2.0","resource_changes":[]}', 'x.json')).toThrow(/format_version 2.0 is not supported/);
  });

  it('rejects a state file with the command to run instead', () => {
    expect(() => parsePlan('{"format_version":"1.0","values":{}}', 'state.json')).toThrow(/state file, not a plan; run "terraform show -json <planfile>"/);
  });

  it('treats a Sid-less statement list as positional and a single statement object like a list', () => {
    const before = JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' } });
    const after = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }] });
    expect(diffPolicies(before, after)).toEqual({ kind: 'statements', changes: [] });
  });

  it('keeps the fixture a well-formed plan', () => {
    const raw = JSON.parse(readFileSync(join(FIXTURES, 'bedrock-dev.json'), 'utf8'));
    expect(raw.format_version).toBe('1.2');
    expect(Object.keys(raw)).toEqual(expect.arrayContaining(['resource_changes', 'planned_values', 'configuration', 'prior_state']));
  });
});
