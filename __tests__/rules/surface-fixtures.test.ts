import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Testing } from '../../framework';
import { loadEnvironments } from '../../config/load';
import { buildApp } from '../../stacks/app';
import { REPORT_JSON } from '../../rules/guardrails';
import type { GuardrailsReport } from '../../rules/report';

/**
 * The environments checkov scans beside the shipped ones (__tests__/fixtures/environments-surface): every
 * opt-in endpoint, AgentCore OAuth, and each invocation-log destination alone. They must synthesize with
 * zero guardrail errors, and the one accepted exception (the OAuth statements) must show in the report.
 */
describe('the surface fixtures', () => {
  const app = Testing.app() as App;
  const envs = loadEnvironments(join(__dirname, '../fixtures/environments-surface'));
  buildApp(app, envs);
  app.synth();
  const report = (stack: string) => JSON.parse(readFileSync(join(app.outdir, 'stacks', stack, REPORT_JSON), 'utf8')) as GuardrailsReport;

  it('synthesize with zero failures and zero errors', () => {
    expect(envs.map((e) => e.stackName)).toEqual(['bedrock-allservices', 'bedrock-s3logs']);
    for (const env of envs) expect(report(env.stackName).summary).toMatchObject({ fail: 0, errors: 0 });
  });

  it('report the AgentCore OAuth statements as suppressed, with the file\'s justification, and nothing else new', () => {
    const suppressed = report('bedrock-allservices').findings.filter((f) => f.status === 'suppressed');
    expect(suppressed.map((f) => `${f.ruleId} ${f.path.replace('bedrock-allservices/', '')}`)).toEqual([
      'BPP-S3-2 data/bucket-accessLogs/bucket',
      'BPP-S3-5 data/bucket-accessLogs/bucket',
      'BPP-S3-6 data/bucket-accessLogs/bucket',
      'BPP-VPCE-4 bedrock-endpoints/bedrock-agentcore',
      'BPP-VPCE-4 bedrock-endpoints/bedrock-agentcore.gateway',
    ]);
    expect(suppressed.filter((f) => f.ruleId === 'BPP-VPCE-4').every((f) => f.suppressionReason?.startsWith('endpoints.agentCoreOAuth of environment allservices: Fixture: the support web app'))).toBe(true);
  });

  it('hold each logging destination to BPP-LOG-3 (encrypted, a year or more) and pass BPP-LOG-4 on every runtime endpoint', () => {
    for (const stack of ['bedrock-allservices', 'bedrock-s3logs']) {
      const findings = report(stack).findings;
      expect(findings.filter((f) => f.ruleId === 'BPP-LOG-3').map((f) => f.status)).toEqual(['pass']);
      expect(findings.filter((f) => f.ruleId === 'BPP-LOG-4').every((f) => f.status === 'pass')).toBe(true);
    }
    // allservices has bedrock-runtime and bedrock-runtime-fips; s3logs only the FIPS runtime.
    expect(report('bedrock-allservices').findings.filter((f) => f.ruleId === 'BPP-LOG-4')).toHaveLength(2);
    expect(report('bedrock-s3logs').findings.filter((f) => f.ruleId === 'BPP-LOG-4')).toHaveLength(1);
  });
});
