import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ENVIRONMENT_JSON_SCHEMA_PATH, environmentJsonSchemaText } from '../config/json-schema';
import { runEntryPoint } from '../catalog/errors';

/** `npm run schema`: writes the environment file's JSON Schema (config/json-schema.ts) where the package ships it. */
runEntryPoint({ exitCode: 1 }, () => {
  const path = join(__dirname, '..', ENVIRONMENT_JSON_SCHEMA_PATH);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, environmentJsonSchemaText());
  process.stdout.write(`schema: wrote ${ENVIRONMENT_JSON_SCHEMA_PATH}\n`);
});
