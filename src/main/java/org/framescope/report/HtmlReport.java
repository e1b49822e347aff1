package org.framescope.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framescope.compare.ArticleFeatures;
import org.framescope.compare.ComparisonReport;
import org.framescope.compare.ComparisonReport.ArticleRow;
import org.framescope.compare.ComparisonReport.Estimate;
import org.framescope.compare.ComparisonReport.EventGroup;
import org.framescope.compare.ComparisonReport.Finding;
import org.framescope.compare.ComparisonReport.PairValue;
import org.framescope.compare.ComparisonReport.ScopeSummary;
import org.framescope.compare.ComparisonReport.TestRow;
import org.framescope.compare.ComparisonReport.WordContrast;
import org.framescope.compare.ComparisonReport.WordScore;
import org.framescope.model.ArticleResult;
import org.framescope.model.SentenceResult;
import org.framescope.model.Speaker;
import org.framescope.model.Voice;
import org.framescope.model.Span;
import org.framescope.model.VoiceSegment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Renders a {@link ComparisonReport} as one self-contained HTML page: inline CSS, inline SVG charts, no
 * scripts, fonts or network requests. Built with jsoup's element API, so every piece of article text is
 * escaped. Sections: a plain-language summary (each sentence links to its test), pooled charts and tables,
 * one section per event with the articles side by side (spans highlighted by category with a tooltip,
 * quotes set apart and labelled with their speaker), the table of all tests, and provenance. Prints on
 * A4 landscape with a page break before each event.
 */
public final class HtmlReport {
  /** Highlight colour per span category (frame:* share one colour). */
  static final Map<String, String> COLOURS = new LinkedHashMap<>();

  static {
    COLOURS.put("loaded", "#f6a5a5");
    COLOURS.put("label", "#f5d76e");
    COLOURS.put("hedge", "#a9d3f5");
    COLOURS.put("distancing", "#d2b4f3");
    COLOURS.put("intensifier", "#f7c08a");
    COLOURS.put("assertive", "#a6e3c4");
    COLOURS.put("factive", "#c9e59b");
    COLOURS.put("scare-quote", "#f5a9d6");
    COLOURS.put("reporting-verb", "#d0d0d0");
    COLOURS.put("frame", "#9ed8d0");
    COLOURS.put("bias-word", "#ffcf9e");
  }

  private static final String[] SIDE_COLOURS = {"#1f5f99", "#b5452b", "#2e7d32", "#7b3f99", "#8a6d00", "#00695c"};

  private static final String CSS = String.join("\n",
      "*{box-sizing:border-box}",
      "body{font-family:Georgia,'Times New Roman',serif;margin:0;padding:0 24px 48px;color:#1b1b1b;"
          + "background:#fff;line-height:1.45}",
      "h1,h2,h3,h4,nav,table,.legend,.meta,.chart-title{font-family:Helvetica,Arial,sans-serif}",
      "h1{font-size:26px;margin:18px 0 4px}h2{font-size:21px;border-bottom:2px solid #ccc;padding-bottom:4px;"
          + "margin-top:36px}h3{font-size:17px;margin:22px 0 8px}h4{font-size:15px;margin:8px 0 4px}",
      ".meta{color:#555;font-size:13px}",
      ".legend{position:sticky;top:0;z-index:2;background:#fafafa;border-bottom:1px solid #ddd;padding:6px 0;"
          + "font-size:12px}",
      ".legend span.key{display:inline-block;margin:2px 8px 2px 0;padding:1px 6px;border-radius:3px}",
      ".summary li{margin:6px 0}.summary li.difference{font-weight:bold}",
      ".summary li.note,.summary li.no-clear-difference,.summary li.too-little-data{color:#444}",
      "details.quiet{font-size:13px;color:#444}details.quiet li{margin:3px 0}",
      ".summary a{font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#1f5f99;margin-left:4px}",
      ".columns{display:grid;gap:16px;align-items:start}",
      ".article{border:1px solid #ccc;border-radius:4px;padding:10px 12px;background:#fff;min-width:0}",
      ".article h4{margin-top:0}.article .outlet{font-family:Helvetica,Arial,sans-serif;font-size:12px;"
          + "font-weight:bold;text-transform:uppercase;letter-spacing:.04em}",
      ".body{white-space:pre-wrap;font-size:14px;overflow-wrap:anywhere}",
      "mark{padding:0 1px;border-radius:2px;color:inherit;cursor:help}",
      "mark:hover{outline:2px solid #333}",
      "mark.c-frame{background:transparent;border-bottom:2px dashed #2a9d8f}",
      "mark.c-reporting-verb{background:transparent;border-bottom:2px solid #777}",
      ".voice-quote,.voice-reported{background:#eef0f3;font-style:italic;color:#333}",
      ".voice-quote{border-left:3px solid #7a869a;padding-left:2px}",
      ".voice-reported{border-left:3px dotted #7a869a;padding-left:2px}",
      ".voice-quote[data-speaker]::before,.voice-reported[data-speaker]::before{content:attr(data-speaker);"
          + "font-style:normal;font-family:Helvetica,Arial,sans-serif;font-size:10px;background:#7a869a;"
          + "color:#fff;border-radius:2px;padding:0 4px;margin-right:3px}",
      "table{border-collapse:collapse;font-size:12px;margin:6px 0 14px}",
      "th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}",
      "th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums}",
      "tr.sig td{background:#fff6d8}",
      ".charts{display:flex;flex-wrap:wrap;gap:18px}.chart{min-width:320px}",
      ".chart-title{font-size:13px;font-weight:bold;margin:6px 0 2px}",
      "svg text{font-family:Helvetica,Arial,sans-serif;font-size:11px}",
      ".words{display:flex;flex-wrap:wrap;gap:24px;font-size:13px}",
      "details{margin:8px 0}summary{cursor:pointer;font-family:Helvetica,Arial,sans-serif}",
      "@media print{",
      "  @page{size:A4 landscape;margin:10mm}",
      "  body{padding:0;font-size:11px}",
      "  .legend{position:static}",
      "  .event{break-before:page;page-break-before:always}",
      "  .columns{gap:8px}",
      "  .columns.many{display:block}",
      "  .columns.many .article{margin-bottom:8px}",
      "  .body{font-size:10.5px}",
      "  mark:hover{outline:none}",
      "  a{color:inherit;text-decoration:none}",
      "  details{display:block}",
      "  tr,.article,.chart{break-inside:avoid}",
      "}");

