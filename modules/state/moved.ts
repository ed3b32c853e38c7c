import { TerraformResource } from 'cdktf';

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
