import { App } from 'cdktf';
import { loadEnvironments } from './config/load';
import { buildApp } from './stacks/app';

// Validate every environment before a single construct exists: a bad file fails here and
// cdktf.out is left exactly as it was.
const environments = loadEnvironments();
const app = new App();
buildApp(app, environments);
app.synth();
