package org.framescope.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framescope.compare.ComparisonReport;
import org.framescope.compare.ComparisonReport.Evidence;
import org.framescope.compare.ComparisonReport.Finding;
import org.framescope.compare.ComparisonReport.ScopeSummary;
import org.framescope.compare.ComparisonReport.TestRow;
import org.framescope.model.ArticleResult;
import org.framescope.model.Attribution;
import org.jsoup.nodes.Element;

/**
 * Two or more articles on one event, as the report and the web page show them: the quotes and speakers they share
 * lined up across columns, the articles side by side, and below them the plain-language comparison (descriptions
 * first, then tested findings, each with its sentences or statistics one click away). In: a narrated report
 * ({@link Narrative}), the event's scope and the page's anchors.
 */
public final class ComparisonView {
  private static final int QUOTE_CHARS = 160;

  private ComparisonView() { }

  /** Anchors and colours shared by every section of one page. */
  record Context(ComparisonReport report, Map<String, ArticleResult> articles, Map<String, String> prefixes,
                 Map<String, Integer> sideIndex, Map<String, Integer> testNumbers, boolean testsTable,
                 Map<String, String> links) {
    String prefix(String articleId) {
      return prefixes.get(articleId);
    }

    TestRow test(String id) {
      return report.tests().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }
  }

  /** Builds the context of a page: article anchors a1, a2... in report order, side colours in side order. */
  static Context context(ComparisonReport r, boolean testsTable) {
    return context(r, testsTable, null);
  }

  /**
   * As {@link #context(ComparisonReport, boolean)}; with {@code links} (article id to a relative link, or null) an
   * article is a link to its own page instead of being embedded, so a report on thousands of articles stays small.
   */
  static Context context(ComparisonReport r, boolean testsTable, Map<String, String> links) {
    Map<String, ArticleResult> byId = new LinkedHashMap<>();
    r.sourceArticles().forEach(a -> byId.put(a.id(), a));
    Map<String, String> prefixes = new LinkedHashMap<>();
    int n = 0;
    for (ComparisonReport.ArticleRow row : r.articles()) {
      prefixes.put(row.id(), "a" + (++n));
    }
    Map<String, Integer> sides = new LinkedHashMap<>();
    for (int i = 0; i < r.sides().size(); i++) {
      sides.put(r.sides().get(i), i % 6);
    }
    Map<String, Integer> tests = new LinkedHashMap<>();
    for (int i = 0; i < r.tests().size(); i++) {
      tests.put(r.tests().get(i).id(), i + 1);
    }
    return new Context(r, byId, prefixes, sides, tests, testsTable, links);
  }

  /** The event: lined-up quotes, the articles side by side, the comparison below. */
  static void event(Element sec, Context ctx, ScopeSummary s) {
    List<ComparisonReport.ArticleRow> members = ctx.report().articles().stream()
        .filter(a -> s.articleIds().contains(a.id()))
        .sorted(java.util.Comparator.comparing(ComparisonReport.ArticleRow::side)
            .thenComparing(ComparisonReport.ArticleRow::id)).toList();
    if (members.size() > 1) {
      sec.appendElement("p").addClass("meta").addClass("noprint").appendElement("a").attr("href", "#cmp-" + s.id())
          .text("Jump to the comparison below the articles");
      quotes(sec, ctx, members);
    }
    Element cols = sec.appendElement("div").addClass("columns").addClass("n" + Math.min(3, members.size()));
    for (ComparisonReport.ArticleRow row : members) {
      ArticleResult a = ctx.articles().get(row.id());
      Element art = cols.appendElement("article").addClass("article")
          .addClass("side-" + ctx.sideIndex().getOrDefault(row.side(), 0));
      art.appendElement("div").addClass("outlet").text(row.side()
          + (a.outlet() != null && !a.outlet().isBlank() && !a.outlet().equals(row.side()) ? " \u2013 " + a.outlet()
          : ""));
      art.appendElement("h3").text(a.title() == null || a.title().isBlank() ? a.id() : a.title());
      art.appendElement("div").addClass("meta").text((a.published() == null ? "date unknown" : a.published())
          + (a.flags().isEmpty() ? "" : " \u00b7 flags: " + String.join(", ", a.flags())));
      String link = ctx.links() == null ? null : ctx.links().get(a.id());
      if (link != null) {
        art.appendElement("p").appendElement("a").attr("href", link).text("Read the article with its highlights");
      } else {
        ArticleView.body(art.appendElement("div").addClass("body"), a, ctx.prefix(a.id()));
      }
    }
    Element cmp = sec.appendElement("div").addClass("findings").attr("id", "cmp-" + s.id());
    cmp.appendElement("h3").text(members.size() > 1 ? "What the comparison shows" : "What this article shows");
    findings(cmp, ctx, s.id());
  }

