import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRICES, PRICE_FACTS, PRICE_TABLE_DATE, PriceKey } from '../catalog/prices';
import { UserError, runEntryPoint } from '../catalog/errors';
import { Finding, OfferFile, PRICE_LIST_HOST, compare, describeFindings, offerUrl, parseOffer, priceFromOffer } from './lib/price-list';

const USAGE = `Usage:
  prices:check [--offers <dir>] [--region <region>]...

Compares catalog/prices.ts (dated ${PRICE_TABLE_DATE}) with AWS's Price List bulk API: the offers
${[...new Set(Object.values(PRICE_FACTS).map((f) => f.offer))].join(', ')}, one file per region.
--offers reads <dir>/<offer>/<region>.json instead of downloading (files saved from the same URLs).
Exit 0 when every price the table has matches; 1 when one differs or the price list cannot be read.`;

const usage = (message: string): never => {
  throw new UserError(`${message}. Run "npm run prices:check -- --help" for the options.`);
};

/** Downloads one offer file; no network is one clear message, not a stack. */
async function download(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new UserError(
      `cannot reach AWS's price list at ${PRICE_LIST_HOST} (${cause?.code ?? cause?.message ?? (e as Error).message}). This check needs the network; run it where ${new URL(PRICE_LIST_HOST).host} is reachable, or pass --offers <dir> with the offer files saved there. catalog/prices.ts stays as dated ${PRICE_TABLE_DATE}.`,
    );
  }
  if (!response.ok) throw new UserError(`${url}: HTTP ${response.status}; the Price List API moved or has no such offer for the region`);
  return response.text();
}

runEntryPoint({ name: 'prices:check', exitCode: 1 }, async () => {
  const args = process.argv.slice(2);
  let offersDir: string | undefined;
  const regions: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--help' || args[i] === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (args[i] === '--offers') offersDir = args[++i] ?? usage('--offers needs a directory');
    else if (args[i] === '--region') {
      const region = args[++i] ?? usage('--region needs a region');
      if (!PRICES[region]) usage(`--region ${region}: not a region the stacks accept (catalog/bedrock-regions.ts)`);
      regions.push(region);
    } else usage(`unknown argument ${args[i]}`);
  }

  const findings: Finding[] = [];
  const cache = new Map<string, OfferFile>();
  for (const region of regions.length ? regions : Object.keys(PRICES)) {
    for (const key of Object.keys(PRICE_FACTS) as PriceKey[]) {
      const offer = PRICE_FACTS[key].offer;
      const id = `${offer}/${region}`;
      if (!cache.has(id)) {
        const source = offersDir ? join(offersDir, offer, `${region}.json`) : offerUrl(offer, region);
        let text: string;
        try {
          text = offersDir ? readFileSync(source, 'utf8') : await download(source);
        } catch (e) {
          if (e instanceof UserError) throw e;
          throw new UserError(`${source}: cannot read the offer file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); save it from ${offerUrl(offer, region)}`);
        }
        cache.set(id, parseOffer(text, source));
      }
      findings.push(compare(region, key, PRICES[region][key], priceFromOffer(cache.get(id)!, key, region)));
    }
  }
  const lines = describeFindings(findings);
  const same = findings.filter((f) => f.status === 'same').length;
  process.stdout.write([...lines, `${same} of ${findings.length} prices match the price list; ${findings.filter((f) => f.status === 'differs').length} differ.`, ''].join('\n'));
  return findings.some((f) => f.status === 'differs') ? 1 : 0;
});
