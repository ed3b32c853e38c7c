// @ts-check
/**
 * The layer rule: which top-level folder may import which. `npm run lint` (part of `npm test`) runs
 * dependency-cruiser with it, so a wrong import fails the build; help/architecture.md draws its
 * diagram from LAYERS (`npm run docs:architecture`), and a test keeps the two in step.
 *
 * Read a layer as: files under `paths` may import project files only from themselves and `uses`,
 * and may not import the npm packages in `noPackages`. Tests (__tests__/) may import anything.
 */
const LAYERS = [
  {
    name: 'catalog',
    paths: ['catalog'],
    uses: [],
    noPackages: ['cdktf', '@cdktf/provider-aws', 'constructs', 'zod'],
    holds: 'shared facts, imported by every layer: Bedrock services and regions, bucket purposes and names, stack and output names, job kinds and their seed statements, launch fragments, the auditor policy, IAM policy types, error types',
  },
  {
    name: 'config',
    paths: ['config'],
    uses: ['catalog'],
    noPackages: ['cdktf', '@cdktf/provider-aws', 'constructs'],
    holds: 'the environment files, their zod schema and every derivation from them (subnets, state buckets)',
  },
  {
    name: 'modules',
    paths: ['modules'],
    uses: ['catalog'],
    noPackages: ['zod'],
    holds: 'constructs and policy builders, one concern per folder, each with its own readonly Props',
  },
  {
    name: 'rules',
    paths: ['rules'],
    uses: ['catalog'],
    noPackages: ['@cdktf/provider-aws'],
    holds: 'synth-time guardrails over the synthesized JSON',
  },
  {
    name: 'stacks',
    paths: ['stacks'],
    uses: ['config', 'modules', 'rules', 'catalog'],
    noPackages: [],
    holds: 'composition only: validated config into modules, one stack per environment',
  },
  {
    name: 'cli',
    paths: ['cli'],
    uses: ['catalog'],
    noPackages: ['cdktf', '@cdktf/provider-aws', 'constructs'],
    holds: 'the bedrock-private audit and job commands, on the AWS SDK v3',
  },
  {
    name: 'review',
    paths: ['review'],
    uses: ['catalog'],
    noPackages: ['cdktf', '@cdktf/provider-aws', 'constructs'],
    holds: 'plan review, a product a team runs in its pipeline: the PR comment from Terraform plan JSON (plan-summary) and the synth diff of two cdktf.out trees; reads JSON only',
  },
  {
    name: 'package',
    paths: ['index.ts', 'main.ts', 'bin'],
    uses: ['stacks', 'config', 'modules', 'rules', 'cli', 'review', 'catalog'],
    noPackages: [],
    holds: 'what the npm package exposes: index.ts (the library exports), main.ts (synth), bin/ (the bedrock-private command table: cli/ and review/ commands, synth, addresses, checkov)',
  },
  {
    name: 'entry points',
    paths: ['scripts', 'bench'],
    uses: ['package', 'stacks', 'config', 'modules', 'rules', 'cli', 'review', 'catalog'],
    noPackages: [],
    holds: "this repository's own tooling (npm scripts) and benchmarks: not shipped",
  },
];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Regex for files under any of the paths (a folder, or a single top-level file). */
const under = (paths) => `^(${paths.map((p) => (p.endsWith('.ts') ? escape(p) : `${escape(p)}/`)).join('|')})`;
const ALL_PATHS = LAYERS.flatMap((l) => l.paths);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...LAYERS.map((layer) => {
      const allowed = [...layer.paths, ...LAYERS.filter((l) => layer.uses.includes(l.name)).flatMap((l) => l.paths)];
      return {
        name: `layer-${layer.name.replace(/\s+/g, '-')}`,
        comment: `${layer.name} may import only ${layer.uses.length ? layer.uses.join(', ') : 'nothing else in the project'} (see help/architecture.md)`,
        severity: 'error',
        from: { path: under(layer.paths) },
        to: { path: under(ALL_PATHS), pathNot: under(allowed) },
      };
    }),
    ...LAYERS.filter((l) => l.noPackages.length).map((layer) => ({
      name: `packages-${layer.name.replace(/\s+/g, '-')}`,
      comment: `${layer.name} must not depend on ${layer.noPackages.join(', ')} (see help/architecture.md)`,
      severity: 'error',
      from: { path: under(layer.paths) },
      to: { path: `^node_modules/(${layer.noPackages.map(escape).join('|')})/` },
    })),
    {
      name: 'no-circular',
      comment: 'Dependencies point one way: a cycle means two files know each other',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(cdktf\\.out|\\.venv|\\.venv-prowler|\\.build|dist|coverage|__tests__)/' },
    tsPreCompilationDeps: true,
    // node_modules may be a symlink (git worktrees, the layer test's scratch project): keep package paths as imported.
    preserveSymlinks: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
// The table itself, for scripts/architecture-doc.ts. Not enumerable: dependency-cruiser rejects unknown config keys.
Object.defineProperty(module.exports, 'LAYERS', { value: LAYERS, enumerable: false });
