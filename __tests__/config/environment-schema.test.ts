import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Ajv from 'ajv';
import { validateEnvironments, environmentsDir } from '../../config/load';
import { ENVIRONMENT_JSON_SCHEMA_PATH, environmentJsonSchemaText } from '../../config/json-schema';
import { ConfigError } from '../../config/errors';
import { BASE_ENV } from '../helpers/synth';

const REPO = join(__dirname, '..', '..');
const SCHEMA_FILE = join(REPO, ENVIRONMENT_JSON_SCHEMA_PATH);

describe('the environment file JSON Schema (schema/environment.schema.json)', () => {
  const committed = readFileSync(SCHEMA_FILE, 'utf8');
  const validate = new Ajv({ allErrors: true }).compile(JSON.parse(committed));
  const jsonSchemaProblems = (raw: unknown) => (validate(raw) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`));

  it('is what the zod schema generates today (npm run schema rewrites it)', () => {
    expect(committed).toBe(environmentJsonSchemaText());
  });

  it('accepts every environment file in config/environments; a file that names a "$schema" names this one', () => {
    const dir = environmentsDir();
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { $schema?: string };
      expect([file, jsonSchemaProblems(raw)]).toEqual([file, []]);
      if (raw.$schema !== undefined) expect([file, resolve(dirname(join(dir, file)), raw.$schema)]).toEqual([file, SCHEMA_FILE]);
    }
  });

  it('accepts the smallest valid file, with or without "$schema", as synth does', () => {
    for (const raw of [BASE_ENV, { $schema: '../../schema/environment.schema.json', ...BASE_ENV }]) {
      expect(jsonSchemaProblems(raw)).toEqual([]);
      expect(validateEnvironments([{ name: 'qa', raw }])).toHaveLength(1);
    }
  });

  it('rejects what synth rejects by shape: a mistyped key, a missing field, a wrong type', () => {
    const cases: ReadonlyArray<[string, unknown, string]> = [
      ['mistyped key', { ...BASE_ENV, vpcCdir: '10.0.0.0/16' }, ' should NOT have additional properties'],
      ['missing field', { ...BASE_ENV, tags: { owner: 'team-a' } }, ".tags should have required property 'costCentre'"],
      ['number for a string', { ...BASE_ENV, accountId: 123456789012 }, '.accountId should be string'],
      ['unknown endpoint service', { ...BASE_ENV, endpoints: { services: ['bedrock-runtme'] } }, '.endpoints.services[0] should be equal to one of the allowed values'],
    ];
    for (const [what, raw, problem] of cases) {
      expect([what, jsonSchemaProblems(raw)]).toEqual([what, expect.arrayContaining([problem])]);
      expect(() => validateEnvironments([{ name: 'qa', raw }])).toThrow(ConfigError);
    }
  });
});
