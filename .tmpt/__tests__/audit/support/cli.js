"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runCli = runCli;
const node_child_process_1 = require("node:child_process");
const node_path_1 = require("node:path");
const moto_1 = require("./moto");
const BIN = (0, node_path_1.join)(moto_1.REPO, 'bin', 'bedrock-private.js');
/** Runs `node bin/bedrock-private.js ...args` as a subprocess, as a user or CI would. */
function runCli(args, env = {}) {
    return new Promise((resolve) => {
        (0, node_child_process_1.execFile)(process.execPath, [BIN, ...args], {
            cwd: moto_1.REPO,
            timeout: 60_000,
            env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', ...moto_1.DUMMY_AWS_ENV, ...env },
        }, (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
            resolve({ code, stdout, stderr });
        });
    });
}
