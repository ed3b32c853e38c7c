import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../../audit/support/moto';
import { REPO } from '../../audit/support/moto';
import { readStacks, synthesizeAsUser, type StackUnderTest } from './synth';

/** Environments that switch on what the shipped ones leave off (__tests__/fixtures/environments-surface/README.md). */
const SURFACE_FIXTURES = join(REPO, '__tests__', 'fixtures', 'environments-surface');
import { findTerraform, findToolchain, type Lookup, type Toolchain } from './toolchain';

export interface LoopSetup {
  readonly toolchain: Toolchain;
  readonly stacks: readonly StackUnderTest[];
  /** Scratch root: synth output, CLI config, one work directory per stack. */
  readonly workRoot: string;
  readonly synthSeconds: number;
}

/**
 * Everything decided before a test is defined (jest needs the stack names then): Terraform, a synth exactly as
 * a user runs it, and the provider. A missing Terraform or provider is a skip with its reason.
 */
export function prepareLoop(): Lookup<LoopSetup> {
  const terraform = findTerraform();
  if ('skip' in terraform) return terraform;
  const workRoot = mkdtempSync(join(tmpdir(), 'bedrock-deploy-'));
  const synthDir = join(workRoot, 'synth');
  mkdirSync(synthDir);
  const { seconds: shippedSeconds } = synthesizeAsUser(synthDir);
  // The opt-in surface too (every endpoint service, AgentCore OAuth, each logging shape): the surface
  // fixtures, synthesized the same way. Stacks the shipped synth already has (organization) run once.
  const surfaceDir = join(workRoot, 'synth-surface');
  mkdirSync(surfaceDir);
  const { seconds: surfaceSeconds } = synthesizeAsUser(surfaceDir, { BEDROCK_ENV_DIR: SURFACE_FIXTURES });
  const shipped = readStacks(synthDir);
  const stacks = [...shipped, ...readStacks(surfaceDir).filter((s) => !shipped.some((t) => t.name === s.name))];
  const synthSeconds = shippedSeconds + surfaceSeconds;
  const pins = [...new Set(stacks.map((s) => s.pinnedProvider))];
  if (pins.length !== 1) throw new Error(`the stacks pin different hashicorp/aws versions (${pins.join(', ')}); the loop expects one`);
  const toolchain = findToolchain(terraform.ready, pins[0], workRoot);
  if ('skip' in toolchain) {
    rmSync(workRoot, { recursive: true, force: true });
    return toolchain;
  }
  return { ready: { toolchain: toolchain.ready, stacks, workRoot, synthSeconds } };
}

/**
 * One emulator per AWS account, started together, each writing its stderr to `<logDir>/moto-<account>.log`;
 * if one cannot start, the others are stopped. An account whose stacks attach organization policies gets
 * the organization and the roots/OUs they name, as its real management account already has them.
 */
export async function startAccountEmulators(stacks: readonly StackUnderTest[], logDir: string): Promise<Map<string, Emulator>> {
  const accountIds = [...new Set(stacks.map((s) => s.accountId))];
  const targetsOf = (accountId: string) => stacks.filter((s) => s.accountId === accountId).flatMap((s) => s.organizationTargets);
  const started = await Promise.allSettled(
    accountIds.map((accountId) => startEmulator({ accountId, stderrFile: join(logDir, `moto-${accountId}.log`), organizationTargets: targetsOf(accountId) })),
  );
  const emulators = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failure = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) {
    await Promise.all(emulators.map((e) => e.stop()));
    throw failure.reason;
  }
  return new Map(emulators.map((e) => [e.accountId, e]));
}
