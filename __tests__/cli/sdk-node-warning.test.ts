import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SDK_NODE_WARNING_SWITCH, silenceSdkNodeVersionWarning } from '../../cli/shared/sdk-node-warning';

describe("silencing the AWS SDK's Node-version warning", () => {
  it('sets only the SDK\'s own switch, and only on Node below 22', () => {
    const env: NodeJS.ProcessEnv = { PATH: '/bin' };
    silenceSdkNodeVersionWarning(env, 'v20.20.2');
    expect(env).toEqual({ PATH: '/bin', [SDK_NODE_WARNING_SWITCH]: 'true' });
    const node22: NodeJS.ProcessEnv = {};
    silenceSdkNodeVersionWarning(node22, 'v22.11.0');
    expect(node22).toEqual({});
  });

  it('keeps a value the user set', () => {
    const env: NodeJS.ProcessEnv = { [SDK_NODE_WARNING_SWITCH]: 'false' };
    silenceSdkNodeVersionWarning(env, 'v20.20.2');
    expect(env[SDK_NODE_WARNING_SWITCH]).toBe('false');
  });

  it('is the switch @aws-sdk/core reads before it warns', () => {
    const source = readFileSync(require.resolve('@aws-sdk/core/client'), 'utf8');
    expect(source).toContain(`process.env.${SDK_NODE_WARNING_SWITCH} === "true"`);
  });

  it('leaves every other warning alone: nothing in the project silences warnings wholesale', () => {
    const grep = spawnSync('git', ['grep', '-n', '-E', 'NODE_NO_WARNINGS|--no-warnings|removeAllListeners\\(.warning|on\\(.warning'], { cwd: join(__dirname, '..', '..'), encoding: 'utf8' });
    const hits = grep.stdout.split('\n').filter(Boolean);
    expect(hits.filter((h) => !h.startsWith('__tests__/cli/sdk-node-warning.test.ts'))).toEqual([]);
  });
});
