import { App } from 'cdktf';
import { loadEnvironments } from './config/load';
import { loadOrganization } from './config/organization';
import { peopleWarnings } from './config/people';
import { buildApp } from './stacks/app';

// cdktf records a stack trace for every token it creates; with tsx's source-mapped traces that is
// ~35% of synth time (npm run bench). Our errors are messages, not traces, so map nothing.
process.setSourceMapsEnabled(false);

// Validate every environment before a single construct exists: a bad file fails here and
// cdktf.out is left exactly as it was.
const environments = loadEnvironments();
const organization = loadOrganization(environments);
// Not errors (an environment may be built before its people exist), but never silent.
for (const warning of environments.flatMap(peopleWarnings)) process.stderr.write(`warning: ${warning}\n`);
const app = new App();
buildApp(app, environments, organization);
app.synth();
