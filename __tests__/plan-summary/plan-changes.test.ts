import { parsePlan, Plan, ResourceChange } from '../../review/plan/plan-json';
import { summarizePlans } from '../../review/plan/summarize';
import { renderSummary } from '../../review/plan/render';

/** A resource change as `terraform show -json` writes it. */
function rc(address: string, actions: ResourceChange['change']['actions'], before: Record<string, unknown> | null, after: Record<string, unknown> | null): ResourceChange {
  const [type, name] = address.split('.');
  return { address, mode: 'managed', type, name, change: { actions, before, after, after_unknown: {} } };
}

const plan = (changes: ResourceChange[], extra: Partial<Plan> = {}): Plan => parsePlan(JSON.stringify({ format_version: '1.2', resource_changes: changes, ...extra }), 'test');

describe('plan-summary: changes a plan shows outside resource counts', () => {
  it('an RCP update gets the loud organization section with the statement diff and both sizes', () => {
    const before = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'A', Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: '*' }] });
    const after = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'A', Effect: 'Deny', Principal: '*', Action: ['s3:GetObject', 's3:PutObject'], Resource: '*' }] });
    const values = (content: string) => ({ content, name: 'perimeter', type: 'RESOURCE_CONTROL_POLICY', tags_all: {} });
    const summary = summarizePlans([{ stack: 'org', plan: plan([rc('aws_organizations_policy.rcp', ['update'], values(before), values(after))]) }]);
    expect(summary.organizationPolicies).toEqual([
      expect.objectContaining({ stack: 'org', change: 'changed', policyType: 'RESOURCE_CONTROL_POLICY', beforeBytes: before.length, afterBytes: after.length }),
    ]);
    const md = renderSummary(summary);
    const section = md.split('### ⚠️ Organization policy changes (SCP / RCP)')[1];
    expect(section).toContain('#### `org` · RCP `perimeter` changed (`aws_organizations_policy.rcp`)');
    expect(section).toContain(`Size: ${before.length} → ${after.length} bytes (+${after.length - before.length}) of AWS Organizations' 5,120`);
    expect(section).toContain('- Sid "A" changed\n  ```diff\n  Action\n  + s3:PutObject');
  });

  it('an SCP whose new document is known only after apply says so', () => {
    const change = rc('aws_organizations_policy.scp', ['update'], { content: '{"Statement":[]}', name: 'g', type: 'SERVICE_CONTROL_POLICY' }, { name: 'g', type: 'SERVICE_CONTROL_POLICY' });
    const summary = summarizePlans([{ stack: 'org', plan: plan([{ ...change, change: { ...change.change, after_unknown: { content: true } } }]) }]);
    expect(renderSummary(summary)).toContain('Size: 16 → known after apply bytes');
  });

  it('updates that change only tags_all are a retag of every resource of the stack', () => {
    const tagged = (extra: Record<string, string>) => ({ bucket: 'b', tags: { Name: 'b' }, tags_all: { Name: 'b', Owner: 'ml', ...extra } });
    const summary = summarizePlans([
      {
        stack: 'bedrock-dev',
        plan: plan([
          rc('aws_s3_bucket.a', ['update'], tagged({}), tagged({ Team: 'ml' })),
          rc('aws_kms_key.k', ['update'], { description: 'k', tags_all: { Owner: 'ml' } }, { description: 'k', tags_all: { Owner: 'ml', Team: 'ml' } }),
          // Not a retag: its own attributes change too.
          rc('aws_s3_bucket.c', ['update'], { bucket: 'c', tags_all: {} }, { bucket: 'c2', tags_all: { Team: 'ml' } }),
        ]),
      },
    ]);
    expect(summary.stacks[0].retag).toEqual({ resources: 2, tags: ['+ Team = "ml"'] });
    expect(renderSummary(summary)).toContain('- `bedrock-dev`: retags every resource of the stack (2 resources)\n  - `+ Team = "ml"`');
  });

  it('output changes are listed', () => {
    const summary = summarizePlans([
      {
        stack: 's',
        plan: plan([], { output_changes: { vpc_id: { actions: ['no-op'] }, new_one: { actions: ['create'], after: 'x' }, old_one: { actions: ['delete'], before: 'y' } } }),
      },
    ]);
    expect(summary.stacks[0].outputs).toEqual([
      { name: 'new_one', kind: 'create' },
      { name: 'old_one', kind: 'delete' },
    ]);
    expect(renderSummary(summary)).toContain('### Outputs');
    expect(renderSummary(summary)).toContain('- `s`: delete output `old_one`');
  });
});
