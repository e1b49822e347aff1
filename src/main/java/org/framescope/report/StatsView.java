package org.framescope.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framescope.compare.ComparisonReport;
import org.framescope.compare.ComparisonReport.Estimate;
import org.framescope.compare.ComparisonReport.PairValue;
import org.framescope.compare.ComparisonReport.ScopeSummary;
import org.framescope.compare.ComparisonReport.TestRow;
import org.framescope.compare.ComparisonReport.WordContrast;
import org.framescope.compare.ComparisonReport.WordScore;
import org.jsoup.nodes.Element;

/**
 * The numbers for those who want them, one click away from the findings: per scope the dot plots, the tables of
 * speakers and reporting verbs, contested names (as words) and frames, distinctive words; the table of every test;
 * and the provenance. Everything sits in collapsed sections, left out of the printed handout.
 */
final class StatsView {
  /** Fill colour of each side in charts (the same order as the page's side classes). */
  static final String[] SIDE_COLOURS = {"#1f5f99", "#b5452b", "#2e7d32", "#7b3f99", "#8a6d00", "#00695c"};

  private StatsView() { }

  static Map<String, String> colours(ComparisonReport r) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < r.sides().size(); i++) {
      m.put(r.sides().get(i), SIDE_COLOURS[i % SIDE_COLOURS.length]);
    }
    return m;
  }

  /** The scope's charts and tables, inside a collapsed section. */
  static void scope(Element parent, ScopeSummary s, Map<String, String> colours, Words words) {
    Element d = parent.appendElement("details").addClass("noprint");
    d.appendElement("summary").text("Numbers: charts and tables for " + (s.id().equals(ComparisonReport.POOLED)
        ? "all events pooled" : "this event"));
    Element charts = d.appendElement("div").addClass("charts");
    List<String> sides = new ArrayList<>(s.sides().keySet());
    Map<String, Estimate> la = new LinkedHashMap<>();
    Map<String, Estimate> lq = new LinkedHashMap<>();
    for (String side : sides) {
      la.put(side, s.sides().get(side).loadedAuthor());
      lq.put(side, s.sides().get(side).loadedQuoted());
    }
    Charts.dotPlot(charts, "Loaded words per 100 words, own voice (dot: mean; line: 95% interval)", la, colours,
        false);
    Charts.dotPlot(charts, "Loaded words per 100 words, quotes and reported speech", lq, colours, false);
    SortedSet<String> actors = new TreeSet<>();
    s.sides().values().forEach(v -> actors.addAll(v.stance().keySet()));
    for (String actor : actors) {
      Map<String, Estimate> st = new LinkedHashMap<>();
      for (String side : sides) {
        Estimate e = s.sides().get(side).stance().get(actor);
        st.put(side, e == null ? new Estimate(null, null, null, 0) : e);
      }
      Charts.dotPlot(charts, "Stance toward " + actor + ", own voice (\u22121 negative, +1 positive)", st, colours,
          true);
    }
    Element scroll = d.appendElement("div").addClass("scroll");
    sourcing(scroll, s, sides);
    labels(scroll, s, sides, words);
    frames(scroll, s, sides, colours);
    distinctive(d, s);
  }

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
    Element t = sideTable(parent, "Whose voices are quoted, and how they are introduced", "speakers' country", sides);
    for (String c : countries) {
      Element tr = t.appendElement("tr");
      tr.appendElement("td").text("unknown".equals(c) ? "not known" : c);
      for (String side : sides) {
        SortedMap<String, Integer> v = s.sides().get(side).verbClasses().getOrDefault(c, new TreeMap<>());
        int n = v.values().stream().mapToInt(Integer::intValue).sum();
        Element td = tr.appendElement("td");
        if (n == 0) {
          td.text("\u2013");
          continue;
        }
        List<String> parts = new ArrayList<>();
        for (String cls : List.of("neutral", "distancing", "endorsing", "emotive")) {
          int k = v.getOrDefault(cls, 0);
          if (k > 0) {
            parts.add(cls + " " + k);
          }
        }
        td.appendText(Words.count(n, "attribution", "attributions") + ": " + String.join(", ", parts));
        Charts.verbBar(td, v, n);
      }
    }
  }

  private static void labels(Element parent, ScopeSummary s, List<String> sides, Words words) {
    SortedSet<String> groups = new TreeSet<>();
    s.sides().values().forEach(v -> groups.addAll(v.labels().keySet()));
    if (groups.isEmpty()) {
      return;
    }
    Element t = sideTable(parent, "Contested names: which name each side used", "names", sides);
    for (String g : groups) {
      Element tr = t.appendElement("tr");
      tr.appendElement("td").text(words.group(g));
      for (String side : sides) {
        SortedMap<String, Integer> m = s.sides().get(side).labels().getOrDefault(g, new TreeMap<>());
        List<String> parts = new ArrayList<>();
        m.forEach((k, c) -> parts.add(Words.quote(words.variant(g, k)) + " " + c));
        tr.appendElement("td").text(parts.isEmpty() ? "\u2013" : String.join(", ", parts));
      }
    }
  }

  private static void frames(Element parent, ScopeSummary s, List<String> sides, Map<String, String> colours) {
    SortedSet<String> frames = new TreeSet<>();
    s.sides().values().forEach(v -> frames.addAll(v.frameCues().keySet()));
    boolean cues = !frames.isEmpty();
    if (!cues) {
      s.sides().values().forEach(v -> frames.addAll(v.frameScores().keySet()));
    }
    if (frames.isEmpty()) {
      return;
    }
    Element t = sideTable(parent, cues ? "Frames: share of frame cues per side" : "Frames: mean frame score per side",
        "frame", sides);
    Map<String, Integer> totals = new HashMap<>();
    for (String side : sides) {
      totals.put(side, s.sides().get(side).frameCues().values().stream().mapToInt(Integer::intValue).sum());
    }
    for (String f : frames) {
      Element tr = t.appendElement("tr");
      tr.appendElement("td").text(f.replace('_', ' '));
      for (String side : sides) {
        Element td = tr.appendElement("td").addClass("num");
        double share;
        if (cues) {
          int k = s.sides().get(side).frameCues().getOrDefault(f, 0);
          int n = totals.get(side);
          td.appendText(n == 0 ? "\u2013" : k + " (" + Math.round(100.0 * k / n) + "%)");
          share = n == 0 ? 0 : (double) k / n;
        } else {
          Double v = s.sides().get(side).frameScores().get(f);
          td.appendText(Words.fmt(v == null ? 0.0 : v, 2));
          share = v == null ? 0 : v;
        }
        Charts.frameBar(td, share, colours.getOrDefault(side, "#333"));
      }
    }
    if (!s.frameDivergence().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (PairValue pv : s.frameDivergence()) {
        parts.add(pv.sideA() + " vs " + pv.sideB() + ": " + (pv.value() == null ? "n/a" : Words.fmt(pv.value(), 3)));
      }
      parent.appendElement("p").addClass("meta").text("Jensen-Shannon divergence of the frame distributions (0 = the"
          + " same mix of frames, 1 = no frame in common): " + String.join("; ", parts) + ".");
    }
  }

  private static void distinctive(Element parent, ScopeSummary s) {
    if (s.distinctiveWords().stream().allMatch(w -> w.favourA().isEmpty() && w.favourB().isEmpty())) {
      return;
    }
    parent.appendElement("h4").text("Distinctive words (exploratory; z of at least 1.96)");
    for (WordContrast w : s.distinctiveWords()) {
      Element div = parent.appendElement("div").addClass("words");
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
      // z is signed toward side A in the data; shown as a strength here, so both lists read the same way
      ol.appendElement("li").text(w.word() + " (z " + Words.fmt(Math.abs(w.z()), 1) + "; used "
          + (a ? w.countA() : w.countB()) + " vs " + (a ? w.countB() : w.countA()) + " times)");
    }
  }

  /** The table of every test (collapsed), rows with id test-N. */
  static void tests(Element parent, ComparisonReport r) {
    Element sec = parent.appendElement("section").attr("id", "tests").addClass("noprint");
    Element d = sec.appendElement("details");
    d.appendElement("summary").text("Statistics: all " + r.tests().size() + " tests");
    d.appendElement("p").addClass("meta").text("p: the test's p-value; q: adjusted over the "
        + r.tests().stream().filter(t -> t.q() != null).count() + " tests with a p-value (Benjamini-Hochberg)."
        + " Highlighted rows are stated as differences: the test passes after adjustment and the 95% interval"
        + " agrees. Difference: side A minus side B, with its 95% interval.");
    Element t = d.appendElement("div").addClass("scroll").appendElement("table");
    Element hr = t.appendElement("tr");
    for (String h : List.of("#", "scope", "compared", "A", "B", "test", "value A", "value B",
        "difference [95% interval]", "effect", "p", "q", "result", "why")) {
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
      tr.appendElement("td").text(row.contrast() + (row.subject().isEmpty() ? "" : ": " + row.subject()
          .replace('|', ' ')));
      tr.appendElement("td").text(row.sideA());
      tr.appendElement("td").text(row.sideB());
      tr.appendElement("td").text(row.test());
      tr.appendElement("td").addClass("num").text(value(row.countA(), row.valueA(), row.nA()));
      tr.appendElement("td").addClass("num").text(value(row.countB(), row.valueB(), row.nB()));
      tr.appendElement("td").addClass("num").text(row.difference() == null ? "" : Words.fmt(row.difference(), 2)
          + (row.low() == null ? "" : " [" + Words.fmt(row.low(), 2) + ", " + Words.fmt(row.high(), 2) + "]"));
      tr.appendElement("td").text(row.effect() == null ? "" : row.effectName() + " " + Words.fmt(row.effect(), 2));
      tr.appendElement("td").addClass("num").text(pv(row.p()));
      tr.appendElement("td").addClass("num").text(pv(row.q()));
      tr.appendElement("td").text(row.sentence());
      tr.appendElement("td").text(TestProse.agreement(row));
    }
  }

  private static String value(Integer count, Double value, int n) {
    if (count != null) {
      return count + "/" + n;
    }
    return value == null ? "n=" + n : Words.fmt(value, 2) + " (n=" + n + ")";
  }

  private static String pv(Double p) {
    if (p == null) {
      return "\u2013";
    }
    return p < 0.001 ? "<0.001" : Words.fmt(p, 3);
  }

  /** Versions, seed, settings, data files and inputs (collapsed). */
  static void provenance(Element parent, ComparisonReport r) {
    Element sec = parent.appendElement("section").attr("id", "provenance").addClass("noprint");
    Element d = sec.appendElement("details");
    d.appendElement("summary").text("Provenance: everything needed to run this comparison again");
    Element pt = d.appendElement("div").addClass("scroll").appendElement("table");
    row(pt, "framescope", r.provenance().framescope());
    row(pt, "seed", Long.toString(r.provenance().seed()));
    r.provenance().config().forEach((k, v) -> row(pt, "config " + k, v));
    r.provenance().lexicons().forEach((k, v) -> row(pt, "lexicon " + k, v));
    r.provenance().models().forEach((k, v) -> row(pt, "model " + k, v));
    Element it = d.appendElement("div").addClass("scroll").appendElement("table");
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
  }

  static void row(Element table, String k, String v) {
    Element tr = table.appendElement("tr");
    tr.appendElement("th").text(k);
    tr.appendElement("td").text(v == null ? "" : v);
  }
}
