/**
 * JSON.parse's syntax error located by line and column. Node 20 reports a character offset
 * ("... in JSON at position 118"), which an editor cannot jump to; later versions add "(line 5 column 3)".
 */
export function jsonSyntaxMessage(text: string, error: Error): string {
  const at = /^(.*?) in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/s.exec(error.message);
  if (at) return `${lineColumn(text, Number(at[2]))}: ${at[1]}`;
  if (/^Unexpected end of JSON input/.test(error.message)) return `${lineColumn(text, text.trimEnd().length)}: the file ends inside a value; close every "{", "[" and string`;
  return error.message;
}

/** `line L, column C` (both from 1) of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}
