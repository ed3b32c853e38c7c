import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');

interface Gap {
  readonly where: string;
  readonly problem: string;
}

/** Every `...Props` interface under modules/: each field documented, each optional field with an @default. */
function propsGaps(): Gap[] {
  const gaps: Gap[] = [];
  const files = readdirSync(join(ROOT, 'modules'), { recursive: true }).map((f) => join('modules', String(f))).filter((f) => f.endsWith('.ts'));
  for (const file of files.sort()) {
    const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isInterfaceDeclaration(node) && node.name.text.endsWith('Props')) {
        for (const member of node.members) {
          if (!ts.isPropertySignature(member)) continue;
          const where = `${file} ${node.name.text}.${member.name.getText(source)}`;
          const docs = ts.getJSDocCommentsAndTags(member).map((d) => d.getText(source)).join('\n');
          if (!docs.trim()) gaps.push({ where, problem: 'no doc comment' });
          else if (member.questionToken && !/@default\s+\S/.test(docs)) gaps.push({ where, problem: 'optional but no @default' });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return gaps;
}

describe('module Props', () => {
  it('document every field, and say what an optional field defaults to', () => {
    expect(propsGaps()).toEqual([]);
  });
});
