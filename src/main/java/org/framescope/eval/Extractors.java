package org.framescope.eval;

import java.util.Locale;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.framescope.clean.Cleaner;
import org.framescope.ingest.HtmlReader;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;

/**
 * The extractors {@code evaluate extraction} compares. Input: a benchmark page. Output: its body text.
 * {@link #framescope} is what {@code framescope analyze} puts in an article's {@code body}: the page read by
 * the HTML reader of the ingestion stage, then the cleaning stage (no NLP is loaded or needed for the body).
 * {@link #readability4j} is the library alone, with its default options, for the side-by-side figure.
 */
public final class Extractors {
  /** Names accepted by {@code --compare}. */
  public static final Set<String> PEERS = Set.of("readability4j", "readability4j-zone", "framescope+readability4j");

  private Extractors() { }

  /** framescope's ingestion and cleaning stage. */
  public static ExtractionEvaluation.Extractor framescope(Cleaner cleaner) {
    return new ExtractionEvaluation.Extractor() {
      @Override
      public String name() {
        return "framescope";
      }

      @Override
      public String extract(ExtractionEvaluation.Page page) throws InputException {
        RawDocument doc = HtmlReader.read(page.key(), page.key() + ".html", page.html());
        return cleaner.clean(doc).body();
      }
    };
  }

  /** Readability4J 1.0.8 (a Kotlin port of Mozilla's Readability.js), article text as the library gives it. */
  public static ExtractionEvaluation.Extractor readability4j() {
    return new ExtractionEvaluation.Extractor() {
      @Override
      public String name() {
        return "readability4j";
      }

      @Override
      public String extract(ExtractionEvaluation.Page page) throws InputException {
        String source = page.key() + ".html";
        String html = HtmlReader.decode(source, page.html());
        Article a = new Readability4J(page.url(), html).parse();
        String text = a.getTextContent();
        return text == null ? "" : text;
      }
    };
  }

  /**
   * The two combinations measured against our own zone (docs/extraction.md): {@code readability4j-zone} is the
   * library's article element cleaned by framescope's removals; {@code framescope+readability4j} is framescope's
   * body plus every paragraph of the library's article (over 80 characters, under a quarter links) that
   * framescope dropped.
   */
  public static ExtractionEvaluation.Extractor combination(String name, Cleaner cleaner) {
    boolean zone = name.equals("readability4j-zone");
    return new ExtractionEvaluation.Extractor() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String extract(ExtractionEvaluation.Page page) throws InputException {
        String source = page.key() + ".html";
        String html = HtmlReader.decode(source, page.html());
        RawDocument doc = HtmlReader.parse(page.key(), source, html, "0".repeat(64));
        Article a = new Readability4J(page.url(), html).parse();
        if (zone) {
          String content = a.getContent();
          return content == null ? "" : cleaner.clean(new RawDocument(doc.id(), source, doc.title(), "", null, null,
              null, "<html><body>" + content + "</body></html>", RawDocument.Format.HTML, null, doc.sha256())).body();
        }
        String body = cleaner.clean(doc).body();
        if (a.getArticleContent() == null) {
          return body;
        }
        StringBuilder sb = new StringBuilder(body);
        for (org.jsoup.nodes.Element p : a.getArticleContent().select("p")) {
          String t = p.text().strip();
          if (t.length() > 80 && !body.contains(t) && p.select("a").text().length() < 0.25 * t.length()) {
            sb.append("\n\n").append(t);
          }
        }
        return sb.toString();
      }
    };
  }

  /** A peer extractor by its {@code --compare} name. */
  public static ExtractionEvaluation.Extractor peer(String name, Cleaner cleaner) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "readability4j" -> readability4j();
      case "readability4j-zone", "framescope+readability4j" -> combination(name.toLowerCase(Locale.ROOT), cleaner);
      default -> throw new IllegalArgumentException("unknown extractor '" + name + "' (expected one of " + PEERS + ")");
    };
  }
}
