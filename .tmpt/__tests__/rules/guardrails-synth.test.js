"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const cdktf_1 = require("cdktf");
const kms_key_1 = require("@cdktf/provider-aws/lib/kms-key");
const cloudwatch_log_group_1 = require("@cdktf/provider-aws/lib/cloudwatch-log-group");
const load_1 = require("../../config/load");
const app_1 = require("../../stacks/app");
const guardrails_1 = require("../../rules/guardrails");
const fixtures_1 = require("./fixtures");
const readReport = (outdir, stack) => JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(outdir, 'stacks', stack, guardrails_1.REPORT_JSON), 'utf8'));
describe('guardrails at synth', () => {
    it('synthesizes every real environment with zero errors and writes both reports beside cdk.tf.json', () => {
        const app = cdktf_1.Testing.app();
        (0, app_1.buildApp)(app, (0, load_1.loadEnvironments)());
        app.synth();
        const stacks = app.node.findAll().filter((c) => c.node.scope === app).map((c) => c.node.id);
        expect(stacks).toEqual(expect.arrayContaining(['bedrock-dev', 'bedrock-staging', 'bedrock-prod']));
        for (const stack of stacks) {
            const dir = (0, node_path_1.join)(app.outdir, 'stacks', stack);
            expect((0, node_fs_1.existsSync)((0, node_path_1.join)(dir, 'cdk.tf.json'))).toBe(true);
            expect((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, guardrails_1.REPORT_MARKDOWN), 'utf8')).toContain(`# Guardrails report: ${stack}`);
            const report = readReport(app.outdir, stack);
            expect(report.summary).toMatchObject({ fail: 0, errors: 0 });
            expect(report.summary.pass).toBeGreaterThan(0);
        }
        // The accepted exceptions are visible, with their reasons.
        const suppressed = readReport(app.outdir, 'bedrock-dev').findings.filter((f) => f.status === 'suppressed');
        expect(suppressed.map((f) => `${f.ruleId} ${f.path}`)).toEqual([
            'BPP-S3-2 bedrock-dev/data/bucket-accessLogs/bucket',
            'BPP-S3-5 bedrock-dev/data/bucket-accessLogs/bucket',
            'BPP-S3-6 bedrock-dev/data/bucket-accessLogs/bucket',
        ]);
        expect(suppressed.every((f) => (f.suppressionReason ?? '').length >= 10)).toBe(true);
    });
    it('fails synth on an error with the construct path and the fix, after writing the report', () => {
        const app = cdktf_1.Testing.app();
        const stack = (0, fixtures_1.fixtureStack)(app, 'broken');
        new kms_key_1.KmsKey(stack, 'key', { enableKeyRotation: false });
        (0, guardrails_1.applyGuardrails)(app);
        expect(() => app.synth()).toThrow(/\[broken\/key\] BPP-KMS-1 .*enable_key_rotation is not true\. Fix: Set enable_key_rotation = true/);
        expect(readReport(app.outdir, 'broken').findings.filter((f) => f.status === 'fail')).toEqual([expect.objectContaining({ ruleId: 'BPP-KMS-1', path: 'broken/key', status: 'fail' })]);
    });
    it('reports a warning without failing synth', () => {
        const app = cdktf_1.Testing.app();
        const stack = (0, fixtures_1.fixtureStack)(app, 'warned');
        new cloudwatch_log_group_1.CloudwatchLogGroup(stack, 'logs', { name: 'l', kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k' });
        (0, guardrails_1.applyGuardrails)(app);
        expect(() => app.synth()).not.toThrow();
        expect(readReport(app.outdir, 'warned').summary).toMatchObject({ fail: 1, errors: 0, warnings: 1 });
    });
    it('fails synth when a suppression gives a reason shorter than 10 characters', () => {
        const app = cdktf_1.Testing.app();
        const stack = (0, fixtures_1.fixtureStack)(app, 'lazy');
        new kms_key_1.KmsKey(stack, 'key', { enableKeyRotation: false });
        (0, guardrails_1.applyGuardrails)(app, { suppressions: [{ ruleId: 'BPP-KMS-1', path: 'key', reason: 'legacy' }] });
        expect(() => app.synth()).toThrow(/suppression of BPP-KMS-1 at key needs a reason of at least 10 characters/);
    });
    it('fails synth when a stack is created after applyGuardrails, so no stack escapes the rules', () => {
        const app = cdktf_1.Testing.app();
        (0, fixtures_1.fixtureStack)(app, 'first');
        (0, guardrails_1.applyGuardrails)(app);
        (0, fixtures_1.fixtureStack)(app, 'late');
        expect(() => app.synth()).toThrow(/stack late was created after applyGuardrails/);
    });
    it('writes byte-identical reports on every synth', () => {
        const reports = [0, 1].map(() => {
            const app = cdktf_1.Testing.app();
            (0, app_1.buildApp)(app, (0, load_1.loadEnvironments)());
            app.synth();
            return [guardrails_1.REPORT_JSON, guardrails_1.REPORT_MARKDOWN].map((f) => (0, node_fs_1.readFileSync)((0, node_path_1.join)(app.outdir, 'stacks', 'bedrock-prod', f), 'utf8'));
        });
        expect(reports[1]).toEqual(reports[0]);
    });
});
