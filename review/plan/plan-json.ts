import { readFileSync } from 'node:fs';
import { UserError } from '../../catalog/errors';

/**
 * The parts of Terraform's JSON plan (`terraform show -json <planfile>`) this summary reads. Unknown
 * properties are ignored, as the format's compatibility promise asks of consumers.
 */
export type PlanAction = 'no-op' | 'create' | 'read' | 'update' | 'delete' | 'forget';

export interface ResourceChange {
  readonly address: string;
  readonly previous_address?: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly change: {
    readonly actions: readonly PlanAction[];
    readonly before: Record<string, unknown> | null;
    readonly after: Record<string, unknown> | null;
    readonly after_unknown?: Record<string, unknown>;
    readonly replace_paths?: ReadonlyArray<ReadonlyArray<string | number>>;
  };
  readonly action_reason?: string;
}

export interface Plan {
  readonly format_version: string;
  readonly terraform_version?: string;
  readonly resource_changes?: readonly ResourceChange[];
  readonly errored?: boolean;
}

/** Parses a plan and rejects what this reader cannot interpret (another major format version, a state file). */
export function parsePlan(text: string, source: string): Plan {
  let plan: Partial<Plan> & { values?: unknown };
  try {
    plan = JSON.parse(text) as Partial<Plan> & { values?: unknown };
  } catch (e) {
    throw new UserError(`${source}: not JSON (${(e as Error).message}); write plans with "terraform show -json <planfile> > <stack>.json"`);
  }
  if (typeof plan.format_version !== 'string') {
    throw new UserError(`${source}: no format_version; expected the output of "terraform show -json <planfile>"`);
  }
  if (plan.format_version.split('.')[0] !== '1') {
    throw new UserError(`${source}: plan format_version ${plan.format_version} is not supported (major version 1 only)`);
  }
  if (plan.resource_changes === undefined && plan.values !== undefined) {
    throw new UserError(`${source}: this is a state file, not a plan; run "terraform show -json <planfile>"`);
  }
  return plan as Plan;
}

export function readPlan(path: string): Plan {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UserError(`${path}: cannot read the plan (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the path`);
  }
  return parsePlan(text, path);
}

export type ChangeKind = 'create' | 'update' | 'replace' | 'delete' | 'no-op' | 'read' | 'forget';

/** Terraform spells a replace as ["delete","create"] or, with create_before_destroy, ["create","delete"]. */
export function changeKind(actions: readonly PlanAction[]): ChangeKind {
  if (actions.includes('create') && actions.includes('delete')) return 'replace';
  if (actions.length !== 1) throw new Error(`unexpected action list ${JSON.stringify(actions)}`);
  return actions[0];
}

/**
 * Resource types whose destruction loses data, keys or network identity that other systems hold on to
 * (ARNs in policies, CIDRs in peers, endpoint ids in bucket policies). A delete or replace of one is never routine.
 */
const STATEFUL_TYPES: ReadonlySet<string> = new Set([
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

export function isStateful(type: string): boolean {
  return STATEFUL_TYPES.has(type);
}

/** Stacks that get the production treatment: their name has a "prod" segment (bedrock-prod, prod-eu). */
export const DEFAULT_PROD_PATTERN = /(^|-)prod(-|$)/;
