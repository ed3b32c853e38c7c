"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BASE_ENV = void 0;
exports.testEnv = testEnv;
exports.synthEnvs = synthEnvs;
exports.synthEnv = synthEnv;
exports.resources = resources;
exports.resourceAt = resourceAt;
exports.metadataPath = metadataPath;
exports.addressAt = addressAt;
exports.ref = ref;
exports.policyOf = policyOf;
exports.statement = statement;
const load_1 = require("../../config/load");
const synthesized_1 = require("../../scripts/lib/synthesized");
/** A valid environment file; tests override what they exercise. */
exports.BASE_ENV = {
    accountId: '123456789012',
    region: 'us-east-1',
    vpcCidr: '10.0.0.0/20',
    azIds: ['use1-az1', 'use1-az2'],
    tags: { owner: 'team-a', costCentre: 'cc-1' },
};
function testEnv(overrides = {}, name = 'test') {
    return (0, load_1.validateEnvironments)([{ name, raw: { ...exports.BASE_ENV, ...overrides } }])[0];
}
/** A real synth (as `npm run synth` does, metadata and all) into a temporary outdir. */
function synthEnvs(envs) {
    const stacks = (0, synthesized_1.synthesizeApp)(envs);
    return Object.fromEntries(envs.map((env) => [env.stackName, stacks.get(env.stackName)]));
}
function synthEnv(env) {
    return synthEnvs([env])[env.stackName];
}
function resources(tf, type) {
    return Object.entries(tf.resource[type] ?? {});
}
/** The one resource of a type whose construct path ends with `pathSuffix`. */
function resourceAt(tf, type, pathSuffix) {
    const hits = resources(tf, type).filter(([, r]) => metadataPath(r).endsWith(pathSuffix));
    if (hits.length !== 1)
        throw new Error(`expected one ${type} at *${pathSuffix}, found ${hits.length}`);
    return hits[0][1];
}
function metadataPath(resource) {
    return (resource['//']?.metadata.path) ?? '';
}
/** The address (`type.name`) of the resource at a construct path suffix, as Terraform interpolates it. */
function addressAt(tf, type, pathSuffix) {
    const hits = resources(tf, type).filter(([, r]) => metadataPath(r).endsWith(pathSuffix));
    if (hits.length !== 1)
        throw new Error(`expected one ${type} at *${pathSuffix}, found ${hits.length}`);
    return `${type}.${hits[0][0]}`;
}
function ref(tf, type, pathSuffix, attribute) {
    return `\${${addressAt(tf, type, pathSuffix)}.${attribute}}`;
}
function policyOf(resource, attribute = 'policy') {
    const text = resource[attribute];
    if (typeof text !== 'string')
        throw new Error(`resource has no ${attribute} string`);
    return JSON.parse(text);
}
function statement(doc, sid) {
    const s = doc.Statement.find((st) => st.Sid === sid);
    if (!s)
        throw new Error(`no statement with Sid ${sid}; have ${doc.Statement.map((st) => st.Sid).join(', ')}`);
    return s;
}
