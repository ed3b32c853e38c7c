import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TfJson, policyOf, resourceAt, resources, synthEnv, testEnv } from '../helpers/synth';
import { simulate } from '../simulation/support/simulate';

/**
 * The auditor role an environment ships when its file sets `auditor` (config/auditor.ts): trusted by
 * the audit's account only (with the external id, when set), allowed exactly catalog/auditor-policy.json,
 * and its ARN a stack output for `audit --organization --role-name`.
 */
const AUDIT_ACCOUNT = '444455556666';
const OTHER_ACCOUNT = '777788889999';
const EXTERNAL_ID = 'org-audit-2026';
const catalogue = JSON.parse(readFileSync(join(__dirname, '..', '..', 'catalog', 'auditor-policy.json'), 'utf8')) as unknown;

const CALLER = `arn:aws:iam::${AUDIT_ACCOUNT}:role/audit-ci`;
const env = testEnv({ auditor: { callerRoleArns: [CALLER], externalId: EXTERNAL_ID } });
const tf: TfJson = synthEnv(env);
const role = resourceAt(tf, 'aws_iam_role', 'auditor/role');
const roleArn = `arn:aws:iam::${env.accountId}:role/bedrock-private-auditor`;

const assume = (principal: string, externalId?: string) =>
  simulate({
    request: {
      principal,
      action: 'sts:AssumeRole',
      resource: { resource: roleArn, accountId: env.accountId },
      contextVariables: externalId === undefined ? {} : { 'sts:ExternalId': externalId },
    },
    identityPolicies: [{ name: 'ci', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn }] } }],
    resourcePolicy: policyOf(role, 'assume_role_policy'),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  });

describe('the auditor role (config auditor)', () => {
  it('is named as the audit expects by default, and its only policy is catalog/auditor-policy.json', () => {
    expect(role.name).toBe('bedrock-private-auditor');
    const policies = resources(tf, 'aws_iam_role_policy').filter(([, r]) => String(r.role).includes('auditor'));
    expect(policies).toHaveLength(1);
    expect(JSON.parse(String(policies[0][1].policy))).toEqual(catalogue);
  });

  it("trusts the audit's roles only (not their account's root), and only with the external id", () => {
    expect(policyOf(role, 'assume_role_policy').Statement).toEqual([
      {
        Sid: 'AuditRolesMayAssume',
        Effect: 'Allow',
        Principal: { AWS: [CALLER] },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': EXTERNAL_ID } },
      },
    ]);
  });

  it('lets the audit role assume it with the external id; denies the neighbours (simulated)', async () => {
    expect((await assume(CALLER, EXTERNAL_ID)).result).toBe('Allowed');
    expect((await assume(CALLER)).result).not.toBe('Allowed');
    expect((await assume(CALLER, 'guessed')).result).not.toBe('Allowed');
    expect((await assume(`arn:aws:iam::${AUDIT_ACCOUNT}:role/someone-else`, EXTERNAL_ID)).result).not.toBe('Allowed');
    expect((await assume(`arn:aws:iam::${OTHER_ACCOUNT}:role/audit-ci`, EXTERNAL_ID)).result).not.toBe('Allowed');
  });

  it('is a stack output, and exists only where configured', () => {
    expect(Object.keys((tf.output ?? {}) as object)).toContain('auditor_role_arn');
    const without = synthEnv(testEnv({}, 'plain'));
    expect(resources(without, 'aws_iam_role').filter(([, r]) => r.name === 'bedrock-private-auditor')).toEqual([]);
    expect(Object.keys((without.output ?? {}) as object)).not.toContain('auditor_role_arn');
  });
});
