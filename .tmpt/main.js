"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const cdktf_1 = require("cdktf");
const load_1 = require("./config/load");
const app_1 = require("./stacks/app");
// cdktf records a stack trace for every token it creates; with tsx's source-mapped traces that is
// ~35% of synth time (npm run bench). Our errors are messages, not traces, so map nothing.
process.setSourceMapsEnabled(false);
// Validate every environment before a single construct exists: a bad file fails here and
// cdktf.out is left exactly as it was.
const environments = (0, load_1.loadEnvironments)();
const app = new cdktf_1.App();
(0, app_1.buildApp)(app, environments);
app.synth();
