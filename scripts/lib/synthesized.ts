import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'cdktf';
import type { EnvironmentConfig } from '../../config/schema';
import type { OrganizationConfig } from '../../config/organization';
import { buildApp } from '../../stacks/app';
import { SynthesizedStack, readSynthesizedStacks } from '../../review/synthesized';

// Reading a cdktf.out tree is plan review's (review/synthesized.ts); this repository's tools and tests also import it from here.
export { movedFrom, readSynthesizedStacks, resourceAddresses } from '../../review/synthesized';
export type { SynthesizedStack } from '../../review/synthesized';

/** Synthesizes the app exactly as main.ts does, into a temporary directory, and reads it back. */
export function synthesizeApp(environments: readonly EnvironmentConfig[], organization?: OrganizationConfig): Map<string, SynthesizedStack> {
  const outdir = mkdtempSync(join(tmpdir(), 'bedrock-synth-'));
  try {
    const app = new App({ outdir });
    buildApp(app, environments, organization);
    app.synth();
    return readSynthesizedStacks(outdir);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
