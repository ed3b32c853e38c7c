"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createLimiter = createLimiter;
function createLimiter(limit) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError(`concurrency must be a positive integer, got ${limit}`);
    let active = 0;
    const waiting = [];
    const release = () => {
        active -= 1;
        waiting.shift()?.();
    };
    return (task) => new Promise((resolve, reject) => {
        const start = () => {
            active += 1;
            task().then(resolve, reject).finally(release);
        };
        if (active < limit)
            start();
        else
            waiting.push(start);
    });
}
