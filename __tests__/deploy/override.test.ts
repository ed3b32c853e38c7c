import { loadEnvironments } from '../../config/load';
import { resourceAddresses, synthesizeApp } from '../../scripts/lib/synthesized';
import { KNOWN_PRODUCT_DEFECTS } from './support/known-defects';
import { EMULATED_SERVICES, emulatorOverride, serviceOf } from './support/override';
import { plannedChanges } from './support/report';

const ENDPOINT = 'http://127.0.0.1:40123';

describe('the emulator override', () => {
  const override = emulatorOverride({ endpoint: ENDPOINT, providerVersion: '5.100.0' }) as {
    terraform: { backend: unknown; required_providers?: unknown };
    provider: { aws: Array<Record<string, unknown>> };
  };
  const [provider] = override.provider.aws;

  it('points every emulated service at the emulator, and nothing else', () => {
    expect(provider.endpoints).toEqual([Object.fromEntries(EMULATED_SERVICES.map((s) => [s, ENDPOINT]))]);
    expect([...EMULATED_SERVICES].sort()).toEqual(['bedrock', 'cloudtrail', 'ec2', 'iam', 'kms', 'logs', 'organizations', 's3', 'sts']);
  });

  it('replaces any backend with local state', () => {
    expect(override.terraform.backend).toEqual({ local: { path: 'terraform.tfstate' } });
  });

  it('relaxes the provider constraint only when told to (a mirror), to exactly that version', () => {
    expect(override.terraform.required_providers).toEqual({ aws: { source: 'hashicorp/aws', version: '5.100.0' } });
    expect(emulatorOverride({ endpoint: ENDPOINT }).terraform).not.toHaveProperty('required_providers');
  });

  it('keeps the account check: credentials are validated and the account looked up (at the emulator\'s STS)', () => {
    expect(provider).not.toHaveProperty('skip_credentials_validation');
    expect(provider).not.toHaveProperty('skip_requesting_account_id');
    expect(provider).toMatchObject({ s3_use_path_style: true, skip_metadata_api_check: true, access_key: 'AKIAIOSFODNN7EXAMPLE' });
  });
});

describe('the shipped stacks and the loop', () => {
  const stacks = synthesizeApp(loadEnvironments());

  it('use only resource and data types whose service the emulator serves', () => {
    const types = [...stacks.values()].flatMap((tf) => [...Object.keys(tf.resource ?? {}), ...Object.keys((tf as { data?: object }).data ?? {})]);
    expect(types.length).toBeGreaterThan(20);
    expect([...new Set(types)].filter((t) => serviceOf(t) === undefined)).toEqual([]);
  });

  it('list known product defects only for stacks and steps the loop runs', () => {
    for (const defect of KNOWN_PRODUCT_DEFECTS) {
      const tf = stacks.get(defect.stack);
      expect([defect.stack, tf !== undefined]).toEqual([defect.stack, true]);
      const preventDestroy = resourceAddresses(tf!).some((address) => {
        const [type, name] = address.split('.');
        return (tf!.resource![type][name] as { lifecycle?: { prevent_destroy?: boolean } }).lifecycle?.prevent_destroy === true;
      });
      // A prevent_destroy stack is never destroyed by the loop, so a destroy defect there could never be seen.
      expect([defect.stack, defect.step === 'destroy' && preventDestroy]).toEqual([defect.stack, false]);
      expect(defect.issue).toMatch(/^issue \d+: /);
    }
  });
});

describe('what a failing re-plan shows', () => {
  it('is the action list through the Plan: summary', () => {
    const output = [
      'aws_vpc.v: Refreshing state... [id=vpc-1]',
      '',
      'Terraform will perform the following actions:',
      '',
      '  # aws_vpc_security_group_ingress_rule.r will be updated in-place',
      '  ~ description = null -> "from jobs"',
      '',
      'Plan: 0 to add, 1 to change, 0 to destroy.',
      '',
      'Note: You didn\'t use the -out option',
    ].join('\n');
    expect(plannedChanges(output)).toBe(output.split('\n').slice(2, 8).join('\n'));
  });
});
