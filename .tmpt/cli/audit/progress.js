"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.terminalProgress = terminalProgress;
/**
 * A one-line "listed so far" counter on stderr, redrawn in place. Only on a terminal: in CI logs
 * and pipes it would be noise, and stdout stays clean for the report either way.
 */
function terminalProgress(stream) {
    if (!stream.isTTY)
        return { done: () => undefined };
    const counts = new Map();
    let drawn = false;
    return {
        onProgress: (e) => {
            counts.set(`${e.region} ${e.kind}`, e.listed);
            const line = [...counts].map(([k, n]) => `${k}: ${n}`).join(' | ');
            stream.write(`\r\x1b[2Klisting… ${line}`.slice(0, (stream.columns ?? 120) + 6));
            drawn = true;
        },
        done: () => {
            if (drawn)
                stream.write('\r\x1b[2K');
        },
    };
}
