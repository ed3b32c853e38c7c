import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { environmentsDir } from '../../config/load';

/**
 * The environments the repo ships, read from config/environments (or BEDROCK_ENV_DIR) like synth
 * reads them: tests never list them by hand, so adding an environment keeps the suite green.
 */
export function shippedEnvironmentNames(): string[] {
  return readdirSync(environmentsDir())
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort();
}
