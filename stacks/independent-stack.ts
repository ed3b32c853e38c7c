import { TerraformStack } from '../framework';
import { ToolError } from '../catalog/errors';
import { foreignReferences } from '../rules/foreign-references';

/**
 * A stack that references no other stack, as every stack of this app is (help/architecture.md).
 *
 * Before synthesis cdktf resolves every element of every stack once ("preparing") for one purpose: to
 * find references to another stack's resources and add an output and a remote-state lookup for each.
 * With no such references that pass does nothing, at about a tenth of synth (npm run bench), so these
 * stacks skip it. A reference to another stack would then reach Terraform dangling, so the resolved
 * JSON is checked instead, and synth fails naming the reference.
 */
export abstract class IndependentStack extends TerraformStack {
  override prepareStack(): void {
    this.ensureBackendExists();
  }

  override toTerraform(): ReturnType<TerraformStack['toTerraform']> {
    const json = super.toTerraform();
    const foreign = foreignReferences(json);
    if (foreign.length) {
      throw new ToolError(
        `stack ${this.node.id} references ${foreign.join(', ')}, which it does not declare: a resource of another stack? ` +
          'These stacks never reference each other (stacks/independent-stack.ts); pass the value through config, or declare a data source in this stack.',
      );
    }
    return json;
  }
}
