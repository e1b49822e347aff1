/**
 * Comparison. In: {@link org.framescope.model.ArticleResult}s and a {@link org.framescope.compare.CompareConfig}.
 * Out: a {@link org.framescope.compare.ComparisonReport}: events (from a manifest or grouped automatically),
 * per-side summaries and {@link org.framescope.compare.Description descriptions}, and the tests of each
 * {@link org.framescope.compare.Contrast} between outlets or groups, per event and pooled over shared events.
 * Entry point: {@link org.framescope.compare.Comparison#compare}. Data only: no English sentences here (the report
 * writes them).
 */
package org.framescope.compare;
