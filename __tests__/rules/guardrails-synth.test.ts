import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Testing } from 'cdktf';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { loadEnvironments } from '../../config/load';
import { buildApp } from '../../stacks/app';
import { REPORT_JSON, REPORT_MARKDOWN, applyGuardrails } from '../../rules/guardrails';
import type { GuardrailsReport } from '../../rules/report';
import { fixtureStack } from './fixtures';

const readReport = (outdir: string, stack: string) => JSON.parse(readFileSync(join(outdir, 'stacks', stack, REPORT_JSON), 'utf8')) as GuardrailsReport;

describe('guardrails at synth', () => {
  it('synthesizes every configured environment with zero errors and writes both reports beside cdk.tf.json', () => {
    const app = Testing.app() as App;
    buildApp(app, loadEnvironments());
    app.synth();
    const stacks = app.node.findAll().filter((c) => c.node.scope === app).map((c) => c.node.id);
    const environmentStacks = loadEnvironments().map((env) => env.stackName);
    expect(stacks).toEqual(expect.arrayContaining(environmentStacks));
    for (const stack of stacks) {
      const dir = join(app.outdir, 'stacks', stack);
      expect(existsSync(join(dir, 'cdk.tf.json'))).toBe(true);
      expect(readFileSync(join(dir, REPORT_MARKDOWN), 'utf8')).toContain(`# Guardrails report: ${stack}`);
      const report = readReport(app.outdir, stack);
      // Errors stop a deploy; a warning is the environment's own choice, shown in the report (e.g. invocation
      // logging left off, as the README's example environment leaves it).
      expect(report.summary.errors).toBe(0);
      expect(report.findings.filter((f) => f.status === 'fail' && f.severity === 'error')).toEqual([]);
      expect(report.summary.pass).toBeGreaterThan(0);
    }
    // The accepted exceptions are visible, with their reasons: the access-log bucket of each environment.
    for (const stack of environmentStacks) {
      const suppressed = readReport(app.outdir, stack).findings.filter((f) => f.status === 'suppressed');
      expect(suppressed.map((f) => `${f.ruleId} ${f.path}`)).toEqual(['BPP-S3-2', 'BPP-S3-5', 'BPP-S3-6'].map((rule) => `${rule} ${stack}/data/bucket-accessLogs/bucket`));
      expect(suppressed.every((f) => (f.suppressionReason ?? '').length >= 10)).toBe(true);
    }
  });

  it('fails synth on an error with the construct path and the fix, after writing the report', () => {
    const app = Testing.app() as App;
    const stack = fixtureStack(app, 'broken');
    new KmsKey(stack, 'key', { enableKeyRotation: false });
    applyGuardrails(app);
    expect(() => app.synth()).toThrow(/\[broken\/key\] BPP-KMS-1 .*enable_key_rotation is not true\. Fix: Set enable_key_rotation = true/);
    expect(readReport(app.outdir, 'broken').findings.filter((f) => f.status === 'fail')).toEqual([expect.objectContaining({ ruleId: 'BPP-KMS-1', path: 'broken/key', status: 'fail' })]);
  });

  it('reports a warning without failing synth', () => {
    const app = Testing.app() as App;
    const stack = fixtureStack(app, 'warned');
    new CloudwatchLogGroup(stack, 'logs', { name: 'l', kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k' });
    applyGuardrails(app);
    expect(() => app.synth()).not.toThrow();
    expect(readReport(app.outdir, 'warned').summary).toMatchObject({ fail: 1, errors: 0, warnings: 1 });
  });

  it('fails synth when a suppression gives a reason shorter than 10 characters', () => {
    const app = Testing.app() as App;
    const stack = fixtureStack(app, 'lazy');
    new KmsKey(stack, 'key', { enableKeyRotation: false });
    applyGuardrails(app, { suppressions: [{ ruleId: 'BPP-KMS-1', path: 'key', reason: 'legacy' }] });
    expect(() => app.synth()).toThrow(/suppression of BPP-KMS-1 at key needs a reason of at least 10 characters/);
  });

  it('fails synth when a stack is created after applyGuardrails, so no stack escapes the rules', () => {
    const app = Testing.app() as App;
    fixtureStack(app, 'first');
    applyGuardrails(app);
    fixtureStack(app, 'late');
    expect(() => app.synth()).toThrow(/stack late was created after applyGuardrails/);
  });

  it('writes byte-identical reports on every synth', () => {
    const reports = [0, 1].map(() => {
      const app = Testing.app() as App;
      buildApp(app, loadEnvironments());
      app.synth();
      return loadEnvironments().flatMap((env) => [REPORT_JSON, REPORT_MARKDOWN].map((f) => readFileSync(join(app.outdir, 'stacks', env.stackName, f), 'utf8')));
    });
    expect(reports[1]).toEqual(reports[0]);
  });
});
