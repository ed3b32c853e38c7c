#!/usr/bin/env node
'use strict';
// The environment stacks as the workflows' matrix: [{"stack","environment","region"}] from config/environments.
// `node scripts/stacks.js <environment>` prints that one environment's stack=... and region=... lines
// (for $GITHUB_OUTPUT). Stack names are bedrock-<environment>, as the package names them.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.BEDROCK_ENV_DIR ?? join(__dirname, '..', 'config', 'environments');
const stacks = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const environment = f.slice(0, -'.json'.length);
    return { stack: `bedrock-${environment}`, environment, region: JSON.parse(readFileSync(join(dir, f), 'utf8')).region };
  });
const [wanted] = process.argv.slice(2);
if (wanted === undefined) {
  process.stdout.write(`${JSON.stringify(stacks)}\n`);
} else {
  const found = stacks.find((s) => s.environment === wanted);
  if (!found) {
    process.stderr.write(`stacks: no environment "${wanted}" in ${dir}; known: ${stacks.map((s) => s.environment).join(', ')}\n`);
    process.exit(1);
  }
  process.stdout.write(`stack=${found.stack}\nregion=${found.region}\n`);
}
