/**
 * Reports. In: a {@link org.framescope.compare.ComparisonReport} or an article. Out: {@code report.json}, tidy
 * CSVs and self-contained HTML pages with highlights and explanations.
 */
package org.framescope.report;
