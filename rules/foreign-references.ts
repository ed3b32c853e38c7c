/**
 * References in a stack's resolved JSON to resources or data sources the stack does not declare.
 * cdktf turns a reference to another stack's resource into an output and a remote-state lookup in its
 * "preparing" resolve; the platform's stacks skip that pass (stacks/independent-stack.ts), so such a
 * reference would reach Terraform dangling. Found here, it fails synth instead.
 */

/** First segments of Terraform references that are not resources: variables, locals, iteration, meta. */
const NOT_RESOURCES = new Set(['var', 'local', 'module', 'each', 'count', 'self', 'path', 'terraform']);
const REFERENCE = /(?<![\w.])(data\.)?([a-z][a-z0-9]*_[a-z0-9_]+)\.([A-Za-z_][\w-]*)/g;

interface StackJson {
  readonly resource?: Record<string, Record<string, unknown>>;
  readonly data?: Record<string, Record<string, unknown>>;
}

/** The `${ ... }` interpolations of a string, nested braces included. */
function interpolations(text: string): string[] {
  const found: string[] = [];
  for (let start = text.indexOf('${'); start >= 0; start = text.indexOf('${', start + 2)) {
    let depth = 0;
    for (let i = start + 1; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) {
        found.push(text.slice(start + 2, i));
        break;
      }
    }
  }
  return found;
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** Every `type.name` (or `data.type.name`) referenced but not declared in the stack, sorted. */
export function foreignReferences(stackJson: unknown): string[] {
  const json = stackJson as StackJson;
  const declared = new Set([
    ...Object.entries(json.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`)),
    ...Object.entries(json.data ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((name) => `data.${type}.${name}`)),
  ]);
  const foreign = new Set<string>();
  for (const expression of strings(json).flatMap(interpolations)) {
    for (const [, data = '', type, name] of expression.matchAll(REFERENCE)) {
      const address = `${data}${type}.${name}`;
      if (!NOT_RESOURCES.has(type) && !declared.has(address)) foreign.add(address);
    }
  }
  return [...foreign].sort();
}
