/**
 * Comparison. In: {@link org.framescope.model.ArticleResult}s and a {@link org.framescope.compare.CompareConfig}.
 * Out: a {@link org.framescope.compare.ComparisonReport}: events (from a manifest or grouped automatically),
 * per-side summaries and tested contrasts between outlets or groups, per event and pooled.
 */
package org.framescope.compare;
