import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnvironments } from '../../config/load';
import { ConfigError } from '../../config/errors';
import { validateOrganization } from '../../config/organization';
import { organizationBedrockPolicy } from '../../modules/org/bedrock-policy';
import { REPO } from '../helpers/run';

/** The organization's Bedrock policy (BEDROCK_POLICY): validated, rendered by org:render beside the SCP and RCP, never deployed. */

const environments = loadEnvironments();
/** A fixture organization file that covers any configured people (role patterns), so the test holds for any environments. */
const MGMT = '555555555555';
const shippedFile: Record<string, unknown> = {
  organizationId: 'o-a1b2c3d4e5',
  managementAccountId: MGMT,
  targetIds: ['ou-ab12-34cd56ef'],
  deployerRoleArns: ['arn:aws:iam::*:role/*'],
  submitterRoleArns: ['arn:aws:iam::*:role/*'],
  logReaderRoleArns: ['arn:aws:iam::*:role/*'],
  modelCopierRoleArns: ['arn:aws:iam::*:role/*'],
};
const guardrail = (region: string, account = MGMT, version = '1') => `arn:aws:bedrock:${region}:${account}:guardrail/hu1dlsv9wy1d:${version}`;

function problems(bedrockPolicy: unknown): string {
  try {
    validateOrganization({ ...shippedFile, bedrockPolicy }, environments);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected the organization file to be rejected');
}

describe('organization Bedrock policy', () => {
  it('assigns each Region its management-account guardrail version, guarding every system prompt and message', () => {
    expect(organizationBedrockPolicy({ guardrails: { 'us-west-2': guardrail('us-west-2'), 'us-east-1': guardrail('us-east-1', MGMT, '3') } })).toEqual({
      bedrock: {
        guardrail_inference: {
          'us-east-1': { config_1: { identifier: { '@@assign': guardrail('us-east-1', MGMT, '3') }, selective_content_guarding: { system: { '@@assign': 'comprehensive' }, messages: { '@@assign': 'comprehensive' } } } },
          'us-west-2': { config_1: { identifier: { '@@assign': guardrail('us-west-2') }, selective_content_guarding: { system: { '@@assign': 'comprehensive' }, messages: { '@@assign': 'comprehensive' } } } },
        },
      },
    });
  });

  it.each([
    ['a guardrail of a member account', { guardrails: { 'us-east-1': guardrail('us-east-1', '111111111111') } }, /bedrockPolicy.guardrails.us-east-1: the guardrail belongs to account 111111111111, not the management account/],
    ['a guardrail listed under another Region', { guardrails: { 'us-west-2': guardrail('us-east-1') } }, /bedrockPolicy.guardrails.us-west-2: the guardrail is in us-east-1, not us-west-2/],
    ['the DRAFT instead of a version', { guardrails: { 'us-east-1': `arn:aws:bedrock:us-east-1:${MGMT}:guardrail/hu1dlsv9wy1d` } }, /must be a guardrail version ARN .* \(a published version, never the DRAFT\)/],
    ['no Region at all', { guardrails: {} }, /name at least one Region's guardrail, or remove bedrockPolicy/],
  ])('rejects %s, naming the field and the fix', (_label, bedrockPolicy, message) => {
    expect(problems(bedrockPolicy)).toMatch(message);
  });

  it('npm run org:render writes it beside the SCP and RCP and says the stack does not deploy it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'org-bedrock-'));
    try {
      const orgFile = join(dir, 'organization.json');
      writeFileSync(orgFile, JSON.stringify({ ...shippedFile, bedrockPolicy: { guardrails: { 'us-east-1': guardrail('us-east-1') } } }));
      const run = spawnSync(process.execPath, [join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(REPO, 'scripts', 'org-render.ts'), '--out-dir', join(dir, 'out')], {
        cwd: REPO,
        env: { ...process.env, BEDROCK_ORG_FILE: orgFile },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/bedrock-platform-guardrail\.bedrock\.json: BEDROCK_POLICY, \d+ bytes; not deployed by the stack/);
      const written = readFileSync(join(dir, 'out', 'bedrock-platform-guardrail.bedrock.json'), 'utf8');
      expect(JSON.parse(written)).toEqual(organizationBedrockPolicy({ guardrails: { 'us-east-1': guardrail('us-east-1') } }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
