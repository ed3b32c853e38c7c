import { relative } from 'node:path';
import { App } from 'cdktf';
import { environmentsDir, loadEnvironments } from './config/load';
import { loadOrganization, organizationFile } from './config/organization';
import { peopleWarnings } from './config/people';
import { buildApp } from './stacks/app';
import { isDebugging, runEntryPoint } from './catalog/errors';

/**
 * Synthesizes every environment of `<projectRoot>/config/environments` (or BEDROCK_ENV_DIR), and the
 * organization guardrails when `<projectRoot>/config/organization.json` (or BEDROCK_ORG_FILE) exists, into
 * cdktf.out (or CDKTF_OUTDIR). `npm run synth` and `cdktf synth` run this compiled, through scripts/synth.js,
 * which passes this repository's root; `tsx main.ts` runs it from source; the package exports it as
 * `synthesize` (a team's main.ts) and `bedrock-private synth` runs it on the working directory. Failures
 * print through the one error path (catalog/errors.ts) and exit 1.
 */
export function main(projectRoot?: string): void {
  runEntryPoint({ exitCode: 1 }, () => {
    // cdktf captures and formats a stack trace for every token it creates, and keeps it only for its own
    // error messages: with source maps that was ~35% of synth, and capturing and formatting alone still
    // ~13% (npm run bench, 30 environments). Failures here print messages, not traces, so capture no
    // frames unless BEDROCK_PRIVATE_DEBUG asks for traces.
    if (!isDebugging()) {
      process.setSourceMapsEnabled(false);
      Error.stackTraceLimit = 0;
      Error.prepareStackTrace = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : '');
    }
    // Validate every environment before a single construct exists: a bad file fails here and
    // cdktf.out is left exactly as it was.
    const environments = loadEnvironments(environmentsDir(projectRoot));
    const organization = loadOrganization(environments, organizationFile(projectRoot));
    // Not errors (an environment may be built before its people exist), but never silent.
    for (const warning of environments.flatMap(peopleWarnings)) process.stderr.write(`warning: ${warning}\n`);
    const app = new App();
    buildApp(app, environments, organization);
    app.synth();
    // One line on success, on stdout (warnings and errors go to stderr): what was written, and where.
    const stacks = app.node.children.map((c) => c.node.id);
    const outdir = relative(process.cwd(), app.outdir);
    process.stdout.write(`synthesized ${stacks.length} stack${stacks.length === 1 ? '' : 's'} into ${outdir && !outdir.startsWith('..') ? outdir : app.outdir}/stacks: ${stacks.join(', ')}\n`);
  });
}

/** The package's name for main: what a platform repository's main.ts calls with its own directory. */
export const synthesize: (projectRoot: string) => void = main;

if (require.main === module) main();
