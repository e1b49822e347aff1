package org.framescope.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.framescope.model.ArticleResult;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders one analyzed article as a self-contained HTML page: the body with spans highlighted by
 * category, a tooltip (title attribute) explaining each, quoted voices set apart, and the removed blocks
 * listed at the end. Built with jsoup's element API, so all text is escaped.
 */
final class ArticleHtml {
  static final String CSS = """
      body{font:16px/1.55 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}
      h1{font:600 1.5em system-ui,sans-serif} .meta{color:#555;font:.9em system-ui,sans-serif}
      mark{border-radius:3px;padding:0 2px;background:#eee} mark.loaded{background:#ffd2cc}
      mark.label{background:#d6e4ff} mark.hedge,mark.distancing{background:#fff0b3}
      mark.scare-quote{background:#ffe0f0} mark.reporting-verb{background:#e0f5e0} mark.intensifier,mark.assertive{background:#eadcff}
      mark.bias-word{outline:1px dashed #c00;background:none}
      .s-quote,.s-reported{background:#f3f3f3;font-style:italic} .speaker{font:.75em system-ui;color:#666}
      .legend mark{margin-right:.5em} details{margin-top:2em;font:.85em system-ui} 
      @media print{mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
      """;

  private ArticleHtml() { }

  static String render(ArticleResult r) {
    Document doc = Document.createShell("");
    doc.title(r.title().isBlank() ? r.id() : r.title());
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("style").appendText(CSS);
    Element body = doc.body();
    body.appendElement("h1").text(r.title());
    body.appendElement("p").addClass("meta").text(String.join(" · ", nonEmpty(r.outlet(), r.published(), r.source())));
    Element legend = body.appendElement("p").addClass("legend meta");
    for (String c : List.of("loaded", "label", "hedge", "distancing", "scare-quote", "reporting-verb", "intensifier")) {
      legend.appendElement("mark").addClass(c).text(c);
    }
    Element para = body.appendElement("p");
    int prevEnd = 0;
    for (SentenceResult s : r.sentences()) {
      String gap = r.body().substring(prevEnd, s.begin());
      if (gap.contains("\n\n")) {
        para = body.appendElement("p");
      }
      Element sent = para.appendElement("span").addClass("s-" + s.voice());
      if (s.speaker() != null) {
        sent.attr("title", s.voice() + " — " + s.speaker().name()
            + (s.speaker().country() == null ? "" : " (" + s.speaker().country() + ")"));
      }
      appendHighlighted(sent, s);
      para.appendText(" ");
      prevEnd = s.end();
    }
    if (!r.removed().isEmpty()) {
      Element det = body.appendElement("details");
      det.appendElement("summary").text("Removed from the page (" + r.removed().size() + " blocks)");
      Element ul = det.appendElement("ul");
      r.removed().forEach(b -> ul.appendElement("li").text("[" + b.reason() + "] "
          + (b.text().length() > 200 ? b.text().substring(0, 200) + "…" : b.text())));
    }
    return "<!DOCTYPE html>\n" + doc.html() + "\n";
  }

  /** Appends the sentence text with non-overlapping spans (longest first at each offset) wrapped in marks. */
  static void appendHighlighted(Element into, SentenceResult s) {
    List<Span> spans = new ArrayList<>(s.spans());
    spans.sort(Comparator.comparingInt(Span::begin).thenComparing(Comparator.comparingInt(Span::end).reversed()));
    int pos = s.begin();
    String text = s.text();
    for (Span sp : spans) {
      if (sp.begin() < pos || sp.end() > s.end()) {
        continue;
      }
      into.appendText(text.substring(pos - s.begin(), sp.begin() - s.begin()));
      String cat = sp.category().startsWith("frame:") ? "frame" : sp.category();
      into.appendElement("mark").addClass(cat).attr("title", sp.category() + ": " + sp.explanation()
          + " [" + sp.source() + "]").text(text.substring(sp.begin() - s.begin(), sp.end() - s.begin()));
      pos = sp.end();
    }
    into.appendText(text.substring(pos - s.begin()));
  }

  private static List<String> nonEmpty(String... v) {
    List<String> out = new ArrayList<>();
    for (String s : v) {
      if (s != null && !s.isBlank()) {
        out.add(s);
      }
    }
    return out;
  }
}
