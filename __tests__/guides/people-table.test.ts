import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnvironments } from '../../config/load';
import { OPERATING_DOC, renderPeopleTable, withPeopleTable } from '../../scripts/lib/people-table';
import { testEnv } from '../helpers/synth';

/** help/operating.md opens with who reaches what from where, generated from the config (npm run docs:people). */

const doc = readFileSync(join(__dirname, '..', '..', OPERATING_DOC), 'utf8');

describe('the people table of help/operating.md', () => {
  it('is the one the environment files give: run `npm run docs:people` after changing people', () => {
    expect(withPeopleTable(doc, loadEnvironments())).toBe(doc);
  });

  it('opens the page', () => {
    expect(doc.indexOf('<!-- people:begin')).toBeLessThan(doc.indexOf('\n## '));
    expect(doc.split('\n').slice(0, 6).join('\n')).toContain('<!-- people:begin');
  });

  it('names each person, what they reach and from where, and says when stewards have nowhere to come from', () => {
    const steward = 'arn:aws:iam::123456789012:role/Steward';
    const macie = 'arn:aws:iam::123456789012:role/aws-service-role/macie.amazonaws.com/AWSServiceRoleForAmazonMacie';
    const open = testEnv({ people: { dataStewards: [steward], origins: { vpcEndpointIds: ['vpce-0a7a7a7a7a7a7a7a7'] }, serviceRoles: [{ arn: macie, buckets: ['training'], reason: 'Macie discovery' }] } }, 'qa');
    const closed = testEnv({ people: { dataStewards: [steward] } }, 'lab');
    const table = renderPeopleTable([open, closed]);
    expect(table).toContain(`| qa | \`dataStewards\`: \`${steward}\` | stages training, validation and batch input`);
    expect(table).toContain('| S3 endpoint `vpce-0a7a7a7a7a7a7a7a7` |');
    expect(table).toContain(`| qa | \`serviceRoles\`: \`${macie}\` | reads training (\`GetObject\`, \`ListBucket\`): Macie discovery |`);
    expect(table).toContain('| lab | `dataStewards`');
    expect(table).toContain('**nowhere**: `people.origins` declares no origin, so stewards have no exemption');
    expect(table).toContain('| lab | `logReaders`: *nobody* |');
  });

  it('refuses a page without its markers, naming them', () => {
    expect(() => withPeopleTable('# Operating\n', loadEnvironments())).toThrow(/lacks the "<!-- people:begin -->" … "<!-- people:end -->" markers/);
  });
});
