package org.framescope.report;

import org.framescope.compare.ComparisonReport;
import org.framescope.model.ArticleResult;

/**
 * The self-contained HTML files framescope writes: {@code report.html} of a comparison ({@link ReportPage}) and
 * the page of one article ({@code analyze --format html}, {@link ArticlePage}). Styles inline, no script, no
 * network request; every piece of article text escaped. The web server ({@code framescope serve}) renders the same
 * pages with the stylesheet linked.
 */
public final class HtmlReport {
  private HtmlReport() { }

  /** report.html (deterministic). */
  public static String render(ComparisonReport r) {
    return ReportPage.render(r, Page.Styles.INLINE);
  }

  /**
   * report.html with {@code articleLinks} (article id to a relative link): each article is a link to its own page
   * instead of being embedded, so a report on thousands of articles stays small.
   */
  public static String render(ComparisonReport r, java.util.Map<String, String> articleLinks) {
    return ReportPage.render(r, Page.Styles.INLINE, articleLinks);
  }

  /** One analyzed article as a self-contained page (deterministic). */
  public static String renderArticle(ArticleResult a) {
    return ArticlePage.render(a, Page.Styles.INLINE);
  }
}
