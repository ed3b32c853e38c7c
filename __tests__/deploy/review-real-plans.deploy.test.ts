/**
 * Plan review on real plans (issue 22): one environment is applied into the emulator, then changed the way a
 * pull request changes it (two opt-in endpoint services enabled, a tag added, a resource's address changed with
 * its moved block), planned again by real Terraform, and `terraform show -json` of that plan goes through
 * plan-summary. The test asserts what the PR comment says about it: the counts, the move, the retag and the
 * cost delta, each derived from the config and the price table, not from the plan under test.
 * Run with `npm run test:deploy` (jest.deploy.config.js); it skips, loudly, where Terraform or the provider is missing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../../framework';
import { HOURS_PER_MONTH, pricesFor } from '../../catalog/prices';
import { environmentsDir, loadEnvironments } from '../../config/load';
import type { EnvironmentConfig } from '../../config/schema';
import { buildApp } from '../../stacks/app';
import { money } from '../../review/cost';
import { parsePlan } from '../../review/plan/plan-json';
import { renderSummary } from '../../review/plan/render';
import { PlanSummary, summarizePlans } from '../../review/plan/summarize';
import { StackDiff, renderSynthDiff, synthDiff } from '../../review/synth-diff';
import { REPO, startEmulator, type Emulator } from '../audit/support/moto';
import { runBounded } from './support/bounded-process';
import { prepareWorkDir, runStep } from './support/stack-loop';
import { readStacks, type StackUnderTest } from './support/synth';
import { findTerraform, findToolchain, type Toolchain } from './support/toolchain';
import { say, tail } from './support/report';

/** The opt-in services the PR enables: the two of the issue where the environment has neither, else any two it lacks. */
function servicesToEnable(env: EnvironmentConfig): string[] {
  const enabled = new Set<string>(env.endpoints.services);
  const preferred = ['bedrock-mantle', 'bedrock-fips'].filter((s) => !enabled.has(s));
  return preferred.length === 2 ? preferred : [];
}

const TAG = { key: 'review-test', value: 'added' };

/** Synthesizes `env` alone into `outdir`, as main.ts does, and returns its stack's name. */
function synthesize(env: EnvironmentConfig, outdir: string): string {
  const app = new App({ outdir });
  const [stack] = buildApp(app, [env]);
  app.synth();
  return stack.node.id;
}

/** The synthesized stack of that name in an output directory. */
const stackIn = (outdir: string, name: string): StackUnderTest => readStacks(outdir).find((s) => s.name === name)!;

/**
 * What renaming the construct above one log group does to the synthesized stack: the resource's logical id
 * changes, every reference to it follows, and declareMove (modules/state/moved.ts) adds
 * `moved { from, to }`. Done on the output because a referenced resource's id cannot change after
 * construction (cdktf locks it once another resource refers to it), and the product's constructs stay as they are.
 */
