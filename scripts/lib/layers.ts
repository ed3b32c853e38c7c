import { createRequire } from 'node:module';
import { join } from 'node:path';
import { UserError } from '../../catalog/errors';

/** One layer of the dependency rule in .dependency-cruiser.cjs. */
export interface Layer {
  readonly name: string;
  /** Top-level folders (or files) that belong to the layer. */
  readonly paths: readonly string[];
  /** Layers its files may import. */
  readonly uses: readonly string[];
  /** npm packages its files may not import. */
  readonly noPackages: readonly string[];
  /** What belongs in it, one line. */
  readonly holds: string;
}

export const REPO_ROOT = join(__dirname, '..', '..');
export const ARCHITECTURE_DOC = join(REPO_ROOT, 'help', 'architecture.md');
const BEGIN_MARK = '<!-- layers:begin';
const BEGIN = `${BEGIN_MARK} (generated from .dependency-cruiser.cjs by npm run docs:architecture; do not edit) -->`;
const END = '<!-- layers:end -->';

/** The layer table the lint rule is generated from: one source for the rule and the picture of it. */
export function loadLayers(): readonly Layer[] {
  return (createRequire(__filename)(join(REPO_ROOT, '.dependency-cruiser.cjs')) as { LAYERS: readonly Layer[] }).LAYERS;
}

const nodeId = (name: string): string => name.replace(/\W+/g, '_');
const shownPath = (path: string): string => (path.endsWith('.ts') ? path : `${path}/`);

/** The generated section: a mermaid graph of who may import whom, and the table behind it. */
export function renderLayers(layers: readonly Layer[]): string {
  const graph = [
    '```mermaid',
    'flowchart TD',
    ...layers.map((l) => `  ${nodeId(l.name)}["${l.paths.map(shownPath).join(' ')}"]`),
    ...layers.flatMap((l) => l.uses.map((u) => `  ${nodeId(l.name)} --> ${nodeId(u)}`)),
    '```',
  ];
  const table = [
    '| Layer | Files | May import | Must not import | Holds |',
    '| --- | --- | --- | --- | --- |',
    ...layers.map(
      (l) => `| ${l.name} | ${l.paths.map((p) => `\`${shownPath(p)}\``).join(', ')} | ${l.uses.join(', ') || '(nothing in the project)'} | ${l.noPackages.map((p) => `\`${p}\``).join(', ') || '-'} | ${l.holds.replace(/\|/g, '\\|')} |`,
    ),
  ];
  return [BEGIN, ...graph, '', ...table, END].join('\n');
}

/** The document with its generated section replaced; throws when the markers are missing. */
export function withLayers(doc: string, layers: readonly Layer[]): string {
  const start = doc.indexOf(BEGIN_MARK);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new UserError(`${ARCHITECTURE_DOC} lacks the "${BEGIN_MARK} -->" … "${END}" markers around the layer section`);
  return doc.slice(0, start) + renderLayers(layers) + doc.slice(end + END.length);
}
