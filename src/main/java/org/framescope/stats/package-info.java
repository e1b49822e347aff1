/**
 * Statistics toolkit for the comparison stage: bootstrap confidence intervals, two-sample tests,
 * proportion and contingency-table tests, effect sizes, multiple-comparison adjustment,
 * distribution divergences, "Fightin' Words" log-odds and a {@link org.framescope.stats.Significance}
 * summary for reports. Built on Apache Commons Math 3.6.1. Everything random takes a seed, and every
 * result is an immutable record; a test that has too little data to be trusted returns
 * {@link org.framescope.stats.Status#TOO_LITTLE_DATA} with a human reason instead of a p-value.
 * See docs/statistics.md.
 */
package org.framescope.stats;
