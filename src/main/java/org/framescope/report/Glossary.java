package org.framescope.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * "How to read this": the highlight layers with their measured precision and whether they are on by default, and
 * every term the pages use, from the classpath resource {@code glossary.tsv} (term, tab, explanation).
 */
public final class Glossary {
  private static final Map<String, String> TERMS = load();

  private Glossary() { }

  /** Term to explanation, in the file's order. */
  public static Map<String, String> terms() {
    return TERMS;
  }

  private static Map<String, String> load() {
    Map<String, String> m = new LinkedHashMap<>();
    int n = 0;
    for (String line : Page.resource("glossary.tsv").split("\n")) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || line.indexOf('\t', tab + 1) >= 0) {
        throw new IllegalStateException("glossary.tsv:" + n + ": expected 'term<TAB>explanation'");
      }
      if (m.put(line.substring(0, tab), line.substring(tab + 1).strip()) != null) {
        throw new IllegalStateException("glossary.tsv:" + n + ": term given twice");
      }
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Appends the section (id {@code glossary}). */
  public static void render(Element page) {
    Element sec = page.appendElement("section").attr("id", "glossary").addClass("glossary-section");
    sec.appendElement("h2").text("How to read this");
    sec.appendElement("p").text("Highlights mark words a lexicon or a model flags; each can be wrong. Click, tap or"
        + " hover over a highlight or a speaker badge for what it is and why. The switches at the top show or hide"
        + " each kind. Precision is the share of highlights that were right when checked (docs/highlights.md says"
        + " how it was measured); kinds below " + Layers.MIN_DEFAULT_PRECISION + " are off until you switch them on.");
    Element layers = sec.appendElement("dl").addClass("glossary");
    for (Layers.Layer l : Layers.ALL) {
      layers.appendElement("dt").text(l.name() + (Layers.onByDefault(l.key()) ? " (shown by default)"
          : " (off by default)"));
      layers.appendElement("dd").text(capital(l.meaning()) + ". " + capital(Layers.precisionText(l.key())) + ".");
    }
    Layers.Layer sb = Layers.SENTENCE_BIAS;
    layers.appendElement("dt").text(sb.name() + (Layers.onByDefault(sb.key()) ? " (shown by default)"
        : " (off by default)"));
    layers.appendElement("dd").text(capital(sb.meaning()) + ". " + capital(Layers.precisionText(sb.key())) + ".");
    Element dl = sec.appendElement("dl").addClass("glossary");
    TERMS.forEach((term, text) -> {
      dl.appendElement("dt").attr("id", "g-" + term.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
          .text(term);
      dl.appendElement("dd").text(text);
    });
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
