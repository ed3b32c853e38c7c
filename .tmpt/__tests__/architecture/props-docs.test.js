"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const typescript_1 = __importDefault(require("typescript"));
const ROOT = (0, node_path_1.join)(__dirname, '..', '..');
/** Every `...Props` interface under modules/: each field documented, each optional field with an @default. */
function propsGaps() {
    const gaps = [];
    const files = (0, node_fs_1.readdirSync)((0, node_path_1.join)(ROOT, 'modules'), { recursive: true }).map((f) => (0, node_path_1.join)('modules', String(f))).filter((f) => f.endsWith('.ts'));
    for (const file of files.sort()) {
        const source = typescript_1.default.createSourceFile(file, (0, node_fs_1.readFileSync)((0, node_path_1.join)(ROOT, file), 'utf8'), typescript_1.default.ScriptTarget.ES2022, true);
        const visit = (node) => {
            if (typescript_1.default.isInterfaceDeclaration(node) && node.name.text.endsWith('Props')) {
                for (const member of node.members) {
                    if (!typescript_1.default.isPropertySignature(member))
                        continue;
                    const where = `${file} ${node.name.text}.${member.name.getText(source)}`;
                    const docs = typescript_1.default.getJSDocCommentsAndTags(member).map((d) => d.getText(source)).join('\n');
                    if (!docs.trim())
                        gaps.push({ where, problem: 'no doc comment' });
                    else if (member.questionToken && !/@default\s+\S/.test(docs))
                        gaps.push({ where, problem: 'optional but no @default' });
                }
            }
            typescript_1.default.forEachChild(node, visit);
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
