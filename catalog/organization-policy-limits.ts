/**
 * AWS Organizations' limit on an SCP or RCP document: 5,120 characters, whitespace included, so the
 * stacks upload it minified. One number for the policy builders (modules/org) and plan review (review/),
 * which shows both sizes of a changed policy against it.
 */
export const ORGANIZATION_POLICY_MAX_BYTES = 5120;