  /** The findings of one scope: a list, then the untested and too-little-data comparisons collapsed. */
  static void findings(Element parent, Context ctx, String scope) {
    Element ul = parent.appendElement("ul");
    for (Finding f : ctx.report().summary()) {
      if (f.scope().equals(scope)) {
        finding(ul, ctx, f);
      }
    }
    quiet(parent, ctx, scope, "OK", "Comparisons without a clear difference");
    quiet(parent, ctx, scope, "TOO_LITTLE_DATA", "Comparisons with too little data to test");
  }

  private static void finding(Element ul, Context ctx, Finding f) {
    Element li = ul.appendElement("li").addClass(f.kind()).text(f.sentence());
    if (!f.evidence().isEmpty()) {
      Element d = li.appendElement("details");
      d.appendElement("summary").text(f.evidence().size() == 1 ? "the sentence" : "the sentences");
      for (Evidence e : f.evidence()) {
        Element q = d.appendElement("blockquote").text(e.text() + " ");
        String p = ctx.prefix(e.article());
        if (p != null) {
          q.appendElement("a").attr("href", "#" + p + "-s" + e.sentence()).text("(in the article)");
        }
      }
    }
    if (!f.testId().isEmpty()) {
      statistics(li, ctx, ctx.test(f.testId()));
    }
  }

  private static void statistics(Element li, Context ctx, TestRow t) {
    if (t == null) {
      return;
    }
    Element d = li.appendElement("details");
    d.appendElement("summary").text("statistics");
    d.appendElement("div").text(t.statistics());
    Integer n = ctx.testNumbers().get(t.id());
    if (ctx.testsTable() && n != null) {
      d.appendElement("a").attr("href", "#test-" + n).text("test " + n + " in the table");
    }
  }

  private static void quiet(Element parent, Context ctx, String scope, String status, String title) {
    List<TestRow> rows = ctx.report().tests().stream().filter(t -> t.scope().equals(scope) && !t.significant()
        && t.status().equals(status)).toList();
    if (rows.isEmpty()) {
      return;
    }
    Element d = parent.appendElement("details").addClass("quiet");
    d.appendElement("summary").text(title + " (" + rows.size() + ")");
    Element ul = d.appendElement("ul");
    for (TestRow t : rows) {
      Element li = ul.appendElement("li").text(t.sentence());
      statistics(li, ctx, t);
    }
  }