  private HtmlReport() { }

  /** The whole page as a string (deterministic), every article embedded. */
  public static String render(ComparisonReport r) {
    return render(r, null);
  }

  /**
   * The whole page; with {@code articleLinks} (article id to a relative link) each article is a link to its own
   * page instead of being embedded, so a report on thousands of articles stays small.
   */
  public static String render(ComparisonReport r, Map<String, String> articleLinks) {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.xhtml);
    doc.selectFirst("html").attr("lang", "en");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    doc.title("framescope comparison report");
    doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
    Element body = doc.body();

    Map<String, Integer> testIndex = new HashMap<>();
    for (int i = 0; i < r.tests().size(); i++) {
      testIndex.put(r.tests().get(i).id(), i + 1);
    }
    Map<String, String> sideColour = new HashMap<>();
    for (int i = 0; i < r.sides().size(); i++) {
      sideColour.put(r.sides().get(i), SIDE_COLOURS[i % SIDE_COLOURS.length]);
    }

    body.appendElement("h1").text("How the coverage compares");
    body.appendElement("p").addClass("meta").text(r.sourceArticles().size() + " articles, " + r.events().size()
        + (r.events().size() == 1 ? " event, " : " events, ") + "compared by " + r.groupBy() + ": "
        + String.join(", ", r.sides()) + ". framescope " + r.provenance().framescope() + ", seed "
        + r.provenance().seed() + ".");
    legend(body.appendElement("div").addClass("legend"));

    Element sum = body.appendElement("section").addClass("summary").attr("id", "summary");
    sum.appendElement("h2").text("Summary");
    sum.appendElement("p").addClass("meta").text("Each sentence below comes from one statistical test (the link"
        + " leads to it). A difference is stated only when it passes the test after correcting for the number of"
        + " comparisons (Benjamini-Hochberg, false discovery rate " + r.provenance().config().get("alpha")
        + "). Otherwise the sentence says there is no clear difference, or too little data to tell.");
    Map<String, ScopeSummary> scopes = new LinkedHashMap<>();
    for (ScopeSummary s : r.scopes()) {
      scopes.put(s.id(), s);
    }
    List<String> scopeOrder = new ArrayList<>();
    if (scopes.containsKey(ComparisonReport.POOLED)) {
      scopeOrder.add(ComparisonReport.POOLED);
    }
    for (ScopeSummary s : r.scopes()) {
      if (!s.id().equals(ComparisonReport.POOLED)) {
        scopeOrder.add(s.id());
      }
    }
    for (String sid : scopeOrder) {
      sum.appendElement("h3").text(scopes.get(sid).label());
      findings(sum, r, sid, testIndex);
    }

    if (scopes.containsKey(ComparisonReport.POOLED)) {
      Element pooled = body.appendElement("section").addClass("pooled").attr("id", "pooled");
      pooled.appendElement("h2").text("All events pooled");
      scopeDetails(pooled, scopes.get(ComparisonReport.POOLED), sideColour);
    }

    Map<String, ArticleResult> byId = new HashMap<>();
    for (ArticleResult a : r.sourceArticles()) {
      byId.put(a.id(), a);
    }
    Map<String, ArticleRow> rows = new HashMap<>();
    for (ArticleRow a : r.articles()) {
      rows.put(a.id(), a);
    }
    int n = 0;
    for (EventGroup e : r.events()) {
      n++;
      Element sec = body.appendElement("section").addClass("event").attr("id", "event-" + n);
      sec.appendElement("h2").text("Event " + n + ": " + e.label());
      sec.appendElement("p").addClass("meta").text("Event id " + e.id() + (e.automatic()
          ? " (grouped automatically by text similarity, shared actors and dates)" : " (from the manifest)") + ".");
      findings(sec.appendElement("div").addClass("summary"), r, e.id(), testIndex);
      List<ArticleRow> members = e.articleIds().stream().map(rows::get)
          .sorted(java.util.Comparator.comparing(ArticleRow::side).thenComparing(ArticleRow::id)).toList();
      Element cols = sec.appendElement("div").addClass("columns").addClass(members.size() > 3 ? "many" : "few")
          .attr("style", "grid-template-columns:repeat(" + Math.max(1, Math.min(members.size(), 4))
              + ",minmax(0,1fr))");
      for (ArticleRow row : members) {
        article(cols, byId.get(row.id()), row, sideColour.getOrDefault(row.side(), "#333"),
            articleLinks == null ? null : articleLinks.get(row.id()));
      }
      ScopeSummary s = scopes.get(e.id());
      if (s != null) {
        scopeDetails(sec, s, sideColour);
      }
    }

