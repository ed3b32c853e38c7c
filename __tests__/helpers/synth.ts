import { validateEnvironments } from '../../config/load';
import type { EnvironmentConfig, EnvironmentFile } from '../../config/schema';
import { synthesizeApp } from '../../scripts/lib/synthesized';

/** The parts of a synthesized cdk.tf.json the tests read. */
export interface TfJson {
  terraform: { backend?: Record<string, Record<string, unknown>>; cloud?: Record<string, unknown>; required_providers: unknown; required_version?: string };
  provider: { aws: Array<Record<string, unknown>> };
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  output: Record<string, { value: unknown; description?: string }>;
}

/** A valid environment file; tests override what they exercise. */
export const BASE_ENV: EnvironmentFile = {
  accountId: '123456789012',
  region: 'us-east-1',
  vpcCidr: '10.0.0.0/20',
  azIds: ['use1-az1', 'use1-az2'],
  tags: { owner: 'team-a', costCentre: 'cc-1' },
};

export function testEnv(overrides: Partial<EnvironmentFile> = {}, name = 'test'): EnvironmentConfig {
  return validateEnvironments([{ name, raw: { ...BASE_ENV, ...overrides } }])[0];
}

/** A real synth (as `npm run synth` does, metadata and all) into a temporary outdir. */
export function synthEnvs(envs: readonly EnvironmentConfig[]): Record<string, TfJson> {
  const stacks = synthesizeApp(envs);
  return Object.fromEntries(envs.map((env) => [env.stackName, stacks.get(env.stackName) as unknown as TfJson]));
}

export function synthEnv(env: EnvironmentConfig): TfJson {
  return synthEnvs([env])[env.stackName];
}

export function resources(tf: TfJson, type: string): Array<[string, Record<string, unknown>]> {
  return Object.entries(tf.resource[type] ?? {});
}

/** The one resource of a type whose construct path ends with `pathSuffix`. */
export function resourceAt(tf: TfJson, type: string, pathSuffix: string): Record<string, unknown> {
  const hits = resources(tf, type).filter(([, r]) => metadataPath(r).endsWith(pathSuffix));
  if (hits.length !== 1) throw new Error(`expected one ${type} at *${pathSuffix}, found ${hits.length}`);
  return hits[0][1];
}

export function metadataPath(resource: Record<string, unknown>): string {
  return ((resource['//'] as { metadata: { path: string } } | undefined)?.metadata.path) ?? '';
}

/** The address (`type.name`) of the resource at a construct path suffix, as Terraform interpolates it. */
export function addressAt(tf: TfJson, type: string, pathSuffix: string): string {
  const hits = resources(tf, type).filter(([, r]) => metadataPath(r).endsWith(pathSuffix));
  if (hits.length !== 1) throw new Error(`expected one ${type} at *${pathSuffix}, found ${hits.length}`);
  return `${type}.${hits[0][0]}`;
}

export function ref(tf: TfJson, type: string, pathSuffix: string, attribute: string): string {
  return `\${${addressAt(tf, type, pathSuffix)}.${attribute}}`;
}

export function policyOf(resource: Record<string, unknown>, attribute = 'policy'): { Version: string; Id?: string; Statement: Array<Record<string, unknown>> } {
  const text = resource[attribute];
  if (typeof text !== 'string') throw new Error(`resource has no ${attribute} string`);
  return JSON.parse(text);
}

export function statement(doc: { Statement: Array<Record<string, unknown>> }, sid: string): Record<string, unknown> {
  const s = doc.Statement.find((st) => st.Sid === sid);
  if (!s) throw new Error(`no statement with Sid ${sid}; have ${doc.Statement.map((st) => st.Sid).join(', ')}`);
  return s;
}
