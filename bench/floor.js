// The floor of synth: an empty cdktf App synthesized by plain node (bench/synth.ts measures against it).
const { App } = require('cdktf');

new App({ outdir: process.env.CDKTF_OUTDIR }).synth();
