/**
 * On Node < 22 the AWS SDK for JavaScript v3 prints an eight-line NodeVersionSupportWarning once per
 * process: its releases published after the first week of January 2027 will require Node 22. This
 * project pins the SDK (3.1164.0, which supports Node 20) and declares Node >= 20.9 (package.json
 * engines), so the warning tells a user nothing they can act on, on every audit run.
 *
 * The SDK has a switch for exactly this warning (@aws-sdk/core reads it before emitting): nothing else
 * is silenced, and a user who sets the variable keeps their value. Remove this when engines moves to
 * Node 22, which must happen before the SDK pin moves past January 2027 (those releases need Node 22).
 */
export const SDK_NODE_WARNING_SWITCH = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';

/** The SDK major Node version from which the warning stops (see above). */
const SDK_FUTURE_NODE_MAJOR = 22;

export function silenceSdkNodeVersionWarning(env: NodeJS.ProcessEnv = process.env, nodeVersion: string = process.version): void {
  const major = Number(/^v(\d+)\./.exec(nodeVersion)?.[1]);
  if (major < SDK_FUTURE_NODE_MAJOR) env[SDK_NODE_WARNING_SWITCH] ??= 'true';
}
