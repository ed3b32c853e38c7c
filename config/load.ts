import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { ConfigError, ConfigProblem, problemsFromZod } from './errors';
import { ENVIRONMENT_NAME, EnvironmentConfig, EnvironmentFileSchema, deriveEnvironment, keysAt } from './schema';
import { stateBucketProblems } from './state-buckets';
import { vpcOverlapProblems } from './vpc-overlaps';
import { ALL_BUCKET_PURPOSES, S3_BUCKET_NAME_MAX, bucketName } from '../catalog/buckets';
import { jsonSyntaxMessage } from '../catalog/json-syntax';
import { invocationLoggingConflicts, invocationLoggingProblems } from './invocation-logging';

/** Points synth at another directory of environment files (tests, benchmarks, a scratch config). */
const ENVIRONMENTS_DIR_VARIABLE = 'BEDROCK_ENV_DIR';

/**
 * Where the environment files are: BEDROCK_ENV_DIR, else `config/environments` of the project. The
 * compiled synth (scripts/synth.js) runs from `.build/`, so it passes the project root it knows.
 */
export function environmentsDir(projectRoot: string = join(__dirname, '..')): string {
  return process.env[ENVIRONMENTS_DIR_VARIABLE] ?? join(projectRoot, 'config', 'environments');
}

/**
 * Validates one environment's raw object. Collects every problem instead of stopping at the first,
 * so a user fixes a file in one pass.
 */
function validateEnvironment(name: string, raw: unknown, file = `${name}.json`): { config?: EnvironmentConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (!ENVIRONMENT_NAME.test(name)) {
    problems.push({
      environment: name,
      file,
      field: '(name)',
      message: 'environment names are 2-16 characters of a-z, 0-9 and "-", starting with a letter; rename the file, e.g. "dev.json"',
    });
  }
  const parsed = EnvironmentFileSchema.safeParse(raw);
  if (!parsed.success) return { problems: [...problems, ...problemsFromZod(name, file, parsed.error, keysAt)] };
  if (problems.length) return { problems };
  const config = deriveEnvironment(name, parsed.data);
  if (config.buckets.forceDestroy && config.protection.preventDestroy) {
    problems.push({
      environment: name,
      file,
      field: 'buckets.forceDestroy',
      message: `contradicts protection.preventDestroy (${parsed.data.protection.preventDestroy === undefined ? 'true by default for "prod"' : 'true'}): an environment is either torn down or protected; set protection.preventDestroy to false, or remove buckets.forceDestroy`,
    });
  }
  for (const purpose of ALL_BUCKET_PURPOSES) {
    const bucket = bucketName(config, purpose);
    if (bucket.length > S3_BUCKET_NAME_MAX) {
      problems.push({
        environment: name,
        file,
        field: 'namePrefix',
        message: `bucket name "${bucket}" is ${bucket.length} characters, over S3's ${S3_BUCKET_NAME_MAX}; shorten namePrefix or the environment name`,
      });
      break;
    }
  }
  problems.push(...invocationLoggingProblems(config, file));
  return problems.length ? { problems } : { config, problems };
}

/**
 * Validates a set of named raw environments, each on its own and then against each other (VPC blocks,
 * state buckets, invocation logging); throws one ConfigError listing every problem.
 */
export function validateEnvironments(entries: ReadonlyArray<{ name: string; raw: unknown; file?: string }>): EnvironmentConfig[] {
  const problems: ConfigProblem[] = [];
  const configs: EnvironmentConfig[] = [];
  for (const entry of entries) {
    const result = validateEnvironment(entry.name, entry.raw, entry.file);
    problems.push(...result.problems);
    if (result.config) configs.push(result.config);
  }
  // Rules across environments, on the ones that are valid on their own.
  const files = new Map(entries.map((e) => [e.name, e.file ?? `${e.name}.json`]));
  const fileOf = (name: string) => files.get(name) ?? `${name}.json`;
  problems.push(
    ...vpcOverlapProblems(configs, fileOf),
    ...stateBucketProblems(configs, fileOf),
    ...invocationLoggingConflicts(configs, fileOf),
  );
  if (problems.length) throw new ConfigError(problems);
  return configs;
}

/** Reads every `<name>.json` in the directory, in name order (deterministic output). */
export function loadEnvironments(dir: string = environmentsDir()): EnvironmentConfig[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    const fix = process.env[ENVIRONMENTS_DIR_VARIABLE] === undefined ? 'restore config/environments' : `point ${ENVIRONMENTS_DIR_VARIABLE} at a directory of <name>.json files, or unset it`;
    throw new ConfigError([{ environment: '(none)', file: dir, field: '(directory)', message: `cannot read the environment directory (${code}); ${fix}` }]);
  }
  const files = names.filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) {
    throw new ConfigError([{ environment: '(none)', file: dir, field: '(directory)', message: 'no environment files; add one, e.g. dev.json (see help/adding-an-environment.md)' }]);
  }
  const entries = files.map((f) => {
    const path = join(dir, f);
    // Relative to where the user stands, unless that means climbing out of it.
    const fromCwd = relative(process.cwd(), path);
    const shown = fromCwd && !fromCwd.startsWith('..') ? fromCwd : path;
    const name = basename(f, '.json');
    const text = readFileSync(path, 'utf8');
    try {
      return { name, raw: JSON.parse(text) as unknown, file: shown };
    } catch (e) {
      throw new ConfigError([{ environment: name, file: shown, field: '(file)', message: `not valid JSON (${jsonSyntaxMessage(text, e as Error)}); fix the syntax` }]);
    }
  });
  return validateEnvironments(entries);
}
