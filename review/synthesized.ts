import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../catalog/errors';

/** The parts of a synthesized cdk.tf.json these tools read. */
export interface SynthesizedStack {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly moved?: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  readonly terraform?: { readonly backend?: Record<string, Record<string, unknown>> };
}

/** Every stack of a cdktf.out directory, by name, read through its manifest. */
export function readSynthesizedStacks(outdir: string): Map<string, SynthesizedStack> {
  const manifestPath = join(outdir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new UserError(`${outdir} has no manifest.json; run "npm run synth" (or point at a cdktf.out directory)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { stacks: Record<string, { synthesizedStackPath: string }> };
  const stacks = new Map<string, SynthesizedStack>();
  for (const name of Object.keys(manifest.stacks).sort()) {
    stacks.set(name, JSON.parse(readFileSync(join(outdir, manifest.stacks[name].synthesizedStackPath), 'utf8')) as SynthesizedStack);
  }
  return stacks;
}

/** `<type>.<name>` of every managed resource, sorted. Data sources hold no state worth protecting. */
export function resourceAddresses(stack: SynthesizedStack): string[] {
  return Object.entries(stack.resource ?? {})
    .flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`))
    .sort();
}

/** Addresses a `moved` block in this stack moves away from. */
export function movedFrom(stack: SynthesizedStack): Map<string, string> {
  return new Map((stack.moved ?? []).map((m) => [m.from, m.to]));
}