  /** Speakers quoted by the articles, one row each, shared speakers first, the articles as columns. */
  private static void quotes(Element sec, Context ctx, List<ComparisonReport.ArticleRow> members) {
    Map<String, String> names = new TreeMap<>();
    Map<String, Map<String, List<Attribution>>> bySpeaker = new TreeMap<>();
    for (ComparisonReport.ArticleRow row : members) {
      for (Attribution at : ctx.articles().get(row.id()).attributions()) {
        String key = at.speaker().name().toLowerCase(Locale.ROOT).strip();
        names.putIfAbsent(key, at.speaker().name() + (at.speaker().country() == null || at.speaker().country()
            .isBlank() ? "" : " (" + at.speaker().country() + ")"));
        bySpeaker.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(row.id(), k -> new ArrayList<>())
            .add(at);
      }
    }
    if (bySpeaker.isEmpty()) {
      return;
    }
    List<String> shared = bySpeaker.keySet().stream().filter(k -> bySpeaker.get(k).size() > 1).toList();
    List<String> single = bySpeaker.keySet().stream().filter(k -> bySpeaker.get(k).size() == 1).toList();
    // on screen only: the printed handout keeps the summary, the comparison and the articles (whose quotes carry
    // their speaker badges), which keeps the demo report within 20 pages
    Element q = sec.appendElement("div").addClass("quoted").addClass("noprint");
    q.appendElement("h3").text("Who is quoted, side by side");
    if (!shared.isEmpty()) {
      quoteTable(q.appendElement("div").addClass("scroll"), ctx, members, shared, names, bySpeaker);
    } else {
      q.appendElement("p").addClass("meta").text("No speaker is quoted by more than one of these articles.");
    }
    if (!single.isEmpty()) {
      Element d = q.appendElement("details");
      d.appendElement("summary").text("Speakers quoted by only one article (" + single.size() + ")");
      quoteTable(d.appendElement("div").addClass("scroll"), ctx, members, single, names, bySpeaker);
    }
  }

  private static void quoteTable(Element parent, Context ctx, List<ComparisonReport.ArticleRow> members,
                                 List<String> keys, Map<String, String> names,
                                 Map<String, Map<String, List<Attribution>>> bySpeaker) {
    Element t = parent.appendElement("table").addClass("quotes");
    Element hr = t.appendElement("tr");
    hr.appendElement("th").text("speaker");
    for (ComparisonReport.ArticleRow row : members) {
      hr.appendElement("th").text(row.side());
    }
    for (String key : keys) {
      Element tr = t.appendElement("tr");
      tr.appendElement("th").text(names.get(key));
      for (ComparisonReport.ArticleRow row : members) {
        List<Attribution> ats = bySpeaker.get(key).getOrDefault(row.id(), List.of());
        Element td = tr.appendElement("td");
        if (ats.isEmpty()) {
          td.text("\u2013");
          continue;
        }
        for (Attribution at : ats) {
          Element p = td.appendElement("div");
          p.appendElement("span").addClass("vc-" + at.verbClass().json()).text(at.verb());
          p.appendText(" (" + at.verbClass().json() + "): ");
          String q = at.text().length() > QUOTE_CHARS ? at.text().substring(0, QUOTE_CHARS - 1) + "\u2026"
              : at.text();
          p.appendElement("a").attr("href", "#" + ctx.prefix(row.id()) + "-s" + at.sentence()).text(q);
          String same = sameWordsAs(at, row.id(), bySpeaker.get(key), ctx);
          if (same != null) {
            td.addClass("same");
            p.appendElement("span").addClass("meta").text(" (same words as in " + same + ")");
          }
        }
      }
    }
  }

  /** The side of another article that quotes the same speaker with the same words (six or more), or null. */
  private static String sameWordsAs(Attribution at, String article, Map<String, List<Attribution>> others,
                                    Context ctx) {
    Set<String> mine = shingles(at.text());
    if (mine.isEmpty()) {
      return null;
    }
    for (Map.Entry<String, List<Attribution>> e : others.entrySet()) {
      if (e.getKey().equals(article)) {
        continue;
      }
      for (Attribution o : e.getValue()) {
        Set<String> theirs = shingles(o.text());
        theirs.retainAll(mine);
        if (!theirs.isEmpty()) {
          return ctx.report().articles().stream().filter(r -> r.id().equals(e.getKey())).findFirst()
              .map(ComparisonReport.ArticleRow::side).orElse(e.getKey());
        }
      }
    }
    return null;
  }

  /** Runs of six words, lower-cased, letters and digits only. */
  private static Set<String> shingles(String text) {
    String[] w = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
    Set<String> out = new TreeSet<>();
    for (int i = 0; i + 6 <= w.length; i++) {
      out.add(String.join(" ", java.util.Arrays.asList(w).subList(i, i + 6)));
    }
    return out;
  }
}
