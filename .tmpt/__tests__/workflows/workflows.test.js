"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const yaml_1 = require("yaml");
const ROOT = (0, node_path_1.join)(__dirname, '..', '..');
const DIR = (0, node_path_1.join)(ROOT, '.github', 'workflows');
const scripts = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(ROOT, 'package.json'), 'utf8')).scripts;
const files = (0, node_fs_1.readdirSync)(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const workflows = new Map(files.map((f) => [f, (0, yaml_1.parse)((0, node_fs_1.readFileSync)((0, node_path_1.join)(DIR, f), 'utf8'), { strict: true, uniqueKeys: true })]));
const steps = [...workflows.values()].flatMap((w) => Object.values(w.jobs).flatMap((j) => j.steps ?? []));
describe('GitHub workflows', () => {
    it('parse as YAML with jobs and triggers', () => {
        expect(files).toEqual(['deploy-environment.yml', 'deploy.yml', 'pull-request.yml']);
        for (const [file, w] of workflows) {
            expect([file, typeof w.on]).toEqual([file, 'object']);
            expect(Object.keys(w.jobs).length).toBeGreaterThan(0);
        }
    });
    it('call only npm scripts that exist in package.json', () => {
        const called = steps.flatMap((s) => [...(s.run ?? '').matchAll(/npm run (?:--silent )?([\w:.-]+)/g)].map((m) => m[1]));
        expect(called.length).toBeGreaterThan(5);
        const missing = called.filter((name) => !(name in scripts));
        expect(missing).toEqual([]);
    });
    it('run nothing but npm, the package scripts and one mkdir, so the workflow stays thin', () => {
        for (const s of steps.filter((x) => x.run)) {
            expect(s.run).toMatch(/^(mkdir -p plans && )?(npm (ci|test|run [^\n]+)|echo "stacks=\$\(npm run --silent stacks:list -- --json\)" >> "\$GITHUB_OUTPUT")\s*$/);
        }
    });
    it('pin every action at least to a major version', () => {
        const uses = steps.filter((s) => s.uses).map((s) => s.uses);
        for (const u of uses)
            expect(u).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+(\.\d+)*|[0-9a-f]{40})$/);
        expect(uses).toEqual(expect.arrayContaining(['aws-actions/configure-aws-credentials@v4', 'actions/github-script@v7', 'hashicorp/setup-terraform@v3']));
    });
    it('plan pull requests per stack with OIDC credentials of that environment, then post one summary comment', () => {
        const pr = workflows.get('pull-request.yml');
        expect(Object.keys(pr.on)).toEqual(['pull_request']);
        const plan = pr.jobs.plan;
        expect(plan.environment).toBe('${{ matrix.environment }}-plan');
        expect(plan.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
        const creds = plan.steps.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials'));
        expect(creds?.with?.['role-to-assume']).toBe('${{ vars.AWS_ROLE_ARN }}');
        expect(plan.steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run synth', 'npm run plan:stack -- ${{ matrix.stack }} --out-dir plans']);
        const summary = pr.jobs.summary;
        expect(summary.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
        const script = String(summary.steps.find((s) => s.uses?.startsWith('actions/github-script'))?.with?.script);
        expect(script).toMatch(/startsWith\(marker\)[\s\S]*updateComment[\s\S]*createComment/);
    });
    it('deploy dev, then staging, then prod, each in its own GitHub environment', () => {
        const deploy = workflows.get('deploy.yml');
        expect(deploy.on).toEqual({ push: { branches: ['main'] } });
        const { dev, staging, prod } = deploy.jobs;
        expect([dev.needs, staging.needs, prod.needs]).toEqual(['test', 'dev', 'staging']);
        for (const [job, env] of [
            [dev, 'dev'],
            [staging, 'staging'],
            [prod, 'prod'],
        ]) {
            expect(job.uses).toBe('./.github/workflows/deploy-environment.yml');
            expect(job.with).toEqual({ environment: env });
        }
        expect((0, node_fs_1.existsSync)((0, node_path_1.join)(ROOT, dev.uses.replace('./', '')))).toBe(true);
        const reusable = workflows.get('deploy-environment.yml');
        expect(reusable.jobs.deploy.environment).toBe('${{ inputs.environment }}');
    });
});
