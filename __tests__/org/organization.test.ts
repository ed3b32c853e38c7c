import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Testing } from 'cdktf';
import { ConfigError } from '../../config/errors';
import { loadEnvironments } from '../../config/load';
import { loadOrganization, validateOrganization } from '../../config/organization';
import { buildApp } from '../../stacks/app';
import { organizationPolicies } from '../../stacks/organization-policies';
import { policyJson } from '../../modules/policy/document';
import { platformServiceControlPolicy } from '../../modules/org/service-control-policy';
import { REPORT_JSON } from '../../rules/guardrails';
import type { GuardrailsReport } from '../../rules/report';
import { ORGANIZATION_POLICY_FILES, renderOrganizationPolicies } from '../../scripts/lib/organization-render';
import { resourceAddresses } from '../../scripts/lib/synthesized';
import { type TfJson, testEnv } from '../helpers/synth';

/** config/organization.json, the organization-guardrails stack and `npm run org:render`. */

/**
 * This suite's own organization file and environments (config/organization.json's shape; three
 * accounts, each naming its people with the organization's role names), so the environments a team
 * configures cannot change what it expects. The repo's own files are checked at the end.
 */
const raw: Record<string, unknown> = {
  organizationId: 'o-a1b2c3d4e5',
  managementAccountId: '555555555555',
  targetIds: ['ou-ab12-34cd56ef'],
  deployerRoleArns: ['arn:aws:iam::*:role/bedrock-platform-deployer'],
  submitterRoleArns: ['arn:aws:iam::*:role/bedrock-job-submitter'],
  breakGlassRoleArns: ['arn:aws:iam::*:role/break-glass'],
};
const environments = ['dev', 'staging', 'prod'].map((name, i) => {
  const account = String(123456789012 + i);
  const role = (r: string) => [`arn:aws:iam::${account}:role/${r}`];
  return testEnv({ accountId: account, people: { deployers: role('bedrock-platform-deployer'), dataStewards: role('bedrock-data-steward'), jobSubmitters: role('bedrock-job-submitter') } }, name);
});
const shipped = validateOrganization(raw, environments);

function synthOrganization(org = shipped): { tf: TfJson; report: GuardrailsReport } {
  const app = Testing.app() as App;
  buildApp(app, [], org); // the organization stack alone: its inputs are already derived into org
  app.synth();
  const dir = join(app.outdir, 'stacks', org.stackName);
  return { tf: JSON.parse(readFileSync(join(dir, 'cdk.tf.json'), 'utf8')) as TfJson, report: JSON.parse(readFileSync(join(dir, REPORT_JSON), 'utf8')) as GuardrailsReport };
}

