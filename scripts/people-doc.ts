import { readFileSync, writeFileSync } from 'node:fs';
import { loadEnvironments } from '../config/load';
import { runEntryPoint } from '../catalog/errors';
import { OPERATING_DOC, withPeopleTable } from './lib/people-table';

/**
 * `npm run docs:people`: redraws the table that opens help/operating.md (who reaches what from where) from the
 * environment files. __tests__/guides/people-table.test.ts fails when the two drift, so run this after changing `people`.
 */
runEntryPoint({ name: 'docs:people', exitCode: 1 }, () => {
  const doc = readFileSync(OPERATING_DOC, 'utf8');
  const next = withPeopleTable(doc, loadEnvironments());
  if (next !== doc) writeFileSync(OPERATING_DOC, next);
  console.log(next === doc ? `${OPERATING_DOC}: people table already up to date` : `${OPERATING_DOC}: people table redrawn`);
});
