/**
 * The synthesized resources of one stack (the resolved `cdk.tf.json` object), with the lookups
 * cross-resource rules need. Terraform references appear as `${type.name.attr}` strings.
 */
export interface SynthResource {
  readonly type: string;
  /** Logical name (the key under the type). */
  readonly name: string;
  /** `type.name`. */
  readonly address: string;
  /** Construct path from cdktf's `//` metadata; the address when absent. */
  readonly path: string;
  readonly config: Readonly<Record<string, unknown>>;
}

interface StackJson {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
}

function constructPath(config: Record<string, unknown>): string | undefined {
  const meta = (config['//'] as { metadata?: { path?: unknown } } | undefined)?.metadata;
  return typeof meta?.path === 'string' ? meta.path : undefined;
}

export class StackResources {
  readonly all: readonly SynthResource[];

  constructor(stackJson: unknown) {
    const resources = (stackJson as StackJson).resource ?? {};
    const all: SynthResource[] = [];
    for (const type of Object.keys(resources).sort()) {
      for (const name of Object.keys(resources[type]).sort()) {
        const config = resources[type][name];
        const address = `${type}.${name}`;
        all.push({ type, name, address, path: constructPath(config) ?? address, config });
      }
    }
    this.all = all;
  }

  ofType(type: string): SynthResource[] {
    return this.all.filter((r) => r.type === type);
  }

  /**
   * Resources of `type` whose `attribute` points at `target`: a `${target.address.*}` reference, or the
   * target's literal `bucket` / `id` value (hand-written names instead of references).
   */
  referencing(type: string, attribute: string, target: SynthResource): SynthResource[] {
    return this.ofType(type).filter((r) => refersTo(r.config[attribute], target));
  }
}

/** True when `value` (string or list of strings) references the target resource. */
export function refersTo(value: unknown, target: SynthResource): boolean {
  const values = Array.isArray(value) ? value : [value];
  const literals = [target.config.bucket, target.config.id].filter((v): v is string => typeof v === 'string');
  return values.some((v) => typeof v === 'string' && (v.includes(`\${${target.address}.`) || literals.includes(v)));
}
