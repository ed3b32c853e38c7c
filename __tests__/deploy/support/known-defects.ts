/**
 * Product defects that stop a step of the loop today, so the loop still runs every other step. Each entry is
 * asserted, not ignored: the step must fail with exactly this error text. When the product is fixed the step
 * passes, the test fails with "stale KNOWN_PRODUCT_DEFECTS entry", and the entry is removed. Never list an
 * emulator gap here (fix the emulator, tools/moto_emulator.py), and never a step that fails for another reason.
 */

export type LoopStep = 'init' | 'plan' | 'apply' | 'replan' | 'destroy';

export interface KnownDefect {
  readonly stack: string;
  readonly step: LoopStep;
  /** What the failing step's output must contain: Terraform's error line, request ids left out. */
  readonly error: RegExp;
  /** The defect, as the issue that tracks it states it. */
  readonly issue: string;
}

/** Empty since issue 16: dev and staging tear down (buckets.forceDestroy), which the loop now proves. */
export const KNOWN_PRODUCT_DEFECTS: readonly KnownDefect[] = [];

export function knownDefect(stack: string, step: LoopStep): KnownDefect | undefined {
  return KNOWN_PRODUCT_DEFECTS.find((d) => d.stack === stack && d.step === step);
}
