import { join, relative, resolve } from 'node:path';
import { loadEnvironments } from '../config/load';
import { loadOrganization } from '../config/organization';
import { isUserError } from '../catalog/errors';
import { ORGANIZATION_POLICY_MAX_BYTES } from '../modules/org/policy-size';
import { renderOrganizationPolicies } from './lib/organization-render';

const USAGE = `Usage: npm run org:render [-- --out-dir <dir>]

Renders the Bedrock platform's service control policy and resource control policy from
config/organization.json (BEDROCK_ORG_FILE overrides it) and the environment files, as minified JSON,
into <dir> (default cdktf.out/organization). See help/organization-guardrails.md.`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const args = process.argv.slice(2);
let outDir = join(process.env.CDKTF_OUTDIR ?? 'cdktf.out', 'organization');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--help' || args[i] === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (args[i] === '--out-dir') outDir = args[++i] ?? fail(`--out-dir needs a directory\n\n${USAGE}`);
  else fail(`unknown argument ${args[i]}\n\n${USAGE}`);
}

try {
  const environments = loadEnvironments();
  const org = loadOrganization(environments);
  if (!org) fail(`no organization file (config/organization.json, or BEDROCK_ORG_FILE); add one to render organization policies (help/organization-guardrails.md)`, 1);
  for (const p of renderOrganizationPolicies(org, resolve(outDir))) {
    console.log(`${relative(process.cwd(), p.path)}: ${p.type}, ${p.bytes} of ${ORGANIZATION_POLICY_MAX_BYTES} bytes`);
  }
  console.log(`Attach both to ${org.targetIds.join(', ')} (or deploy the ${org.stackName} stack from the management account).`);
} catch (e) {
  if (isUserError(e)) fail(e.message, 1);
  throw e;
}