function renameLogGroup(stack: StackUnderTest): { from: string; to: string } {
  const file = join(stack.dir, 'cdk.tf.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { resource: Record<string, Record<string, unknown>>; moved?: Array<{ from: string; to: string }> };
  const type = 'aws_cloudwatch_log_group';
  const [name] = Object.keys(json.resource[type]).sort();
  const renamed = `${name.replace(/_[0-9A-F]{8}$/, '')}_renamed`;
  const from = `${type}.${name}`;
  const to = `${type}.${renamed}`;
  const byName = json.resource[type];
  json.resource[type] = Object.fromEntries(Object.entries(byName).map(([k, v]) => [k === name ? renamed : k, v]));
  // References: interpolations (${aws_cloudwatch_log_group.x.arn}) and depends_on entries ("aws_cloudwatch_log_group.x").
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const text = JSON.stringify(json, null, 2)
    .replace(new RegExp(`\\$\\{${escaped}([.}\\[])`, 'g'), `\${${to}$1`)
    .replace(new RegExp(`"${escaped}"`, 'g'), `"${to}"`);
  const renamedJson = JSON.parse(text) as typeof json;
  renamedJson.moved = [...(renamedJson.moved ?? []), { from, to }];
  writeFileSync(file, JSON.stringify(renamedJson, null, 2));
  return { from, to };
}

const terraform = findTerraform();
const candidates = loadEnvironments(environmentsDir()).filter((e) => servicesToEnable(e).length === 2);
// A 3-AZ environment when there is one (the case), else the first candidate.
const env = candidates.find((e) => e.azIds.length === 3) ?? candidates[0];
const workRoot = mkdtempSync(join(tmpdir(), 'bedrock-review-'));
const toolchain = 'skip' in terraform || !env ? undefined : findToolchain(terraform.ready, (() => {
  const probe = join(workRoot, 'probe');
  return stackIn(probe, synthesize(env, probe)).pinnedProvider;
})(), workRoot);
const skip = 'skip' in terraform ? terraform.skip : !env ? 'no environment lacks both bedrock-mantle and bedrock-fips' : toolchain && 'skip' in toolchain ? toolchain.skip : undefined;

if (skip) {
  process.stdout.write(`SKIPPED: plan review on real plans: ${skip}\n`);
  describe('plan review on real plans', () => it.skip(`did not run: ${skip}`, () => undefined));
  rmSync(workRoot, { recursive: true, force: true });
} else {
  const tools = (toolchain as { ready: Toolchain }).ready;
  const services = servicesToEnable(env);
  const pr: EnvironmentConfig = {
    ...env,
    endpoints: { ...env.endpoints, services: [...env.endpoints.services, ...services] as EnvironmentConfig['endpoints']['services'] },
    tags: { ...env.tags, extra: { ...env.tags.extra, [TAG.key]: TAG.value } },
  };
  let emulator: Emulator | undefined;
  let stack: StackUnderTest;
  let move: { from: string; to: string };
  let summary: PlanSummary;
  let diff: StackDiff;
  let markdown: string;
  let plan: ReturnType<typeof parsePlan>;
  let failed = false;
  const emulatorLog = (): string => {
    try {
      return readFileSync(join(workRoot, 'moto.log'), 'utf8');
    } catch {
      return '(no emulator log)';
    }
  };

  beforeAll(async () => {
    const base = join(workRoot, 'base');
    const prOut = join(workRoot, 'pr');
    const name = synthesize(env, base);
    synthesize(pr, prOut);
    move = renameLogGroup(stackIn(prOut, name));
    stack = stackIn(base, name);
    const started = process.hrtime.bigint();
    emulator = await startEmulator({ accountId: stack.accountId, stderrFile: join(workRoot, 'moto.log') });
    const workDir = join(workRoot, 'work');
    prepareWorkDir(stack, emulator.endpoint, tools, workDir);
    for (const step of ['init', 'plan', 'apply'] as const) {
      const result = await runStep(step, tools, workDir);
      say(`review on real plans: ${stack.name} ${result.command}: exit ${result.exitCode}, ${result.seconds.toFixed(1)}s`);
      if (result.exitCode !== 0) {
        failed = true;
        // The emulator's side of a failure (a moto traceback behind a 500) is in its log: show its end too.
        throw new Error(`${result.command} exited ${result.exitCode}:\n${tail(result.output)}\n--- end of the emulator log (${join(workRoot, 'moto.log')}) ---\n${tail(emulatorLog())}`);
      }
    }
    // The PR: its synthesized stack over the applied one, same state, same override.
    cpSync(stackIn(prOut, name).dir, workDir, { recursive: true });
    const planned = await runBounded(tools.terraform.bin, ['plan', '-out=pr.tfplan', '-input=false', '-no-color'], { cwd: workDir, env: tools.env, timeoutMs: 5 * 60_000 });
    if (planned.exitCode !== 0) throw new Error(`terraform plan of the PR exited ${planned.exitCode}:\n${tail(planned.output)}`);
    const shown = await runBounded(tools.terraform.bin, ['show', '-json', 'pr.tfplan'], { cwd: workDir, env: tools.env, timeoutMs: 5 * 60_000 });
    if (shown.exitCode !== 0) throw new Error(`terraform show -json exited ${shown.exitCode}:\n${tail(shown.output)}`);
    const plans = join(workRoot, 'plans');
    mkdirSync(plans);
    writeFileSync(join(plans, `${stack.name}.json`), shown.output);
    plan = parsePlan(shown.output, 'pr.tfplan');
    summary = summarizePlans([{ stack: stack.name, plan }]);
    [diff] = synthDiff(base, prOut).filter((d) => d.stack === stack.name);
    // The PR comment exactly as the workflow builds it: plan-summary as a subprocess, with the synth diff.
    const out = join(workRoot, 'comment.md');
    execFileSync(process.execPath, [require.resolve('tsx/cli'), join(REPO, 'review', 'plan-summary.ts'), plans, '--synth-diff', base, prOut, '--out', out], { encoding: 'utf8' });
    markdown = readFileSync(out, 'utf8');
    say(`review on real plans: ${stack.name} applied, changed and re-planned in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)}s (${services.join(', ')} enabled, tag ${TAG.key} added, ${move.from} → ${move.to})`);
  }, 30 * 60_000);

  afterAll(async () => {
    await emulator?.stop();
    if (failed) say(`kept ${workRoot} for its logs`);
    else rmSync(workRoot, { recursive: true, force: true });
  });

  const checked = (body: () => void) => () => {
    try {
      body();
    } catch (error) {
      failed = true;
      throw error;
    }
  };

  describe(`plan review on a real plan: ${env.name} enables ${services.join(' and ')}, adds a tag, renames a log group`, () => {
    it('counts: creates exactly what the synth diff added, destroys and replaces nothing', checked(() => {
      const added = diff.added.filter((a) => a !== move.to);
      expect(added.length).toBeGreaterThanOrEqual(services.length);
      const s = summary.stacks[0];
      expect([s.counts.create, s.counts.delete, s.counts.replace]).toEqual([added.length, 0, 0]);
      expect(s.changes.filter((c) => c.kind === 'create').map((c) => c.address).sort()).toEqual(added);
      expect(summary.statefulDestroys).toEqual([]);
      expect(markdown).toContain(`| ${stack.name} | ${added.length} | ${s.counts.update} | 0 | 0 | ${s.counts['no-op']} |`);
      say(`review on real plans: ${stack.name} plan counts ${JSON.stringify(s.counts)}; created ${added.join(', ')}`);
    }));

    it('the move: Terraform moves the log group instead of destroying it, and the comment says so', checked(() => {
      expect(summary.stacks[0].moves).toEqual([move]);
      expect(markdown).toContain(`### Moved\n\n- \`${stack.name}\`: \`${move.from}\` → \`${move.to}\``);
      expect(diff.removed).toEqual([expect.objectContaining({ address: move.from, declaredMoveTo: move.to })]);
    }));

    it('the retag: every other update changes only tags_all, with the added tag, and both the plan and the synth diff call it a retag of every resource', checked(() => {
      const s = summary.stacks[0];
      expect(s.retag?.tags).toEqual([`+ ${TAG.key} = ${JSON.stringify(TAG.value)}`]);
      // Nothing is updated for another reason: the endpoint policies, security groups and the rest are unchanged.
      expect(s.retag?.resources).toBe(s.counts.update);
      expect(s.counts.update).toBeGreaterThan(10);
      expect(markdown).toContain(`- \`${stack.name}\`: retags every resource of the stack (${s.counts.update} resources)`);
      expect(diff.settings.filter((x) => x.retagsEveryResource).map((x) => x.name)).toEqual(['aws']);
      expect(markdown).toContain(`- \`${stack.name}\` (provider \`aws\`): retags every resource of the stack`);
    }));

    it('the cost delta: the new endpoints × the AZs the plan gives them × 730 h × the price table', checked(() => {
      const endpoints = (plan.resource_changes ?? []).filter((rc) => rc.type === 'aws_vpc_endpoint' && rc.change.actions.includes('create'));
      expect(endpoints.map((rc) => String(rc.change.after?.service_name).split('.').pop()).sort()).toEqual([...services].sort());
      const azs = endpoints.map((rc) => (rc.change.after?.subnet_ids as unknown[] | undefined)?.length);
      // The emulator offers every service in each of the environment's AZs, so each endpoint gets one subnet per AZ.
      expect(azs).toEqual(services.map(() => env.azIds.length));
      const hourly = pricesFor(env.region).interfaceEndpointAzHour;
      const expected = hourly === 'unknown' ? 'unknown' : services.length * env.azIds.length * HOURS_PER_MONTH * hourly;
      const cost = summary.costs[0];
      if (expected === 'unknown') expect(cost.delta).toBe('unknown');
      else expect(cost.delta).toBeCloseTo(expected, 10);
      expect(markdown).toContain(`| ${stack.name} | ${env.region} | ${money(cost.created)} | $0.00 | $0.00 | **${money(expected, true)}** |`);
      say(`review on real plans: ${stack.name} monthly delta ${money(cost.delta, true)} (${services.length} endpoints × ${env.azIds.length} AZ × ${HOURS_PER_MONTH} h × ${hourly})`);
    }));

    it('the command line writes the same comment as the library (plan-summary with --synth-diff)', checked(() => {
      expect(markdown).toBe(renderSummary(summary, [renderSynthDiff(synthDiff(join(workRoot, 'base'), join(workRoot, 'pr')))]));
    }));
  });
}
