/** A baseline file that cannot be used: exit code 2. Its own module, so a run without a baseline does not load baseline.ts to test for it. */
export class BaselineError extends Error {}
