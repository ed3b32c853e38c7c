import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOURS_PER_MONTH, PRICES, PRICE_FACTS, PRICE_TABLE_DATE, Price, pricesFor } from '../../catalog/prices';
import { STACK_REGION_NAMES } from '../../catalog/bedrock-regions';
import { endpointServiceName } from '../../catalog/bedrock-services';
import { loadEnvironments } from '../../config/load';
import { Plan, parsePlan } from '../../review/plan/plan-json';
import { money, planCost, renderCost } from '../../review/cost';

type Change = { address: string; type: string; actions: string[]; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null; after_unknown?: Record<string, unknown> };

/** A plan as `terraform show -json` writes it: the provider's region in `configuration`, one entry per resource change. */
function plan(region: string, changes: Change[]): Plan {
  return parsePlan(
    JSON.stringify({
      format_version: '1.2',
      configuration: { provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', expressions: { region: { constant_value: region } } } } },
      resource_changes: changes.map((c) => ({
        address: c.address,
        mode: 'managed',
        type: c.type,
        name: c.address.split('.')[1],
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: { actions: c.actions, before: c.before ?? null, after: c.after ?? null, after_unknown: c.after_unknown ?? {} },
      })),
    }),
    'test',
  );
}

/** The creates a plan shows when an environment enables more endpoint services: one interface endpoint each, in every AZ. */
function enableServices(region: string, azCount: number, services: readonly string[]): Change[] {
  return services.map((service) => ({
    address: `aws_vpc_endpoint.bedrock-endpoints_${service}_0A1B2C3D`,
    type: 'aws_vpc_endpoint',
    actions: ['create'],
    after: {
      service_name: endpointServiceName(region, service),
      vpc_endpoint_type: 'Interface',
      private_dns_enabled: true,
      subnet_ids: Array.from({ length: azCount }, (_, i) => `subnet-0${i}`),
    },
  }));
}

const times = (p: Price, n: number): Price => (p === 'unknown' ? 'unknown' : p * n);

describe('the monthly cost of a plan', () => {
  const OPT_IN = ['bedrock-mantle', 'bedrock-fips'];

  it('enabling bedrock-mantle and bedrock-fips in a 3-AZ environment: services × AZs × 730 h × the regional rate, checked against the price table', () => {
    // The environments as configured, plus us-east-1 so one case always has a confirmed price.
    const cases = [...loadEnvironments().filter((e) => e.azIds.length === 3).map((e) => e.region), 'us-east-1'];
    for (const region of new Set(cases)) {
      const cost = planCost('bedrock-x', plan(region, enableServices(region, 3, OPT_IN)));
      const expected = times(PRICES[region].interfaceEndpointAzHour, OPT_IN.length * 3 * HOURS_PER_MONTH);
      expect([region, cost.delta, cost.created]).toEqual([region, expected, expected]);
      expect(renderCost([cost]).join('\n')).toContain(`| bedrock-x | ${region} | ${money(expected)} | $0.00 | $0.00 | **${money(expected, true)}** |`);
    }
    // The confirmed us-east-1 rate ($0.01 per endpoint-AZ-hour) gives 2 × 3 × 730 × 0.01.
    expect(money(planCost('s', plan('us-east-1', enableServices('us-east-1', 3, OPT_IN))).delta, true)).toBe('+$43.80');
  });

  it('the PR comment from plan-summary shows the delta and each endpoint with its per-GB rate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cost-plans-'));
    try {
      writeFileSync(join(dir, 'bedrock-qa.json'), JSON.stringify(plan('us-east-1', enableServices('us-east-1', 3, OPT_IN))));
      const md = execFileSync(process.execPath, [require.resolve('tsx/cli'), join(__dirname, '..', '..', 'review', 'plan-summary.ts'), dir], { encoding: 'utf8' });
      const hourly = PRICES['us-east-1'].interfaceEndpointAzHour;
      expect(md).toContain(`### Monthly cost (list prices of ${PRICE_TABLE_DATE})`);
      expect(md).toContain(`| bedrock-qa | us-east-1 | $43.80 | $0.00 | $0.00 | **+$43.80** |`);
      expect(md).toContain(
        `- create \`aws_vpc_endpoint.bedrock-endpoints_bedrock-mantle_0A1B2C3D\`: +$21.90 a month (3 AZ × 730 h × $${hourly}); plus $${PRICES['us-east-1'].interfaceEndpointGb} per GB processed`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an unconfirmed regional price is "unknown", never 0, and so is every sum it is in', () => {
    const region = STACK_REGION_NAMES.find((r) => PRICES[r].interfaceEndpointAzHour === 'unknown')!;
    const cost = planCost('s', plan(region, [...enableServices(region, 2, ['bedrock-mantle']), { address: 'aws_kms_key.k', type: 'aws_kms_key', actions: ['create'], after: {} }]));
    expect([cost.created, cost.delta]).toEqual(['unknown', 'unknown']);
    expect(renderCost([cost]).join('\n')).toContain(`| s | ${region} | unknown | $0.00 | $0.00 | **unknown** |`);
    // A region outside the table, or none at all: everything unknown.
    expect(Object.values(pricesFor('xx-nowhere-1')).every((p) => p === 'unknown')).toBe(true);
  });

  it('subnets known only after apply make the endpoint unknown', () => {
    const [create] = enableServices('us-east-1', 3, ['bedrock-mantle']);
    const cost = planCost('s', plan('us-east-1', [{ ...create, after: { ...create.after, subnet_ids: undefined }, after_unknown: { subnet_ids: true } }]));
    expect(cost.delta).toBe('unknown');
    expect(cost.lines[0].basis).toBe('AZs known only after apply');
  });

  it('KMS keys, a data-event trail and log groups by resource type; destroys count negative', () => {
    const prices = PRICES['us-east-1'];
    const cost = planCost(
      's',
      plan('us-east-1', [
        { address: 'aws_kms_key.a', type: 'aws_kms_key', actions: ['create'], after: { enable_key_rotation: true } },
        { address: 'aws_kms_key.b', type: 'aws_kms_key', actions: ['delete'], before: {} },
        { address: 'aws_kms_key.c', type: 'aws_kms_key', actions: ['create'], after: {} },
        { address: 'aws_cloudtrail.t', type: 'aws_cloudtrail', actions: ['create'], after: { event_selector: [{ data_resource: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3:::b/'] }] }] } },
        { address: 'aws_cloudwatch_log_group.g', type: 'aws_cloudwatch_log_group', actions: ['create'], after: { name: 'g' } },
        { address: 'aws_vpc_endpoint.s3', type: 'aws_vpc_endpoint', actions: ['create'], after: { vpc_endpoint_type: 'Gateway' } },
        ...enableServices('us-east-1', 3, ['bedrock-mantle']).map((c) => ({ ...c, actions: ['delete'], before: c.after, after: null })),
      ]),
    );
    const endpoint = times(prices.interfaceEndpointAzHour, 3 * HOURS_PER_MONTH) as number;
    expect(cost.created).toBe(2 * (prices.kmsKeyMonth as number));
    expect(cost.destroyed).toBeCloseTo((prices.kmsKeyMonth as number) + endpoint, 10);
    expect(cost.delta).toBeCloseTo((prices.kmsKeyMonth as number) - endpoint, 10);
    const md = renderCost([cost]).join('\n');
    expect(md).toContain(`- create \`aws_cloudtrail.t\`: $0.00 a month (no charge for the trail; data events by volume); plus $${prices.cloudTrailDataEvents100k} per 100,000 data events`);
    expect(md).toContain(`- create \`aws_cloudwatch_log_group.g\`: $0.00 a month (no charge for the group; ingestion by volume); plus $${prices.logsIngestionGb} per GB ingested`);
    expect(md).not.toContain('aws_vpc_endpoint.s3'); // gateway endpoints are free
  });
});

describe('the price table (catalog/prices.ts)', () => {
  it('has every region the config accepts, each price a positive number or "unknown", and names its sources', () => {
    expect(Object.keys(PRICES).sort()).toEqual([...STACK_REGION_NAMES].sort());
    for (const prices of Object.values(PRICES)) for (const p of Object.values(prices)) expect(p === 'unknown' || (typeof p === 'number' && p > 0)).toBe(true);
    for (const facts of Object.values(PRICE_FACTS)) expect(facts.source).toMatch(/^https:\/\/aws\.amazon\.com\//);
    expect(PRICE_TABLE_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
