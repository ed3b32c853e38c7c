import { COMMANDS, type Commands, main as runCli } from '../cli/main';

const SYNTH_USAGE = `Usage: bedrock-private synth

Synthesizes every environment in ./config/environments (and the organization guardrails when
./config/organization.json exists) into ./cdktf.out, as a platform repository's main.ts does.

Environment variables:
  BEDROCK_ENV_DIR   the directory of environment files (default: ./config/environments)
  BEDROCK_ORG_FILE  the organization file (default: ./config/organization.json)
  CDKTF_OUTDIR      the output directory (default: ./cdktf.out)`;

/**
 * The package's whole command table: the AWS-facing commands of cli/, plan review (review/) and those that
 * build stacks, which cli/ may not import (.dependency-cruiser.cjs). Each loads its code only when run.
 */
export const PACKAGE_COMMANDS: Commands = {
  ...COMMANDS,
  addresses: {
    summary: 'fail when a resource address of ./cdktf.out left the committed lists in ./addresses without a moved block',
    load: async () => {
      const { runAddresses } = await import('./addresses');
      return { run: async (argv) => runAddresses(argv) };
    },
  },
  checkov: {
    summary: 'scan ./cdktf.out with your checkov, the platform\'s skips and checks, and the checkov#7454 workaround',
    load: async () => {
      const { runCheckov } = await import('./checkov');
      return { run: async (argv) => runCheckov(argv) };
    },
  },
  'plan-summary': {
    summary: 'the PR comment: Terraform plans (terraform show -json) and the synth diff of two cdktf.out trees, as markdown',
    load: async () => {
      const { planSummary } = await import('../review/plan-summary');
      return { run: async (argv) => planSummary(argv) };
    },
  },
  synth: {
    summary: 'synthesize ./config/environments (and ./config/organization.json) into ./cdktf.out',
    load: async () => ({
      run: async (argv) => {
        if (argv[0] === '--help' || argv[0] === '-h') {
          process.stdout.write(`${SYNTH_USAGE}\n`);
          return 0;
        }
        if (argv.length) {
          process.stderr.write(`bedrock-private synth: unexpected argument "${argv[0]}": synth takes none; choose the files with BEDROCK_ENV_DIR, BEDROCK_ORG_FILE and CDKTF_OUTDIR.\n`);
          return 2;
        }
        // Loaded here so that audit and job never load cdktf and the provider classes.
        (await import('../main')).synthesize(process.cwd());
        return typeof process.exitCode === 'number' ? process.exitCode : 0;
      },
    }),
  },
};

/** `bedrock-private <command> ...`: the package's bin (bin/bedrock-private.js) runs this. */
export function main(argv: readonly string[]): Promise<number> {
  return runCli(argv, PACKAGE_COMMANDS);
}
