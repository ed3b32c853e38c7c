// The floor of synth: an empty App of the CDK framework synthesized by plain node (bench/synth.ts measures
// against it). Plain node cannot load framework/index.ts, so this takes whichever framework package.json
// depends on (cdktn after help/cdktn-migration.md, cdktf before): the migration need not edit it.
const { dependencies } = require('../package.json');
const { App } = require(dependencies.cdktn ? 'cdktn' : 'cdktf');

new App({ outdir: process.env.CDKTF_OUTDIR }).synth();
