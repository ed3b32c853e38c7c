import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo, createServer } from 'node:net';
import { PRICES, PRICE_TABLE_DATE } from '../../catalog/prices';
import { parseOffer, priceFromOffer } from '../../scripts/lib/price-list';

/**
 * The fixture is a few products of each offer in AWS's bulk Price List format (products by SKU,
 * terms.OnDemand price dimensions with tiers), including neighbours that must not match: NAT gateway
 * and Gateway Load Balancer endpoint hours, KMS requests, Logs Insights scans. Its numbers are test
 * data in that shape, not a price source.
 */
const FIXTURE = join(__dirname, '..', 'fixtures', 'price-list');
const offer = (code: string, region: string) => parseOffer(readFileSync(join(FIXTURE, code, `${region}.json`), 'utf8'), code);
const ROOT = join(__dirname, '..', '..');

function check(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'scripts', 'prices-check.ts'), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('prices:check', () => {
  it('reads each price from its offer: the lowest paid tier of the matching usage type, scaled to the table unit', () => {
    expect(priceFromOffer(offer('AmazonVPC', 'us-east-1'), 'interfaceEndpointAzHour', 'us-east-1')).toBe(0.01);
    expect(priceFromOffer(offer('AmazonVPC', 'us-east-1'), 'interfaceEndpointGb', 'us-east-1')).toBe(0.01);
    expect(priceFromOffer(offer('awskms', 'us-east-1'), 'kmsKeyMonth', 'us-east-1')).toBe(1);
    expect(priceFromOffer(offer('AWSCloudTrail', 'us-east-1'), 'cloudTrailDataEvents100k', 'us-east-1')).toBe(0.1);
    expect(priceFromOffer(offer('AmazonCloudWatch', 'us-east-1'), 'logsIngestionGb', 'us-east-1')).toBe(0.5);
    // Region-prefixed usage types (USW2-VpcEndpoint-Hours) match; another region's products do not.
    expect(priceFromOffer(offer('AmazonVPC', 'us-west-2'), 'interfaceEndpointAzHour', 'us-west-2')).toBe(0.01);
    expect(priceFromOffer(offer('AmazonVPC', 'us-west-2'), 'interfaceEndpointAzHour', 'us-east-1')).toBe('unknown');
  });

  it('passes where the table matches, and lists what the price list could fill', () => {
    expect(check(['--offers', FIXTURE, '--region', 'us-east-1'])).toEqual({ code: 0, stdout: '5 of 5 prices match the price list; 0 differ.\n', stderr: '' });
    const west = check(['--offers', FIXTURE, '--region', 'us-west-2']);
    expect(west.code).toBe(0);
    expect(west.stdout).toContain('us-west-2 interfaceEndpointAzHour: table unknown, price list 0.01\n');
  });

  it('fails, naming the region, the price and both values, when the price list differs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'price-list-'));
    try {
      cpSync(FIXTURE, dir, { recursive: true });
      const file = join(dir, 'AmazonVPC', 'us-east-1.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"USD": "0.0100000000"', '"USD": "0.0110000000"'));
      const r = check(['--offers', dir, '--region', 'us-east-1']);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`us-east-1 interfaceEndpointAzHour: table ${PRICES['us-east-1'].interfaceEndpointAzHour}, price list 0.011: update catalog/prices.ts`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without the network: one clear message and exit 1, no stack', async () => {
    // A port nothing listens on: the same refusal as a machine without a route to AWS.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const r = check(['--region', 'us-east-1'], { BEDROCK_PRICE_LIST_URL: `http://127.0.0.1:${port}` });
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `prices:check: cannot reach AWS's price list at http://127.0.0.1:${port} (ECONNREFUSED). This check needs the network; run it where 127.0.0.1:${port} is reachable, or pass --offers <dir> with the offer files saved there. catalog/prices.ts stays as dated ${PRICE_TABLE_DATE}.\n`,
    });
  });

  it('a file that is not an offer is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'price-list-'));
    try {
      cpSync(FIXTURE, dir, { recursive: true });
      writeFileSync(join(dir, 'awskms', 'us-east-1.json'), '{"products": {}}');
      expect(check(['--offers', dir, '--region', 'us-east-1']).stderr).toBe(`prices:check: ${join(dir, 'awskms', 'us-east-1.json')}: not a Price List offer file (no products or terms.OnDemand)\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