    Element tests = body.appendElement("section").attr("id", "tests");
    tests.appendElement("h2").text("All tests");
    tests.appendElement("p").addClass("meta").text("p: raw p-value; q: Benjamini-Hochberg adjusted across all "
        + r.tests().stream().filter(t -> t.q() != null).count() + " tests with a p-value. Highlighted rows pass"
        + " after correction. Difference: side A minus side B, with its 95% confidence interval.");
    testsTable(tests, r);

    Element prov = body.appendElement("section").attr("id", "provenance");
    prov.appendElement("h2").text("Provenance");
    Element pt = prov.appendElement("table");
    provRow(pt, "framescope", r.provenance().framescope());
    provRow(pt, "seed", Long.toString(r.provenance().seed()));
    r.provenance().config().forEach((k, v) -> provRow(pt, "config " + k, v));
    r.provenance().lexicons().forEach((k, v) -> provRow(pt, "lexicon " + k, v));
    r.provenance().models().forEach((k, v) -> provRow(pt, "model " + k, v));
    Element it = prov.appendElement("table");
    Element hr = it.appendElement("tr");
    hr.appendElement("th").text("article");
    hr.appendElement("th").text("outlet");
    hr.appendElement("th").text("input SHA-256");
    for (ComparisonReport.InputRef in : r.provenance().inputs()) {
      Element tr = it.appendElement("tr");
      tr.appendElement("td").text(in.id());
      tr.appendElement("td").text(in.outlet() == null ? "" : in.outlet());
      tr.appendElement("td").text(in.inputSha256() == null ? "" : in.inputSha256());
    }
    return "<!DOCTYPE html>\n" + doc.html() + "\n";
  }

  /**
   * One analyzed article as a self-contained page (what {@code analyze --format html} writes): the body
   * with voice segments and highlighted spans, the same legend and tooltips as the comparison report,
   * the article's metrics and stance, and the blocks the cleaner removed.
   */
  public static String renderArticle(ArticleResult a) {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.xhtml);
    doc.selectFirst("html").attr("lang", "en");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    doc.title(a.title() == null || a.title().isBlank() ? a.id() : a.title());
    doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
    Element body = doc.body();
    body.appendElement("h1").text(a.title() == null || a.title().isBlank() ? a.id() : a.title());
    List<String> meta = new ArrayList<>();
    for (String v : new String[] {a.outlet(), a.published(), a.source()}) {
      if (v != null && !v.isBlank()) {
        meta.add(v);
      }
    }
    body.appendElement("p").addClass("meta").text(String.join(" \u00b7 ", meta));
    legend(body.appendElement("div").addClass("legend"));
    Element art = body.appendElement("article").addClass("article");
    body(art.appendElement("div").addClass("body"), a);
    Element m = body.appendElement("table");
    m.appendElement("caption").text("Scores (every figure counts the highlighted spans above)");
    for (Map.Entry<String, Double> e : a.metrics().entrySet()) {
      provRow(m, e.getKey(), fmt(e.getValue(), 3));
    }
    if (!a.stance().isEmpty()) {
      Element st = body.appendElement("table");
      st.appendElement("caption").text("Stance toward actors (mean P(positive) - P(negative) over mentions)");
      Element hr = st.appendElement("tr");
      for (String h : new String[] {"actor", "author voice", "mentions", "quoted voices", "mentions"}) {
        hr.appendElement("th").text(h);
      }
      a.stance().forEach((actor, v) -> {
        Element tr = st.appendElement("tr");
        tr.appendElement("td").text(actor);
        tr.appendElement("td").text(v.score() == null ? "\u2013" : fmt(v.score(), 2) + " (" + v.label() + ")");
        tr.appendElement("td").text(String.valueOf(v.mentions()));
        tr.appendElement("td").text(v.quoted() == null ? "\u2013"
            : fmt(v.quoted().score(), 2) + " (" + v.quoted().label() + ")");
        tr.appendElement("td").text(v.quoted() == null ? "0" : String.valueOf(v.quoted().mentions()));
      });
    }
    if (!a.removed().isEmpty()) {
      Element det = body.appendElement("details");
      det.appendElement("summary").text("Removed from the page (" + a.removed().size() + " blocks)");
      Element ul = det.appendElement("ul");
      a.removed().forEach(b -> ul.appendElement("li").text("[" + b.reason() + "] " + truncate(b.text(), 200)));
    }
    return "<!DOCTYPE html>\n" + doc.html() + "\n";
  }

  private static void provRow(Element table, String k, String v) {
    Element tr = table.appendElement("tr");
    tr.appendElement("th").text(k);
    tr.appendElement("td").text(v == null ? "" : v);
  }

  private static void legend(Element div) {
    div.appendElement("strong").text("Highlights: ");
    for (Map.Entry<String, String> c : COLOURS.entrySet()) {
      Element k = div.appendElement("span").addClass("key").text(c.getKey().equals("frame") ? "frame cue"
          : c.getKey());
      if (c.getKey().equals("frame")) {
        k.attr("style", "border-bottom:2px dashed #2a9d8f");
      } else if (c.getKey().equals("reporting-verb")) {
        k.attr("style", "border-bottom:2px solid #777");
      } else {
        k.attr("style", "background:" + c.getValue());
      }
      k.attr("title", description(c.getKey()));
    }
    div.appendElement("span").addClass("key").addClass("voice-quote").attr("data-speaker", "speaker")
        .text("quoted words");
    div.appendElement("span").addClass("key").addClass("voice-reported").text("reported speech");
    div.appendElement("span").text(" Hover over a highlight for its explanation.");
  }

  static String description(String category) {
    return switch (category) {
      case "loaded" -> "loaded language: words that carry a judgement beyond the facts";
      case "label" -> "label: one of several contested names for the same thing";
      case "hedge" -> "hedge: softens or qualifies a claim";
      case "distancing" -> "distancing: signals doubt about a claim (so-called, alleged)";
      case "intensifier" -> "intensifier: strengthens a claim";
      case "assertive" -> "assertive: presents a claim as certain";
      case "factive" -> "factive: presupposes that what follows is true";
      case "scare-quote" -> "scare quotes: quotation marks that cast doubt on a word";
      case "reporting-verb" -> "reporting verb: how a source is introduced (said, claimed, admitted)";
      case "frame" -> "frame cue: a word that evokes a way of seeing the story";
      case "bias-word" -> "word the bias model weighed heavily";
      default -> category;
    };
  }

  private static void findings(Element parent, ComparisonReport r, String scope, Map<String, Integer> testIndex) {
    Element ul = parent.appendElement("ul");
    for (Finding f : r.summary()) {
      if (f.scope().equals(scope)) {
        finding(ul, f, testIndex);
      }
    }
    details(parent, r, scope, testIndex, "OK", "Comparisons without a clear difference");
    details(parent, r, scope, testIndex, "TOO_LITTLE_DATA", "Comparisons with too little data to tell");
  }

  /** A collapsed list of the sentences of the tests in {@code scope} that are not significant. */
  private static void details(Element parent, ComparisonReport r, String scope, Map<String, Integer> testIndex,
                              String status, String title) {
    List<TestRow> rows = r.tests().stream().filter(t -> t.scope().equals(scope) && !t.significant()
        && t.status().equals(status)).toList();
    if (rows.isEmpty()) {
      return;
    }
    Element d = parent.appendElement("details").addClass("quiet");
    d.appendElement("summary").text(title + " (" + rows.size() + ")");
    Element ul = d.appendElement("ul");
    for (TestRow t : rows) {
      Element li = ul.appendElement("li").text(t.sentence());
      li.appendElement("a").attr("href", "#test-" + testIndex.get(t.id())).text("[test " + testIndex.get(t.id())
          + "]");
    }
  }

  private static void finding(Element ul, Finding f, Map<String, Integer> testIndex) {
    Element li = ul.appendElement("li").addClass(f.kind()).text(f.sentence());
    Integer i = testIndex.get(f.testId());
    if (i != null) {
      li.appendElement("a").attr("href", "#test-" + i).text("[test " + i + "]");
    }
  }

  // ------------------------------------------------------------------ articles

  private record Piece(int begin, int end) { }

  private static void article(Element cols, ArticleResult a, ArticleRow row, String colour, String link) {
    Element div = cols.appendElement("article").addClass("article").attr("style", "border-top:4px solid " + colour);
    div.appendElement("div").addClass("outlet").attr("style", "color:" + colour).text(row.side()
        + (a.outlet() != null && !a.outlet().equals(row.side()) ? " \u2013 " + a.outlet() : ""));
    div.appendElement("h4").text(a.title() == null || a.title().isBlank() ? a.id() : a.title());
    div.appendElement("div").addClass("meta").text((a.published() == null ? "date unknown" : a.published())
        + " \u00b7 " + a.id() + " \u00b7 " + fmt(row.metrics().get(ArticleFeatures.LOADED_PER100_AUTHOR), 2)
        + " loaded words per 100 tokens in its own voice");
    if (link != null) {
      div.appendElement("p").appendElement("a").attr("href", link).text("Read the article with its highlights");
      return;
    }
    body(div.appendElement("div").addClass("body"), a);
  }

  /** Writes the body with voice segments and highlighted spans; all text goes through jsoup's escaping. */
  static void body(Element target, ArticleResult a) {
    String text = a.body();
    int len = text.length();
    List<VoiceSegment> segments = new ArrayList<>();
    for (SentenceResult s : a.sentences()) {
      if (s.segments().isEmpty()) {
        segments.add(new VoiceSegment(clip(s.begin(), len), clip(s.end(), len), s.voice(), s.speaker()));
      } else {
        for (VoiceSegment v : s.segments()) {
          segments.add(new VoiceSegment(clip(v.begin(), len), clip(v.end(), len), v.voice(), v.speaker()));
        }
      }
    }
    List<Span> spans = new ArrayList<>();
    for (SentenceResult s : a.sentences()) {
      for (Span sp : s.spans()) {
        if (sp.begin() < len && sp.end() > sp.begin()) {
          spans.add(sp);
        }
      }
    }
    SortedSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(len);
    for (VoiceSegment v : segments) {
      cuts.add(v.begin());
      cuts.add(v.end());
    }
    for (Span sp : spans) {
      cuts.add(clip(sp.begin(), len));
      cuts.add(clip(sp.end(), len));
    }
    Integer[] cs = cuts.toArray(Integer[]::new);
    Element voiceEl = null;
    VoiceSegment current = null;
    for (int i = 0; i + 1 < cs.length; i++) {
      int b = cs[i];
      int e = cs[i + 1];
      VoiceSegment seg = segmentAt(segments, b);
      if (seg == null || seg.voice() == Voice.AUTHOR) {
        voiceEl = null;
        current = null;
      } else if (seg != current) {
        current = seg;
        voiceEl = target.appendElement("span").addClass("voice-" + seg.voice()).attr("title", voiceTitle(seg));
        if (seg.speaker() != null) {
          voiceEl.attr("data-speaker", speakerLabel(seg.speaker()));
        }
      }
      Element into = voiceEl == null ? target : voiceEl;
      List<Span> active = new ArrayList<>();
      for (Span sp : spans) {
        if (sp.begin() <= b && sp.end() >= e) {
          active.add(sp);
        }
      }
      String piece = text.substring(b, e);
      if (active.isEmpty()) {
        into.appendText(piece);
      } else {
        active.sort(java.util.Comparator.comparingInt((Span s) -> s.end() - s.begin()).thenComparing(Span::category));
        Span top = active.get(0);
        String key = top.category().startsWith("frame:") ? "frame" : top.category();
        Element mark = into.appendElement("mark").addClass("c-" + key.replaceAll("[^a-z-]", ""));
        String colour = COLOURS.get(key);
        if (colour != null && !key.equals("frame") && !key.equals("reporting-verb")) {
          mark.attr("style", "background:" + colour);
        }
        mark.attr("data-category", top.category());
        StringBuilder title = new StringBuilder();
        for (Span sp : active) {
          if (title.length() > 0) {
            title.append("\n");
          }
          title.append(sp.category());
          if (sp.group() != null && !sp.group().isBlank()) {
            title.append(" [").append(sp.group()).append(']');
          }
          title.append(": \u201c").append(sp.text()).append("\u201d");
          if (!sp.explanation().isBlank()) {
            title.append(" \u2013 ").append(sp.explanation());
          }
          title.append(" (").append(sp.source()).append(')');
        }
        mark.attr("title", title.toString()).text(piece);
      }
    }
  }

  private static VoiceSegment segmentAt(List<VoiceSegment> segments, int offset) {
    for (VoiceSegment v : segments) {
      if (offset >= v.begin() && offset < v.end()) {
        return v;
      }
    }
    return null;
  }

  private static String speakerLabel(Speaker s) {
    return s.name() + (s.country() != null && !s.country().isBlank() ? " (" + s.country() + ")" : "");
  }

  private static String voiceTitle(VoiceSegment v) {
    String kind = v.voice() == Voice.QUOTE ? "Direct quote" : "Reported speech";
    if (v.speaker() == null) {
      return kind + " (speaker unknown)";
    }
    Speaker s = v.speaker();
    StringBuilder b = new StringBuilder(kind).append(" \u2013 ").append(s.name());
    if (s.role() != null && !s.role().isBlank()) {
      b.append(", ").append(s.role());
    }
    if (s.country() != null && !s.country().isBlank()) {
      b.append(", ").append(s.country());
    }
    b.append(" (").append(s.type()).append(')');
    return b.toString();
  }

  private static int clip(int v, int len) {
    return Math.max(0, Math.min(v, len));
  }

  // ------------------------------------------------------------------ scope tables and charts

  private static void scopeDetails(Element parent, ScopeSummary s, Map<String, String> sideColour) {
    Element charts = parent.appendElement("div").addClass("charts");
    List<String> sides = new ArrayList<>(s.sides().keySet());
    Map<String, Estimate> la = new LinkedHashMap<>();
    Map<String, Estimate> lq = new LinkedHashMap<>();
    for (String side : sides) {
      la.put(side, s.sides().get(side).loadedAuthor());
      lq.put(side, s.sides().get(side).loadedQuoted());
    }
    dotPlot(charts, "Loaded words per 100 words, author's own voice", la, sideColour, false);
    dotPlot(charts, "Loaded words per 100 words, inside quotes and reported speech", lq, sideColour, false);
    SortedSet<String> actors = new TreeSet<>();
    s.sides().values().forEach(v -> actors.addAll(v.stance().keySet()));
    for (String actor : actors) {
      Map<String, Estimate> st = new LinkedHashMap<>();
      for (String side : sides) {
        Estimate e = s.sides().get(side).stance().get(actor);
        st.put(side, e == null ? new Estimate(null, null, null, 0) : e);
      }
      dotPlot(charts, "Stance toward " + actor + " in the author's voice (-1 negative, +1 positive)", st,
          sideColour, true);
    }
    sourcing(parent, s, sides);
    labels(parent, s, sides);
    frames(parent, s, sides, sideColour);
    words(parent, s);
  }

  /** Horizontal dot plot: one row per side, dot at the mean, whisker for the 95% CI. */
  static void dotPlot(Element parent, String title, Map<String, Estimate> values, Map<String, String> colours,
                      boolean symmetric) {
    if (values.values().stream().allMatch(e -> e.mean() == null)) {
      return;
    }
    Element box = parent.appendElement("div").addClass("chart");
    box.appendElement("div").addClass("chart-title").text(title);
    double lo = symmetric ? -1 : 0;
    double hi = symmetric ? 1 : 0;
    for (Estimate e : values.values()) {
      for (Double d : new Double[] {e.mean(), e.low(), e.high()}) {
        if (d != null) {
          lo = Math.min(lo, d);
          hi = Math.max(hi, d);
        }
      }
    }
    if (hi - lo < 1e-9) {
      hi = lo + 1;
    }
    int labelW = 130;
    int plotW = 240;
    int rowH = 22;
    int h = rowH * values.size() + 28;
    Element svg = box.appendElement("svg").attr("width", String.valueOf(labelW + plotW + 90))
        .attr("height", String.valueOf(h)).attr("viewBox", "0 0 " + (labelW + plotW + 90) + " " + h)
        .attr("role", "img").attr("aria-label", title);
    double lo0 = lo;
    double span = hi - lo;
    java.util.function.DoubleUnaryOperator x = v -> labelW + (v - lo0) / span * plotW;
    int axisY = rowH * values.size() + 6;
    line(svg, labelW, axisY, labelW + plotW, axisY, "#999", 1);
    if (lo < 0 && hi > 0) {
      line(svg, x.applyAsDouble(0), 2, x.applyAsDouble(0), axisY, "#bbb", 1).attr("stroke-dasharray", "3,3");
    }
    text(svg, labelW, axisY + 14, fmt(lo, 2), "start");
    text(svg, labelW + plotW, axisY + 14, fmt(hi, 2), "end");
    int row = 0;
    for (Map.Entry<String, Estimate> en : values.entrySet()) {
      double y = rowH * row + rowH / 2.0 + 2;
      Estimate e = en.getValue();
      String c = colours.getOrDefault(en.getKey(), "#333");
      text(svg, labelW - 6, y + 4, truncate(en.getKey(), 20), "end");
      Element g = svg.appendElement("g");
      g.appendElement("title").text(en.getKey() + ": " + (e.mean() == null ? "no data" : "mean " + fmt(e.mean(), 2)
          + (e.low() != null ? ", 95% CI " + fmt(e.low(), 2) + " to " + fmt(e.high(), 2) : ", CI needs 2+ articles")
          + ", n = " + e.n()));
      if (e.mean() != null) {
        if (e.low() != null && e.high() != null) {
          line(g, x.applyAsDouble(e.low()), y, x.applyAsDouble(e.high()), y, c, 2);
          line(g, x.applyAsDouble(e.low()), y - 5, x.applyAsDouble(e.low()), y + 5, c, 2);
          line(g, x.applyAsDouble(e.high()), y - 5, x.applyAsDouble(e.high()), y + 5, c, 2);
        }
        g.appendElement("circle").attr("cx", fmt(x.applyAsDouble(e.mean()), 1)).attr("cy", fmt(y, 1))
            .attr("r", "5").attr("fill", c);
        text(g, labelW + plotW + 14, y + 4, fmt(e.mean(), 2) + " (n=" + e.n() + ")", "start");
      } else {
        text(g, labelW + 4, y + 4, "no data", "start").attr("fill", "#888");
      }
      row++;
    }
  }

  private static Element line(Element svg, double x1, double y1, double x2, double y2, String colour, int width) {
    return svg.appendElement("line").attr("x1", fmt(x1, 1)).attr("y1", fmt(y1, 1)).attr("x2", fmt(x2, 1))
        .attr("y2", fmt(y2, 1)).attr("stroke", colour).attr("stroke-width", String.valueOf(width));
  }

  private static Element text(Element svg, double x, double y, String s, String anchor) {
    return svg.appendElement("text").attr("x", fmt(x, 1)).attr("y", fmt(y, 1)).attr("text-anchor", anchor).text(s);
  }

  /** A titled table with one column per side, after a first column named {@code first}. */
  private static Element sideTable(Element parent, String title, String first, List<String> sides) {
    parent.appendElement("h4").text(title);
    Element t = parent.appendElement("table");
    Element hr = t.appendElement("tr");
    hr.appendElement("th").text(first);
    for (String side : sides) {
      hr.appendElement("th").text(side);
    }
    return t;
  }

  private static void sourcing(Element parent, ScopeSummary s, List<String> sides) {
    SortedSet<String> countries = new TreeSet<>();
    s.sides().values().forEach(v -> countries.addAll(v.verbClasses().keySet()));
    if (countries.isEmpty()) {
      return;
    }
    Element t = sideTable(parent, "Whose voices are quoted, and how they are introduced", "speaker country", sides);
    for (String c : countries) {
      Element tr = t.appendElement("tr");
      tr.appendElement("td").text(c);
      for (String side : sides) {
        SortedMap<String, Integer> v = s.sides().get(side).verbClasses().getOrDefault(c, new TreeMap<>());
        int n = v.values().stream().mapToInt(Integer::intValue).sum();
        Element td = tr.appendElement("td");
        if (n == 0) {
          td.text("\u2013");
          continue;
        }
        td.appendText(n + (n == 1 ? " attribution: " : " attributions: "));
        List<String> parts = new ArrayList<>();
        for (String cls : List.of("neutral", "distancing", "endorsing", "emotive")) {
          int k = v.getOrDefault(cls, 0);
          if (k > 0) {
            parts.add(cls + " " + k);
          }
        }
        td.appendText(String.join(", ", parts));
        verbBar(td, v, n);
      }
    }
    SortedSet<String> types = new TreeSet<>();
    s.sides().values().forEach(v -> types.addAll(v.speakerTypes().keySet()));
    Element tt = parent.appendElement("table");
    Element h2 = tt.appendElement("tr");
    h2.appendElement("th").text("speaker type");
    for (String side : sides) {
      h2.appendElement("th").text(side);
    }
    for (String ty : types) {
      Element tr = tt.appendElement("tr");
      tr.appendElement("td").text(ty);
      for (String side : sides) {
        tr.appendElement("td").addClass("num").text(String.valueOf(s.sides().get(side).speakerTypes()
            .getOrDefault(ty, 0)));
      }
    }
  }

  private static final Map<String, String> VERB_COLOURS = Map.of("neutral", "#c9c9c9", "distancing", "#9b6bd3",
      "endorsing", "#3c9d5d", "emotive", "#e08a2c");

  private static void verbBar(Element td, SortedMap<String, Integer> v, int n) {
    int w = 160;
    Element svg = td.appendElement("svg").attr("width", String.valueOf(w)).attr("height", "10")
        .attr("viewBox", "0 0 " + w + " 10").attr("style", "display:block;margin-top:2px");
    double x = 0;
    for (String cls : List.of("neutral", "distancing", "endorsing", "emotive")) {
      int k = v.getOrDefault(cls, 0);
      if (k == 0) {
        continue;
      }
      double width = (double) k / n * w;
      Element rect = svg.appendElement("rect").attr("x", fmt(x, 1)).attr("y", "0").attr("width", fmt(width, 1))
          .attr("height", "10").attr("fill", VERB_COLOURS.get(cls));
      rect.appendElement("title").text(cls + ": " + k + " of " + n);
      x += width;
    }
  }

  private static void labels(Element parent, ScopeSummary s, List<String> sides) {
    SortedSet<String> groups = new TreeSet<>();
    s.sides().values().forEach(v -> groups.addAll(v.labels().keySet()));
    if (groups.isEmpty()) {
      return;
    }
    Element t = sideTable(parent, "Contested names: which name each side used", "label group", sides);
    for (String g : groups) {
      Element tr = t.appendElement("tr");
      tr.appendElement("td").text(g);
      for (String side : sides) {
        SortedMap<String, Integer> m = s.sides().get(side).labels().getOrDefault(g, new TreeMap<>());
        List<String> parts = new ArrayList<>();
        m.forEach((k, c) -> parts.add(k + " " + c));
        tr.appendElement("td").text(parts.isEmpty() ? "\u2013" : String.join(", ", parts));
      }
    }
  }

  private static void frames(Element parent, ScopeSummary s, List<String> sides, Map<String, String> sideColour) {
    SortedSet<String> frames = new TreeSet<>();
    s.sides().values().forEach(v -> frames.addAll(v.frameCues().keySet()));
    if (frames.isEmpty()) {
      frameScores(parent, s, sides, sideColour);
      return;
    }
    parent.appendElement("h4").text("Frames: share of frame cues per side");
    Element t = parent.appendElement("table");
    Element hr = t.appendElement("tr");
    hr.appendElement("th").text("frame");
    for (String side : sides) {
      hr.appendElement("th").text(side);
    }
    Map<String, Integer> totals = new HashMap<>();
    for (String side : sides) {
      totals.put(side, s.sides().get(side).frameCues().values().stream().mapToInt(Integer::intValue).sum());
    }
    for (String f : frames) {
      Element tr = t.appendElement("tr");
      tr.appendElement("td").text(f);
      for (String side : sides) {
        int k = s.sides().get(side).frameCues().getOrDefault(f, 0);
        int n = totals.get(side);
        Element td = tr.appendElement("td").addClass("num");
        td.appendText(n == 0 ? "\u2013" : k + " (" + Math.round(100.0 * k / n) + "%)");
        if (n > 0) {
          int w = (int) Math.round(80.0 * k / n);
          Element svg = td.appendElement("svg").attr("width", "80").attr("height", "8").attr("viewBox", "0 0 80 8")
              .attr("style", "display:block");
          svg.appendElement("rect").attr("x", "0").attr("y", "0").attr("width", "80").attr("height", "8")
              .attr("fill", "#eee");
          svg.appendElement("rect").attr("x", "0").attr("y", "0").attr("width", String.valueOf(w)).attr("height", "8")
              .attr("fill", sideColour.getOrDefault(side, "#333"));
        }
      }
    }
    jsdLine(parent, s);
  }

  /** Mean frame scores per side, when the articles carry frame scores but no frame cue spans. */
  private static void frameScores(Element parent, ScopeSummary s, List<String> sides,
                                  Map<String, String> sideColour) {
    SortedSet<String> frames = new TreeSet<>();
    s.sides().values().forEach(v -> frames.addAll(v.frameScores().keySet()));
    if (frames.isEmpty()) {
      return;
    }
    parent.appendElement("h4").text("Frames: mean frame score per side");
    Element t = parent.appendElement("table");
    Element hr = t.appendElement("tr");
    hr.appendElement("th").text("frame");
    for (String side : sides) {
      hr.appendElement("th").text(side);
    }
    for (String f : frames) {
      Element tr = t.appendElement("tr");
      tr.appendElement("td").text(f);
      for (String side : sides) {
        Double v = s.sides().get(side).frameScores().get(f);
        Element td = tr.appendElement("td").addClass("num").text(fmt(v == null ? 0.0 : v, 2));
        int w = (int) Math.round(80.0 * Math.max(0, Math.min(1, v == null ? 0 : v)));
        Element svg = td.appendElement("svg").attr("width", "80").attr("height", "8").attr("viewBox", "0 0 80 8")
            .attr("style", "display:block");
        svg.appendElement("rect").attr("x", "0").attr("y", "0").attr("width", "80").attr("height", "8")
            .attr("fill", "#eee");
        svg.appendElement("rect").attr("x", "0").attr("y", "0").attr("width", String.valueOf(w)).attr("height", "8")
            .attr("fill", sideColour.getOrDefault(side, "#333"));
      }
    }
    jsdLine(parent, s);
  }

  private static void jsdLine(Element parent, ScopeSummary s) {
    if (s.frameDivergence().isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    for (PairValue pv : s.frameDivergence()) {
      parts.add(pv.sideA() + " vs " + pv.sideB() + ": " + (pv.value() == null ? "n/a" : fmt(pv.value(), 3)));
    }
    parent.appendElement("p").addClass("meta").text("Jensen-Shannon divergence of frame distributions (0 = same"
        + " mix of frames, 1 = no frame in common): " + String.join("; ", parts) + ".");
  }

  private static void words(Element parent, ScopeSummary s) {
    boolean any = s.distinctiveWords().stream().anyMatch(w -> !w.favourA().isEmpty() || !w.favourB().isEmpty());
    if (!any) {
      return;
    }
    Element d = parent.appendElement("details");
    d.appendElement("summary").text("Words that most distinguish the sides (log-odds with informative prior,"
        + " |z| \u2265 1.96)");
    for (WordContrast w : s.distinctiveWords()) {
      Element div = d.appendElement("div").addClass("words");
      wordList(div, "More typical of " + w.sideA() + " than of " + w.sideB(), w.favourA(), true);
      wordList(div, "More typical of " + w.sideB() + " than of " + w.sideA(), w.favourB(), false);
    }
  }

  private static void wordList(Element div, String title, List<WordScore> words, boolean a) {
    Element box = div.appendElement("div");
    box.appendElement("strong").text(title);
    if (words.isEmpty()) {
      box.appendElement("div").addClass("meta").text("no word stands out");
      return;
    }
    Element ol = box.appendElement("ol");
    for (WordScore w : words) {
      ol.appendElement("li").text(w.word() + " (z = " + fmt(w.z(), 1) + "; " + (a ? w.countA() : w.countB())
          + " vs " + (a ? w.countB() : w.countA()) + ")");
    }
  }

  private static void testsTable(Element parent, ComparisonReport r) {
    Element t = parent.appendElement("table");
    Element hr = t.appendElement("tr");
    for (String h : List.of("#", "scope", "contrast", "subject", "A", "B", "test", "value A", "value B",
        "difference [95% CI]", "effect", "p", "q", "result")) {
      hr.appendElement("th").text(h);
    }
    int i = 0;
    for (TestRow row : r.tests()) {
      i++;
      Element tr = t.appendElement("tr").attr("id", "test-" + i);
      if (row.significant()) {
        tr.addClass("sig");
      }
      tr.appendElement("td").addClass("num").text(String.valueOf(i));
      tr.appendElement("td").text(row.scope());
      tr.appendElement("td").text(row.contrast());
      tr.appendElement("td").text(row.subject());
      tr.appendElement("td").text(row.sideA());
      tr.appendElement("td").text(row.sideB());
      tr.appendElement("td").text(row.test());
      tr.appendElement("td").addClass("num").text(value(row.countA(), row.valueA(), row.nA()));
      tr.appendElement("td").addClass("num").text(value(row.countB(), row.valueB(), row.nB()));
      tr.appendElement("td").addClass("num").text(row.difference() == null ? "" : fmt(row.difference(), 2)
          + (row.low() == null ? "" : " [" + fmt(row.low(), 2) + ", " + fmt(row.high(), 2) + "]"));
      tr.appendElement("td").text(row.effect() == null ? "" : row.effectName() + " " + fmt(row.effect(), 2));
      tr.appendElement("td").addClass("num").text(pv(row.p()));
      tr.appendElement("td").addClass("num").text(pv(row.q()));
      tr.appendElement("td").text(row.sentence());
    }
  }

  /** "5/7" for counts, "2.31 (n=4)" for means, "n=12" for distributions. */
  private static String value(Integer count, Double value, int n) {
    if (count != null) {
      return count + "/" + n;
    }
    return value == null ? "n=" + n : fmt(value, 2) + " (n=" + n + ")";
  }

  private static String pv(Double p) {
    if (p == null) {
      return "\u2013";
    }
    return p < 0.001 ? "<0.001" : fmt(p, 3);
  }

  static String fmt(Double v, int decimals) {
    if (v == null || !Double.isFinite(v)) {
      return "\u2013";
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
    return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
  }

  private static String truncate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
  }
}
