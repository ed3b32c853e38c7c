import { loadEnvironments } from '../../config/load';
import { loadOrganization } from '../../config/organization';
import { ORGANIZATION_POLICY_MAX_BYTES } from '../../modules/org/policy-size';
import { statementSizes, syntheticEnvironments } from '../../scripts/org-policy-sizes';

/** `npm run org:sizes`: each statement's bytes, and both documents within AWS Organizations' limit at 30 environments. */

const shipped = loadEnvironments();

describe('organization policy sizes (npm run org:sizes)', () => {
  it('measures every statement of both policies, and the statements add up to the document less its envelope', () => {
    const { statements, totals } = statementSizes(loadOrganization(shipped)!);
    for (const policy of ['SCP', 'RCP'] as const) {
      const mine = statements.filter((s) => s.policy === policy);
      expect(mine.length).toBeGreaterThan(3);
      // {"Version":"2012-10-17","Statement":[ ... ]} and one comma between statements.
      expect(mine.reduce((sum, s) => sum + s.bytes, 0) + mine.length - 1 + '{"Version":"2012-10-17","Statement":[]}'.length).toBe(totals[policy]);
    }
  });

  it('keeps both within 5,120 bytes for 30 environments of one account each', () => {
    const many = syntheticEnvironments(shipped, 30);
    expect(new Set(many.map((e) => e.accountId)).size).toBe(30);
    const { totals } = statementSizes(loadOrganization(many)!);
    expect(totals.SCP).toBeLessThanOrEqual(ORGANIZATION_POLICY_MAX_BYTES);
    expect(totals.RCP).toBeLessThanOrEqual(ORGANIZATION_POLICY_MAX_BYTES);
  });
});