describe('the organization file', () => {
  it('is optional: without it there is no organization stack', () => {
    expect(loadOrganization(environments, join(tmpdir(), 'no-such-organization.json'))).toBeUndefined();
    const app = Testing.app() as App;
    buildApp(app, environments);
    expect(app.node.children.map((c) => c.node.id)).not.toContain('organization-guardrails');
  });

  it('derives name prefixes, and whom the bucket policies let past their VPC-only deny, from the environment files', () => {
    expect(shipped.namePrefixes).toEqual(['bedrock']);
    // Each environment's break-glass, people.dataStewards and people.logReaders where it declares origins, and service roles.
    const each = (pick: (e: (typeof environments)[number]) => readonly string[]) => [...new Set(environments.flatMap(pick))].sort();
    const bound = (e: (typeof environments)[number]) => (e.people.origins.sourceIps.length + e.people.origins.vpcEndpointIds.length ? [...e.people.dataStewards, ...e.people.logReaders] : []);
    expect(shipped.dataExemptPrincipalArns).toEqual(each((e) => [...e.buckets.exemptPrincipalArns, ...bound(e), ...e.people.serviceRoles.map((r) => r.arn)]));
    expect(shipped.bucketDeployerArns).toEqual(each((e) => e.people.deployers));
    expect(shipped.bucketPlannerArns).toEqual(each((e) => e.people.planners));
    const genai = testEnv({ namePrefix: 'genai', buckets: { exemptPrincipalArns: ['arn:aws:iam::123456789012:role/BreakGlass'] } });
    const org = validateOrganization(raw, [genai, ...environments]);
    expect(org.namePrefixes).toEqual(['bedrock', 'genai']);
    expect(org.dataExemptPrincipalArns).toContain('arn:aws:iam::123456789012:role/BreakGlass');
  });

  it('keeps the RCP within AWS Organizations\' 5,120 bytes for many accounts: same-named roles collapse to one account pattern only then', () => {
    const many = Array.from({ length: 30 }, (_, i) => {
      const account = String(100000000000 + i);
      const role = (name: string) => [`arn:aws:iam::${account}:role/${name}`];
      return testEnv({ accountId: account, people: { deployers: role('bedrock-platform-deployer'), dataStewards: role('bedrock-data-steward'), origins: { sourceIps: ['198.51.100.0/24'] } } }, `gen${i}`);
    });
    const rcp = organizationPolicies(validateOrganization(raw, many)).resourceControlPolicy;
    expect(Buffer.byteLength(policyJson(rcp))).toBeLessThanOrEqual(5120);
    expect(JSON.stringify(rcp)).toContain('arn:aws:iam::*:role/bedrock-data-steward');
    expect(JSON.stringify(rcp)).not.toContain('arn:aws:iam::100000000000:role/bedrock-data-steward');
    // Three environments fit as they are: each account's own role, no pattern.
    expect(JSON.stringify(organizationPolicies(shipped).resourceControlPolicy)).not.toContain('arn:aws:iam::*:role/bedrock-data-steward');
  });

  it('exempts stewards and log readers only where their environment declares origins, and holds them to those origins', () => {
    const steward = 'arn:aws:iam::123456789012:role/Steward';
    const closed = testEnv({ people: { dataStewards: [steward] } }, 'closed');
    const open = testEnv({ accountId: '210987654321', people: { dataStewards: ['arn:aws:iam::210987654321:role/Steward'], origins: { sourceIps: ['192.0.2.0/24'] } } }, 'open');
    const org = validateOrganization(raw, [closed, open]);
    expect(org.dataExemptPrincipalArns).toEqual(['arn:aws:iam::210987654321:role/Steward']);
    expect(organizationPolicies(org).resourceControlPolicy.Statement.find((st) => st.Sid === 'EnforceDeclaredOriginsOnPlatformBuckets')).toEqual({
      Sid: 'EnforceDeclaredOriginsOnPlatformBuckets',
      Effect: 'Deny',
      Principal: '*',
      Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:GetObjectVersion', 's3:ListBucketVersions', 's3:DeleteObject', 's3:DeleteObjectVersion', 's3:GetObjectVersionForReplication', 's3:ReplicateObject'],
      Resource: ['training', 'validation', 'custom-output', 'batch-input', 'batch-output', 'invocation-logs'].map((p) => `arn:aws:s3:::bedrock-*-${p}-*`),
      Condition: {
        ArnLike: { 'aws:PrincipalArn': ['arn:aws:iam::210987654321:role/Steward'] },
        NotIpAddressIfExists: { 'aws:SourceIp': ['192.0.2.0/24'] },
        StringNotEqualsIfExists: { 'aws:VpceOrgID': raw.organizationId },
      },
    });
  });

  it('pins every exemption, break-glass\'s `*` account included, to the organization', () => {
    expect(organizationPolicies(shipped).resourceControlPolicy.Statement.find((st) => st.Sid === 'EnforceOrgIdentitiesOnPlatformBuckets')?.Condition).toEqual({
      StringNotEqualsIfExists: { 'aws:PrincipalOrgID': raw.organizationId },
      BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
    });
  });

  it('refuses a log reader or model-copy role that the SCP\'s patterns do not cover', () => {
    const outsider = testEnv(
      {
        people: { logReaders: ['arn:aws:iam::123456789012:role/auditor'] },
        keys: { modelCopy: { copyRoleArns: ['arn:aws:iam::123456789012:role/copier'] } },
      },
      'qa',
    );
    expect(() => validateOrganization(raw, [outsider])).toThrow(ConfigError);
    try {
      validateOrganization(raw, [outsider]);
    } catch (e) {
      expect((e as ConfigError).problems.map((p) => p.field)).toEqual(['logReaderRoleArns', 'modelCopierRoleArns']);
    }
    expect(() => validateOrganization({ ...raw, logReaderRoleArns: ['arn:aws:iam::*:role/auditor'], modelCopierRoleArns: ['arn:aws:iam::*:role/copier'] }, [outsider])).not.toThrow();
  });

  it('lets only the organization\'s break-glass roles set replication on the platform buckets, and nobody when it names none', () => {
    const replication = (org: typeof shipped) => organizationPolicies(org).resourceControlPolicy.Statement.find((s) => s.Sid === 'DenyReplicationConfigurationOnPlatformBuckets');
    expect(replication(shipped)).toEqual({
      Sid: 'DenyReplicationConfigurationOnPlatformBuckets',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutReplicationConfiguration',
      Resource: ['training', 'validation', 'custom-output', 'batch-input', 'batch-output', 'invocation-logs'].map((p) => `arn:aws:s3:::bedrock-*-${p}-*`),
      Condition: { ArnNotLikeIfExists: { 'aws:PrincipalArn': ['arn:aws:iam::*:role/break-glass'] } },
    });
    expect(replication(validateOrganization({ ...raw, breakGlassRoleArns: [] }, environments))).not.toHaveProperty('Condition');
  });

  it('refuses an environment deployer or submitter that the SCP\'s patterns do not cover, naming the field and the fix', () => {
    const outsider = testEnv({ people: { deployers: ['arn:aws:iam::123456789012:role/ci-terraform'], jobSubmitters: ['arn:aws:iam::123456789012:user/alice'] } }, 'qa');
    let error: unknown;
    try {
      validateOrganization(raw, [outsider]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'deployerRoleArns: environment "qa" names the deployer arn:aws:iam::123456789012:role/ci-terraform, which no pattern here matches, so the service control policy would deny it; add it, or a pattern such as "arn:aws:iam::*:role/ci-terraform" (a role: IAM users cannot be covered)',
      'submitterRoleArns: environment "qa" names the job submitter arn:aws:iam::123456789012:user/alice, which no pattern here matches, so the service control policy would deny it; add it, or a pattern such as "arn:aws:iam::*:role/alice" (a role: IAM users cannot be covered)',
    ]);
    // The fixture environments' people are covered by the organization's patterns.
    expect(() => validateOrganization(raw, environments)).not.toThrow();
  });

  it('names the line and column of a JSON syntax error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'org-json-'));
    try {
      const file = join(dir, 'organization.json');
      writeFileSync(file, '{\n  "organizationId": "o-a1b2c3d4e5"\n  "targetIds": []\n}\n');
      expect(() => loadOrganization(environments, file)).toThrow(`(file): not valid JSON (line 3, column 3: Expected ',' or '}' after property value); fix the syntax`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses, as the user\'s to fix, an RCP that cannot fit even then', () => {
    const distinct = Array.from(
      { length: 60 },
      (_, i) => testEnv({ people: { dataStewards: [`arn:aws:iam::123456789012:role/steward-of-project-number-${i}`], origins: { sourceIps: ['198.51.100.0/24'] } } }, `env${i}`),
    );
    expect(() => organizationPolicies(validateOrganization(raw, distinct))).toThrow(
      expect.objectContaining({ name: 'UserError', message: expect.stringMatching(/^config\/organization.json: the resource control policy would be \d+ bytes, over AWS Organizations' 5120; use fewer name prefixes or broader role patterns/) }),
    );
  });

  const bad: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['a bad organization id', { organizationId: 'org-1' }, 'organizationId', /AWS Organizations id such as "o-a1b2c3d4e5"/],
    ['no target', { targetIds: [] }, 'targetIds', /name at least one root, OU or account/],
    ['a target that is not a root, OU or account', { targetIds: ['production'] }, 'targetIds.0', /must be a root \("r-\.\.\."\), OU/],
    ['a deployer that is not a role', { deployerRoleArns: ['arn:aws:iam::123456789012:user/alice'] }, 'deployerRoleArns.0', /must be a role ARN or ARN pattern/],
    ['no submitter', { submitterRoleArns: [] }, 'submitterRoleArns', /nobody could launch a job/],
    ['an unknown key', { attachTo: ['r-ab12'] }, '(file)', /unknown key "attachTo": remove it or fix the spelling \(see help\/organization-guardrails.md for the keys\)/],
    ['a misspelt key', { targetId: ['r-ab12'] }, '(file)', /unknown key "targetId": did you mean "targetIds"\? \(help\/organization-guardrails.md lists every key\)/],
  ];

  it.each(bad)('rejects %s, naming the file, the field and the fix', (_label, override, field, fix) => {
    let error: unknown;
    try {
      validateOrganization({ ...raw, ...override }, environments, 'config/organization.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(`\n  - config/organization.json: ${field}: `);
    expect((error as Error).message).toMatch(fix);
  });
});

describe('the organization-guardrails stack', () => {
  const { tf, report } = synthOrganization();
  const policies = organizationPolicies(shipped);

  it('deploys to the management account only, in the Organizations region', () => {
    expect(tf.provider.aws[0]).toMatchObject({ region: 'us-east-1', allowed_account_ids: ['555555555555'] });
  });

  it('creates the SCP and the RCP with exactly the rendered documents', () => {
    const byType = Object.fromEntries(Object.values(tf.resource.aws_organizations_policy).map((p) => [p.type, p.content]));
    expect(byType).toEqual({ SERVICE_CONTROL_POLICY: policyJson(policies.serviceControlPolicy), RESOURCE_CONTROL_POLICY: policyJson(policies.resourceControlPolicy) });
  });

  it('attaches both to every target, keyed by target id, so a new target only adds addresses', () => {
    const attachments = Object.values(tf.resource.aws_organizations_policy_attachment).map((a) => a.target_id);
    expect(attachments).toEqual(['ou-ab12-34cd56ef', 'ou-ab12-34cd56ef']);
    const before = resourceAddresses(tf as never);
    const after = resourceAddresses(synthOrganization({ ...shipped, targetIds: [...shipped.targetIds, 'r-ab12'] }).tf as never);
    expect(before.filter((a) => !after.includes(a))).toEqual([]);
    expect(after.length - before.length).toBe(2);
  });

  it('passes its guardrails: both policies are deny-only with no wildcard allow (BPP-ORG-1, BPP-IAM-2)', () => {
    expect(report.summary).toMatchObject({ fail: 0, errors: 0 });
    expect(report.findings.filter((f) => f.ruleId === 'BPP-ORG-1').map((f) => f.status)).toEqual(['pass', 'pass']);
  });

  it('outputs the two policy ids and the targets', () => {
    expect(Object.keys(tf.output).sort()).toEqual(['resource_control_policy_id', 'service_control_policy_id', 'target_ids']);
  });
});

describe('npm run org:render', () => {
  it('writes both policies as the minified JSON the stack uploads, within AWS Organizations\' 5,120 bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'org-render-'));
    try {
      const rendered = renderOrganizationPolicies(shipped, dir);
      const policies = organizationPolicies(shipped);
      expect(rendered.map((r) => r.type)).toEqual(['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY']);
      expect(readFileSync(join(dir, ORGANIZATION_POLICY_FILES.SERVICE_CONTROL_POLICY), 'utf8')).toBe(`${policyJson(policies.serviceControlPolicy)}\n`);
      expect(readFileSync(join(dir, ORGANIZATION_POLICY_FILES.RESOURCE_CONTROL_POLICY), 'utf8')).toBe(`${policyJson(policies.resourceControlPolicy)}\n`);
      for (const r of rendered) expect(r.bytes).toBeLessThanOrEqual(5120);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a policy over the size limit with the fix, instead of failing at apply', () => {
    const prefixes = Array.from({ length: 40 }, (_, i) => `team-${String(i).padStart(2, '0')}-genai`);
    expect(() => platformServiceControlPolicy({ namePrefixes: prefixes, deployerRoleArns: ['arn:aws:iam::*:role/deployer'], submitterRoleArns: ['arn:aws:iam::*:role/submitter'] })).toThrow(
      /^config\/organization.json: the service control policy would be \d+ bytes, over AWS Organizations' 5120; use fewer name prefixes or broader role patterns/,
    );
  });
});

describe('this repository\'s config/organization.json', () => {
  // Whatever environments a team configures: the organization file (when there is one) must accept
  // their people and render both policies within AWS Organizations' size limit.
  it('validates against config/environments and renders within AWS Organizations\' 5,120 bytes', () => {
    const configured = loadEnvironments();
    const org = loadOrganization(configured);
    if (!org) return; // optional: no organization file, no organization stack
    const dir = mkdtempSync(join(tmpdir(), 'org-render-'));
    try {
      for (const r of renderOrganizationPolicies(org, dir)) expect(r.bytes).toBeLessThanOrEqual(5120);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
