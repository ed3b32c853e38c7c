"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_PROD_PATTERN = void 0;
exports.parsePlan = parsePlan;
exports.readPlan = readPlan;
exports.changeKind = changeKind;
exports.isStateful = isStateful;
const node_fs_1 = require("node:fs");
/** Parses a plan and rejects what this reader cannot interpret (another major format version, a state file). */
function parsePlan(text, source) {
    const plan = JSON.parse(text);
    if (typeof plan.format_version !== 'string') {
        throw new Error(`${source}: no format_version; expected the output of "terraform show -json <planfile>"`);
    }
    if (plan.format_version.split('.')[0] !== '1') {
        throw new Error(`${source}: plan format_version ${plan.format_version} is not supported (major version 1 only)`);
    }
    if (plan.resource_changes === undefined && plan.values !== undefined) {
        throw new Error(`${source}: this is a state file, not a plan; run "terraform show -json <planfile>"`);
    }
    return plan;
}
function readPlan(path) {
    return parsePlan((0, node_fs_1.readFileSync)(path, 'utf8'), path);
}
/** Terraform spells a replace as ["delete","create"] or, with create_before_destroy, ["create","delete"]. */
function changeKind(actions) {
    if (actions.includes('create') && actions.includes('delete'))
        return 'replace';
    if (actions.length !== 1)
        throw new Error(`unexpected action list ${JSON.stringify(actions)}`);
    return actions[0];
}
/**
 * Resource types whose destruction loses data, keys or network identity that other systems hold on to
 * (ARNs in policies, CIDRs in peers, endpoint ids in bucket policies). A delete or replace of one is never routine.
 */
const STATEFUL_TYPES = new Set([
    'aws_kms_key',
    'aws_s3_bucket',
    'aws_vpc',
    'aws_subnet',
    'aws_vpc_endpoint',
    'aws_cloudwatch_log_group',
    'aws_dynamodb_table',
    'aws_db_instance',
    'aws_rds_cluster',
    'aws_efs_file_system',
    'aws_ebs_volume',
    'aws_secretsmanager_secret',
]);
function isStateful(type) {
    return STATEFUL_TYPES.has(type);
}
/** Stacks that get the production treatment: their name has a "prod" segment (bedrock-prod, prod-eu). */
exports.DEFAULT_PROD_PATTERN = /(^|-)prod(-|$)/;
