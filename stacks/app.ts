import { App } from 'cdktf';
import type { EnvironmentConfig } from '../config/schema';
import { EnvironmentStack } from './environment-stack';

/** Adds one stack per environment. Kept apart from main.ts so tests and benchmarks build the same app. */
export function buildApp(app: App, environments: readonly EnvironmentConfig[]): EnvironmentStack[] {
  return environments.map((env) => new EnvironmentStack(app, env));
}
