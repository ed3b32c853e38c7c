"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DUMMY_AWS_ENV = exports.REPO = void 0;
exports.startEmulator = startEmulator;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
exports.REPO = (0, node_path_1.join)(__dirname, '..', '..', '..');
const PYTHON = (0, node_path_1.join)(exports.REPO, '.venv', 'bin', 'python');
const START_TIMEOUT_MS = 30_000;
/** Starts tools/moto_emulator.py on 127.0.0.1, on a port the OS picks, and waits for it to listen. */
async function startEmulator() {
    if (!(0, node_fs_1.existsSync)(PYTHON)) {
        throw new Error(`moto is not installed: ${PYTHON} is missing. Run "bash scripts/python-env.sh" (installs the pinned moto into .venv).`);
    }
    const child = (0, node_child_process_1.spawn)(PYTHON, [(0, node_path_1.join)(exports.REPO, 'tools', 'moto_emulator.py'), '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d) => {
        stderr = (stderr + d.toString()).slice(-4000);
    });
    const port = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`moto emulator did not start within ${START_TIMEOUT_MS} ms:\n${stderr}`)), START_TIMEOUT_MS);
        let out = '';
        child.stdout?.on('data', (d) => {
            out += d.toString();
            const m = /listening (\d+)/.exec(out);
            if (m) {
                clearTimeout(timer);
                resolve(Number(m[1]));
            }
        });
        child.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`moto emulator exited with ${code}:\n${stderr}`));
        });
    });
    return {
        endpoint: `http://127.0.0.1:${port}`,
        stop: () => new Promise((resolve) => {
            if (child.exitCode !== null)
                return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
            child.once('exit', () => {
                clearTimeout(timer);
                resolve();
            });
            child.kill('SIGTERM');
        }),
    };
}
/** Dummy credentials: the emulator accepts any, and the SDK's default chain must find some. */
exports.DUMMY_AWS_ENV = {
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
