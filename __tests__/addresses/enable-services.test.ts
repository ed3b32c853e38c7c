import { loadEnvironments, validateEnvironments } from '../../config/load';
import { loadOrganization } from '../../config/organization';
import type { EnvironmentConfig } from '../../config/schema';
import { BEDROCK_SERVICE_NAMES, DEFAULT_BEDROCK_SERVICE_NAMES } from '../../catalog/bedrock-services';
import { lostAddressMessage, lostAddresses, readAddressLists } from '../../scripts/lib/addresses';
import { resourceAddresses, synthesizeApp } from '../../scripts/lib/synthesized';

/**
 * Endpoints and their data sources are keyed by service name, so turning on an opt-in service (or all
 * of them) adds addresses and never renames one. Checked against the committed address lists of the
 * shipped environments, the lists a real state was built from.
 */

/** The shipped environment files, each with every service of the table switched on (and kept in table order). */
function withEveryService(envs: readonly EnvironmentConfig[]): EnvironmentConfig[] {
  return validateEnvironments(envs.map((env) => ({ name: env.name, raw: { ...fileOf(env), endpoints: { ...fileOf(env).endpoints, services: [...BEDROCK_SERVICE_NAMES] } } })));
}

/** Back to the file shape: the derived fields validateEnvironments adds are not keys of the file. */
function fileOf(env: EnvironmentConfig): Record<string, unknown> & { endpoints: Record<string, unknown> } {
  const { name: _name, stackName: _stack, subnets: _subnets, protection, ...file } = env;
  return { ...file, protection: { preventDestroy: protection.preventDestroy } } as Record<string, unknown> & { endpoints: Record<string, unknown> };
}

describe('enabling endpoint services', () => {
  const shipped = loadEnvironments();
  const committed = readAddressLists();

  it('starts from shipped environments that use the default set', () => {
    for (const env of shipped) expect(env.endpoints.services).toEqual(DEFAULT_BEDROCK_SERVICE_NAMES);
  });

  it('only adds addresses: every committed address survives when every opt-in service is switched on', () => {
    const current = synthesizeApp(withEveryService(shipped), loadOrganization(shipped));
    const lost = lostAddresses(committed, current);
    if (lost.length) throw new Error(lostAddressMessage(lost));
    const opted = BEDROCK_SERVICE_NAMES.length - DEFAULT_BEDROCK_SERVICE_NAMES.length;
    for (const env of shipped) {
      const added = resourceAddresses(current.get(env.stackName)!).filter((a) => !committed.get(env.stackName)!.includes(a));
      // One endpoint per opt-in service and nothing else: no existing resource is re-created under a new name.
      expect(added).toHaveLength(opted);
      expect(added.every((a) => a.startsWith('aws_vpc_endpoint.bedrock-endpoints_'))).toBe(true);
    }
  });
});
