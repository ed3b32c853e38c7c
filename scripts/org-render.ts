import { join, relative, resolve } from 'node:path';
import { loadEnvironments } from '../config/load';
import { loadOrganization } from '../config/organization';
import { runEntryPoint, UserError } from '../catalog/errors';
import { ORGANIZATION_POLICY_MAX_BYTES } from '../modules/org/policy-size';
import { renderOrganizationPolicies } from './lib/organization-render';

const USAGE = `Usage: npm run org:render [-- --out-dir <dir>]

Renders the Bedrock platform's service control policy and resource control policy from
config/organization.json (BEDROCK_ORG_FILE overrides it) and the environment files, as minified JSON,
into <dir> (default cdktf.out/organization). See help/organization-guardrails.md.`;

function fail(message: string): never {
  throw new UserError(message);
}

runEntryPoint({ name: 'org:render', exitCode: 1 }, () => {
  const args = process.argv.slice(2);
  let outDir = join(process.env.CDKTF_OUTDIR ?? 'cdktf.out', 'organization');
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--help' || args[i] === '-h') {
      console.log(USAGE);
      return 0;
    } else if (args[i] === '--out-dir') outDir = args[++i] ?? fail(`--out-dir needs a directory\n\n${USAGE}`);
    else fail(`unknown argument ${args[i]}\n\n${USAGE}`);
  }
  const environments = loadEnvironments();
  const org = loadOrganization(environments);
  if (!org) fail('no organization file (config/organization.json, or BEDROCK_ORG_FILE); add one to render organization policies (help/organization-guardrails.md)');
  let rendered;
  try {
    rendered = renderOrganizationPolicies(org, resolve(outDir));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw e;
    fail(`cannot write the policies into ${outDir} (${code}); pass a writable directory with --out-dir`);
  }
  for (const p of rendered.filter((r) => r.type !== 'BEDROCK_POLICY')) {
    console.log(`${relative(process.cwd(), p.path)}: ${p.type}, ${p.bytes} of ${ORGANIZATION_POLICY_MAX_BYTES} bytes`);
  }
  console.log(`Attach both to ${org.targetIds.join(', ')} (or deploy the ${org.stackName} stack from the management account).`);
  for (const p of rendered.filter((r) => r.type === 'BEDROCK_POLICY')) {
    console.log(`${relative(process.cwd(), p.path)}: BEDROCK_POLICY, ${p.bytes} bytes; not deployed by the stack: enable the policy type, give each guardrail a resource-based policy for the members, then attach it with aws organizations create-policy --type BEDROCK_POLICY (help/guardrail.md).`);
  }
  return 0;
});
