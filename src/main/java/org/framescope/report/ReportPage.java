package org.framescope.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.framescope.compare.ComparisonReport;
import org.framescope.compare.ComparisonReport.EventGroup;
import org.framescope.compare.ComparisonReport.Finding;
import org.framescope.compare.ComparisonReport.ScopeSummary;
import org.framescope.model.ArticleResult;
import org.jsoup.nodes.Element;

/**
 * The comparison page: report.html, and the web page's side-by-side view. In: a {@link ComparisonReport} (the
 * sentences are written here with {@link Narrative} when missing). Out: one page: a short overview, one section per
 * event ({@link ComparisonView}: quotes lined up, articles side by side, the comparison below), the events pooled
 * (sides compared only on events both covered), the statistics and provenance collapsed, and the glossary. Prints
 * as a handout: each event on a new page, the statistics left out.
 */
public final class ReportPage {
  private ReportPage() { }

  /** The page as text (deterministic), every article embedded. */
  public static String render(ComparisonReport raw, Page.Styles styles) {
    return render(raw, styles, null);
  }

  /**
   * The page as text (deterministic); with {@code articleLinks} (article id to a relative link) each article is a
   * link to its own page instead of being embedded.
   */
  public static String render(ComparisonReport raw, Page.Styles styles, Map<String, String> articleLinks) {
    ComparisonReport r = Narrative.apply(raw);
    Words words = Words.of(r);
    int n = r.sourceArticles().size();
    boolean single = r.events().size() == 1;
    Element page = Page.create(single && n <= 3 ? n + (n == 1 ? " article" : " articles") + " side by side"
        : "framescope comparison report", styles);
    page.appendElement("h1").text(single && n <= 3 ? (n == 1 ? "One article" : n + " articles on one event")
        : "How the coverage compares");
    page.appendElement("p").addClass("meta").text(Words.count(n, "article", "articles") + ", "
        + Words.count(r.events().size(), "event", "events") + ", compared by " + r.groupBy() + ": "
        + String.join(", ", r.sides()) + ". framescope " + r.provenance().framescope() + ", seed "
        + r.provenance().seed() + ".");
    Set<String> layers = new TreeSet<>();
    for (ArticleResult a : r.sourceArticles()) {
      layers.addAll(ArticleView.layersIn(a));
    }
    Page.toolbar(page, layers);
    if (!r.notScored().isEmpty()) {
      page.appendElement("div").addClass("notice").text(Words.count(r.notScored().size(), "article is",
          "articles are") + " not in English and left out of the comparison: " + String.join(", ",
          r.notScored().stream().map(x -> x.id() + " (" + x.reason() + ")").toList()) + ".");
    }
    ComparisonView.Context ctx = ComparisonView.context(r, true, articleLinks);
    Map<String, String> colours = StatsView.colours(r);
    if (!single) {
      overview(page, r);
    }
    int i = 0;
    for (EventGroup e : r.events()) {
      i++;
      ScopeSummary s = r.scopes().stream().filter(x -> x.id().equals(e.id())).findFirst().orElseThrow();
      Element sec = page.appendElement("section").addClass("event").attr("id", "event-" + i);
      if (!single) {
        sec.appendElement("h2").text("Event " + i + ": " + e.label());
        sec.appendElement("p").addClass("meta").text(e.automatic()
            ? "Grouped automatically (similar text, shared actors, close dates)." : "Event named in the manifest.");
      }
      ComparisonView.event(sec, ctx, s);
      StatsView.scope(sec, s, colours, words);
    }
    r.scopes().stream().filter(s -> s.id().equals(ComparisonReport.POOLED)).findFirst().ifPresent(s -> {
      Element sec = page.appendElement("section").addClass("pooled").attr("id", "pooled");
      sec.appendElement("h2").text("All events pooled");
      sec.appendElement("p").addClass("meta").text("Each pair of sides is compared only on the events both covered,"
          + " and only when they share at least two; with one article per side and event, this is where per-article"
          + " numbers can be tested.");
      ComparisonView.findings(sec.appendElement("div").addClass("findings"), ctx, s.id());
      StatsView.scope(sec, s, colours, words);
    });
    StatsView.tests(page, r);
    StatsView.provenance(page, r);
    Glossary.render(page);
    return Page.html(page);
  }

  private static void overview(Element page, ComparisonReport r) {
    Element sec = page.appendElement("section").attr("id", "overview").addClass("findings");
    sec.appendElement("h2").text("In short");
    sec.appendElement("p").text("For each event: who covered it, and what the comparison found. Descriptions say what"
        + " these articles do; a difference is called a finding only when a statistical test supports it. Open an"
        + " event for the sentences behind each statement.");
    Element ul = sec.appendElement("ul");
    int i = 0;
    for (EventGroup e : r.events()) {
      i++;
      Element li = ul.appendElement("li");
      li.appendElement("a").attr("href", "#event-" + i).text(e.label());
      List<String> sides = r.articles().stream().filter(a -> a.event().equals(e.id())).map(a -> a.side()).distinct()
          .toList();
      long found = r.summary().stream().filter(f -> f.scope().equals(e.id()) && f.kind().equals("difference")).count();
      long described = r.summary().stream().filter(f -> f.scope().equals(e.id()) && f.kind().equals("description")
          && f.topic().equals("introductions")).count();
      li.appendText(": " + String.join(", ", sides) + ". " + (found == 0 ? "No tested difference"
          : Words.count((int) found, "tested difference", "tested differences")) + "; "
          + Words.count((int) described, "contrast", "contrasts") + " in how speakers are introduced.");
    }
    List<Finding> pooled = r.summary().stream().filter(f -> f.scope().equals(ComparisonReport.POOLED)
        && f.kind().equals("difference")).toList();
    if (!pooled.isEmpty()) {
      Element li = ul.appendElement("li");
      li.appendElement("a").attr("href", "#pooled").text("All events pooled");
      li.appendText(": " + Words.count(pooled.size(), "tested difference", "tested differences") + ".");
    }
  }
}
