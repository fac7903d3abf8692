/**
 * The pane makes its sample for "this month" and defaults every Month field to it (so does the
 * simulated host's page in simulated-Excel mode); the page's clock is pinned inside MONTH (and the
 * time zone fixed) so that what the tests expect of the sample, such as its planted findings,
 * holds on any day the tests run.
 */
export const MONTH = "2026-11";
export const PINNED_CLOCK = new Date("2026-11-20T12:00:00Z");
export const TIME_ZONE = "Europe/London";
