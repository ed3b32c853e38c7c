import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { CustomizationType } from '@aws-sdk/client-bedrock';
import { USAGE } from '../../cli/main';
import { JOB_USAGE, parseJobArgs } from '../../cli/job/args';
import { AUDIT_USAGE, parseAuditArgs } from '../../cli/audit/args';
import { CUSTOMIZATION_TYPES, TEACHER_MODEL_TYPE } from '../../catalog/customization-types';
import { validateEnvironments } from '../../config/load';
import { BASE_ENV } from '../helpers/synth';

const REPO = join(__dirname, '..', '..');
type Command = 'job' | 'audit';
const PARSERS: Record<Command, (argv: string[]) => unknown> = { job: parseJobArgs, audit: (argv) => parseAuditArgs(argv, {}) };

/** True when the command's parser knows the flag: anything but "Unknown option" counts (a missing value, a missing file). */
function knows(command: Command, flag: string): boolean {
  try {
    PARSERS[command]([flag, 'x']);
  } catch (err) {
    return !(err as Error).message.includes(`Unknown option '${flag}'`);
  }
  return true;
}

/** Other programs' commands quoted in our texts ("cdktf output --outputs-file <file>"): their flags are not ours. */
const FOREIGN_COMMAND = /\b(cdktf|terraform|aws) [a-z-]+[^"'`\n]*/g;
const flagsIn = (text: string): string[] => [...text.replace(FOREIGN_COMMAND, '').matchAll(/(?<![\w-])--[a-z][a-z0-9-]*/g)].map((m) => m[0]);

/**
 * Flags of the AWS CLI commands that the audit prints as remediation (`aws bedrock create-model-customization-job
 * ...`) and whose texts explain them. Allowed in cli/audit only: the audit has no such flags of its own.
 */
const AWS_CLI_FLAGS = new Set([
  '--region', '--job-name', '--custom-model-name', '--role-arn', '--base-model-identifier', '--customization-type', '--training-data-config',
  '--validation-data-config', '--output-data-config', '--hyper-parameters', '--customization-config', '--custom-model-kms-key-id', '--vpc-config',
  '--model-id', '--input-data-config', '--timeout-duration-in-hours', '--model-invocation-type', '--model-identifier',
  // create-model-import-job and create-model-copy-job, which the import and copy rules explain.
  '--imported-model-kms-key-id', '--model-kms-key-id',
  // update-provisioned-model-throughput, create-evaluation-job and bedrock-agentcore-control update-agent-runtime,
  // which the rules of the newer kinds explain (cli/audit/rules/catalog.ts, cli/audit/remediation/governance.ts).
  '--desired-model-id', '--customer-encryption-key-id', '--network-configuration', '--agent-runtime-artifact',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Every string and template literal of a source file: its messages and help texts. */
function literals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    else if (ts.isTemplateExpression(node)) texts.push([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' '));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

/** Which commands' parsers a CLI file's texts speak for: its own command, or every command for shared code. */
function commandsOf(file: string): Command[] {
  const path = relative(join(REPO, 'cli'), file);
  if (path.startsWith('job/')) return ['job'];
  if (path.startsWith('audit/')) return ['audit'];
  return ['job', 'audit'];
}

describe('one CLI vocabulary', () => {
  it('selects the environment with --env in every command, and keeps --stack as a documented alias', () => {
    for (const [command, usage] of [['job', JOB_USAGE], ['audit', AUDIT_USAGE]] as const) {
      expect([command, knows(command, '--env'), knows(command, '--stack')]).toEqual([command, true, true]);
      expect(usage).toMatch(/--env <name> +Environment whose stack \(bedrock-<name>\)/);
      expect(usage).toMatch(/--stack <stack-name> +The same by stack name \(e\.g\. bedrock-dev\); an alias of --env\./);
    }
  });

  it('names only flags its parser accepts, in every help text', () => {
    const unknown = [
      ...flagsIn(JOB_USAGE).filter((f) => !knows('job', f)).map((f) => `job usage: ${f}`),
      ...flagsIn(AUDIT_USAGE).filter((f) => !knows('audit', f)).map((f) => `audit usage: ${f}`),
      ...flagsIn(USAGE).filter((f) => !knows('job', f) || !knows('audit', f)).map((f) => `usage: ${f}`),
    ];
    expect(unknown).toEqual([]);
  });

  it('names only flags its parser accepts, in every message of every command', () => {
    const files = sourceFiles(join(REPO, 'cli'));
    expect(files.length).toBeGreaterThan(10);
    const unknown = files.flatMap((file) =>
      commandsOf(file).flatMap((command) =>
        literals(file)
          .flatMap(flagsIn)
          .filter((flag) => !knows(command, flag) && !(command === 'audit' && AWS_CLI_FLAGS.has(flag)))
          .map((flag) => `${relative(REPO, file)} (${command}): ${flag}`),
      ),
    );
    expect([...new Set(unknown)]).toEqual([]);
  });

  it('uses only accepted flags in the README and help examples of bedrock-private', () => {
    const docs = [join(REPO, 'README.md'), ...readdirSync(join(REPO, 'help')).map((f) => join(REPO, 'help', f))].filter((f) => f.endsWith('.md'));
    const examples = docs.flatMap((file) => {
      // A command with its backslash-continued lines, as one string.
      const text = readFileSync(file, 'utf8').replace(/\\\n\s*/g, ' ');
      return [...text.matchAll(/bedrock-private (job|audit)\b[^\n`]*/g)].map((m) => ({ file: relative(REPO, file), command: m[1] as Command, text: m[0] }));
    });
    expect(examples.filter((e) => e.command === 'job').length).toBeGreaterThan(0);
    expect(examples.filter((e) => e.command === 'audit').length).toBeGreaterThan(0);
    const unknown = examples.flatMap((e) => flagsIn(e.text).filter((f) => !knows(e.command, f)).map((f) => `${e.file}: ${f} in "${e.text}"`));
    expect(unknown).toEqual([]);
  });

  it('never tells the user to pass a flag for an output that no flag provides', () => {
    const messages = sourceFiles(join(REPO, 'cli')).flatMap(literals);
    expect(messages.filter((m) => /pass the value with a flag/i.test(m))).toEqual([]);
  });
});

describe('customization types: one list, from the SDK', () => {
  const sdkValues: readonly string[] = Object.values(CustomizationType);

  it('are values of the SDK\'s CustomizationType enum', () => {
    expect(CUSTOMIZATION_TYPES.filter((t) => !sdkValues.includes(t))).toEqual([]);
  });

  it('are all accepted by job customize, with a teacher model for distillation', () => {
    const base = ['customize', '--outputs', 'o.json', '--job-name', 'j', '--custom-model-name', 'm', '--base-model', 'b', '--training-key', 't'];
    for (const type of CUSTOMIZATION_TYPES) {
      const teacher = type === TEACHER_MODEL_TYPE ? ['--teacher-model', 'amazon.nova-pro-v1:0'] : [];
      expect(parseJobArgs([...base, '--customization-type', type, ...teacher])).toMatchObject({ customizationType: type });
    }
    expect(() => parseJobArgs([...base, '--customization-type', TEACHER_MODEL_TYPE])).toThrow(
      `--teacher-model goes with --customization-type ${TEACHER_MODEL_TYPE}, and only with it: pass both or neither.`,
    );
  });

  it('are the config\'s customModels types, where distillation points at the job command', () => {
    const model = { name: 'bot', baseModelIdentifier: 'amazon.titan-text-lite-v1:0:4k', hyperparameters: {}, trainingObjectKey: 'train.jsonl' };
    for (const type of CUSTOMIZATION_TYPES.filter((t) => t !== TEACHER_MODEL_TYPE)) {
      const [env] = validateEnvironments([{ name: 'dev', raw: { ...BASE_ENV, customModels: [{ ...model, customizationType: type }] } }]);
      expect(env.customModels[0].customizationType).toBe(type);
    }
    expect(() => validateEnvironments([{ name: 'dev', raw: { ...BASE_ENV, customModels: [{ ...model, customizationType: TEACHER_MODEL_TYPE }] } }])).toThrow(
      `customModels.0.customizationType: ${TEACHER_MODEL_TYPE} needs a teacher model, which aws_bedrock_custom_model cannot set; launch it with "bedrock-private job customize --customization-type ${TEACHER_MODEL_TYPE} --teacher-model <id>", or use another type here`,
    );
  });
});
