import { REPO } from '../../audit/support/moto';
import { ensurePythonEnv } from './python-env';

/**
 * jest.deploy.config.js's globalSetup: before any deploy test file, the emulator's Python environment exists
 * or the run stops with one message (no test would mean anything without it).
 */
export default function globalSetup(): void {
  const env = ensurePythonEnv(REPO);
  if ('ok' in env) return;
  const error = new Error(env.fail);
  error.stack = env.fail; // the message is the whole report: no stack trace of this file
  throw error;
}
