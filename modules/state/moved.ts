import { Construct } from 'constructs';
import { TerraformResource, TerraformStack } from '../../framework';

/** `<type>.<logical id>`, as Terraform and the committed address lists name a resource. */
export function resourceAddress(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}

/**
 * Declares that `resource` used to live at `fromAddress` (a renamed construct id, or a construct moved to
 * another parent), so Terraform moves its state instead of destroying and recreating it. Synthesizes a
 * top-level `moved { from, to }` block. Take `fromAddress` from __tests__/fixtures/addresses/<stack>.txt
 * or from the address-stability test's failure message. Keep the call until every state has been applied.
 */
export function declareMove(resource: TerraformResource, fromAddress: string): void {
  const type = resource.terraformResourceType;
  if (!fromAddress.startsWith(`${type}.`) || fromAddress.length === type.length + 1) {
    throw new Error(`${resource.node.path}: cannot move "${fromAddress}" to a ${type}; a moved block only joins two addresses of the same resource type, e.g. "${type}.old_id"`);
  }
  if (fromAddress === resourceAddress(resource)) {
    throw new Error(`${resource.node.path}: "${fromAddress}" is this resource's current address; nothing moved`);
  }
  // cdktf keeps the resource and emits moved { from = fromAddress, to = <this> }.
  resource.moveFromId(fromAddress);
}

let scratch: TerraformStack | undefined;

/**
 * The logical id cdktf gives a resource at `components` (construct ids below the stack), computed on a
 * scratch stack with the public getLogicalId, so it matches whatever hashing cdktf uses.
 */
function logicalIdAt(components: readonly string[]): string {
  // A bare root construct, not an App: an App would create an output directory.
  scratch ??= new TerraformStack(new Construct(undefined as unknown as Construct, 'scratch-root'), 'scratch');
  let node: Construct = scratch;
  for (const id of components) node = (node.node.tryFindChild(id) as Construct | undefined) ?? new Construct(node, id);
  return scratch.getLogicalId(node.node);
}

/**
 * Declares a move for every resource under `construct` after the construct was renamed or re-parented:
 * `fromPath` is its old path below the stack ("logs", "network/vpc"). Resources keep their place inside
 * the construct, so each old address follows from the old path.
 */
export function declareConstructMove(construct: Construct, fromPath: string): void {
  const from = fromPath.split('/').filter(Boolean);
  const resources = construct.node.findAll().filter((c): c is TerraformResource => c instanceof TerraformResource);
  if (resources.length === 0) throw new Error(`${construct.node.path}: no resources to move`);
  for (const resource of resources) {
    // Path of the resource inside the construct, unchanged by the rename.
    const below = resource.node.scopes.slice(construct.node.scopes.length).map((s) => s.node.id);
    declareMove(resource, `${resource.terraformResourceType}.${logicalIdAt([...from, ...below])}`);
  }
}
