import { z } from 'zod';

/**
 * `"$schema"`: the JSON Schema an editor validates and completes the file with. The package ships it as
 * `bedrock-private-platform/environment.schema.json` (schema/environment.schema.json, generated from
 * EnvironmentFileSchema by `npm run schema`). Synthesis ignores the value.
 * @default none: the file is validated at synth either way
 */
export const SchemaReference = z.string().optional();
