"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatCommand = formatCommand;
/** Characters that are never special to a POSIX shell, so a word made only of them needs no quotes. */
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
/**
 * Quotes one word for a POSIX shell (bash, zsh, sh). Single quotes keep everything literal; an
 * embedded single quote closes the quote, adds an escaped quote and reopens it.
 */
function shellQuote(word) {
    if (SAFE_WORD.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
/** A command as one copy-pasteable string: one flag per line, continued with backslashes. */
function formatCommand(program, flags) {
    const head = program.map(shellQuote).join(' ');
    const lines = flags.map(([flag, value]) => `  ${flag} ${shellQuote(value)}`);
    return [head, ...lines].join(' \\\n');
}
