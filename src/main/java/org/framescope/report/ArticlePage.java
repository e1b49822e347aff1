package org.framescope.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framescope.model.ArticleResult;
import org.jsoup.nodes.Element;

/**
 * One article as a page (what {@code analyze --format html} writes and the web page shows for a single article):
 * the summary card in plain words ({@link ArticleCard}), then the article with its highlights
 * ({@link ArticleView}), then collapsed: the blocks removed from the page and every number of the article JSON;
 * then the glossary.
 */
public final class ArticlePage {
  private ArticlePage() { }

  /** The page as text (deterministic). */
  public static String render(ArticleResult a, Page.Styles styles) {
    String title = a.title() == null || a.title().isBlank() ? a.id() : a.title();
    Element page = Page.create(title, styles);
    page.appendElement("h1").text(title);
    List<String> meta = new ArrayList<>();
    for (String v : new String[] {a.outlet(), a.published(), a.source()}) {
      if (v != null && !v.isBlank()) {
        meta.add(v);
      }
    }
    page.appendElement("p").addClass("meta").text(String.join(" \u00b7 ", meta));
    Page.toolbar(page, ArticleView.layersIn(a));
    ArticleCard.render(page, a, "a1");
    Element art = page.appendElement("article").addClass("article").addClass("side-0");
    art.appendElement("div").addClass("outlet").text(a.outlet() == null || a.outlet().isBlank() ? "article"
        : a.outlet());
    ArticleView.body(art.appendElement("div").addClass("body"), a, "a1");
    if (!a.removed().isEmpty()) {
      Element det = page.appendElement("details").addClass("noprint");
      det.appendElement("summary").text("Removed from the page as not the article (" + a.removed().size()
          + " blocks)");
      Element ul = det.appendElement("ul");
      a.removed().forEach(b -> ul.appendElement("li").text("[" + b.reason() + "] " + (b.text().length() > 200
          ? b.text().substring(0, 199) + "\u2026" : b.text())));
    }
    Element det = page.appendElement("details").addClass("noprint");
    det.appendElement("summary").text("All numbers of this article (for researchers; names as in the JSON)");
    Element t = det.appendElement("div").addClass("scroll").appendElement("table");
    for (Map.Entry<String, Double> e : a.metrics().entrySet()) {
      StatsView.row(t, e.getKey(), Words.fmt(e.getValue(), 3));
    }
    Glossary.render(page);
    return Page.html(page);
  }
}
