import { z } from 'zod';

/** CloudWatch Logs accepts only these retention values. */
const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;

/** A CloudWatch Logs retention of at least `minimum` days, defaulting to `fallback`. */
export function logRetentionDays(fallback: number, minimum = 1) {
  const allowed = LOG_RETENTION_DAYS.filter((d) => d >= minimum);
  return z
    .number()
    .refine((n) => (allowed as readonly number[]).includes(n), {
      error: `must be a CloudWatch Logs retention value${minimum > 1 ? ` of at least ${minimum} days` : ''}: ${allowed.join(', ')}`,
    })
    .default(fallback);
}
