import { z } from 'zod';
import { EnvironmentFileSchema } from './schema';

/** Where the package ships the environment file's JSON Schema (package.json "exports": `bedrock-private-platform/environment.schema.json`). */
export const ENVIRONMENT_JSON_SCHEMA_PATH = 'schema/environment.schema.json';

/**
 * The environment file as JSON Schema (draft-07, which every JSON-aware editor reads), generated from
 * EnvironmentFileSchema so the two cannot drift (`npm run schema` writes it; a test compares). It describes
 * what a file may contain, with defaults (zod's input side); the cross-field and cross-file rules (AZ IDs
 * of the region, overlapping VPCs, shared state buckets) stay synth's, which reports them with the fix.
 */
export function environmentJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(EnvironmentFileSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'bedrock-private-platform environment file (config/environments/<name>.json)',
    description: 'One environment of the platform; every key is explained in help/adding-an-environment.md of the package. Generated from config/schema.ts by npm run schema: do not edit.',
    ...rest,
  };
}

/** The schema file's exact text. */
export const environmentJsonSchemaText = (): string => `${JSON.stringify(environmentJsonSchema(), undefined, 2)}\n`;
