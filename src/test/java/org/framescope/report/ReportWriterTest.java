package org.framescope.report;

import org.framescope.testing.Articles;
import org.framescope.model.Voice;
import org.framescope.model.VerbClass;
import org.framescope.model.SpeakerType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framescope.compare.CompareConfig;
import org.framescope.compare.Comparison;
import org.framescope.compare.ComparisonReport;
import org.framescope.model.ArticleResult;
import org.framescope.model.Attribution;
import org.framescope.model.Provenance;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;
import org.framescope.model.Speaker;
import org.framescope.model.VoiceSegment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  private static final Speaker EVIL = new Speaker("<b>Mallory</b>", null, "United States", SpeakerType.GOVERNMENT);

  /** An article whose body, title and speaker contain markup that must come out as text. */
  static ArticleResult hostile(String id, String outlet) {
    String s0 = "Officials said <script>alert('x')</script> & \"reckless\" things.";
    String s1 = "\u201cWe <img src=x onerror=alert(1)> deny it,\u201d <b>Mallory</b> claimed.";
    String body = s0 + " " + s1;
    int b1 = s0.length() + 1;
    int loaded = s0.indexOf("reckless");
    int qEnd = b1 + s1.indexOf('\u201d') + 1;
    List<SentenceResult> sentences = List.of(
        new SentenceResult(0, 0, s0.length(), s0, Voice.AUTHOR, null,
            List.of(new VoiceSegment(0, s0.length(), Voice.AUTHOR, null)),
            List.of(new Span(loaded, loaded + 8, "reckless", "loaded", "lexicon:loaded@1",
                "judgement \"quoted\" <em>here</em>", -1, 2, false, null)), null),
        new SentenceResult(1, b1, body.length(), s1, Voice.QUOTE, EVIL,
            List.of(new VoiceSegment(b1, qEnd, Voice.QUOTE, EVIL), new VoiceSegment(qEnd, body.length(), Voice.AUTHOR, null)),
            List.of(), null));
    Provenance p = new Provenance("0.1.0", "4.5.10", List.of(), new TreeMap<>(Map.of("loaded", "abc")),
        new TreeMap<>(), new TreeMap<>(), "sha-" + id);
    return Articles.article(id).title("Title <script>alert(2)</script>").outlet(outlet).published("2024-01-01")
        .event("ev").body(body).sentences(sentences)
        .metrics(Map.of("loadedAuthor", 1.0, "loadedPer100TokensAuthor", 5.0, "tokensAuthor", 20.0))
        .attributions(List.of(new Attribution(EVIL, "claimed", VerbClass.DISTANCING, b1, qEnd, body.substring(b1, qEnd),
            Voice.QUOTE, 1)))
        .provenance(p).build();
  }

  static ComparisonReport report() {
    return Comparison.compare(List.of(hostile("a", "Outlet <A>"), hostile("b", "Outlet B")),
        CompareConfig.defaults());
  }

  @Test
  void htmlEscapesArticleTextAndHasNoScriptsOrExternalResources() {
    String html = HtmlReport.render(report());
    assertFalse(html.contains("<script"), "no script element may appear");
    assertFalse(html.contains("<img"), "markup in article text must be escaped");
    assertFalse(html.contains("<b>Mallory"), "speaker names are escaped");
    assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "body text appears escaped");
    assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resources");
    Document doc = Jsoup.parse(html);
    assertEquals(0, doc.select("script, img, link, iframe").size());
    Element mark = doc.selectFirst("mark[data-category=loaded]");
    assertEquals("reckless", mark.ownText());
    assertTrue(mark.selectFirst(".tip").text().contains("judgement \"quoted\" <em>here</em>"), mark.html());
    Element badge = doc.selectFirst("article .v-quote .badge");
    assertEquals("<b>Mallory</b> (United States)", badge.ownText());
    assertTrue(doc.select("section.event").size() >= 1);
    assertTrue(doc.select("article h3").eachText().contains("Title <script>alert(2)</script>"));
    assertEquals(0, doc.select("[style]").size(), "no inline style attribute (the server's CSP forbids them)");
    assertEquals(0, doc.select("[onerror], [onclick], [onload]").size());
  }

  @Test
  void csvFilesHaveTheDocumentedShape(@TempDir Path tmp) throws Exception {
    ComparisonReport r = report();
    ReportWriter.write(r, tmp);
    List<CSVRecord> articles = read(tmp.resolve("articles.csv"), ReportWriter.ARTICLE_COLUMNS);
    long metrics = r.articles().stream().mapToLong(a -> a.metrics().size()).sum();
    assertEquals(metrics, articles.size());
    assertTrue(articles.stream().anyMatch(c -> c.get("article_id").equals("a") && c.get("metric")
        .equals("loadedAuthor") && c.get("value").equals("1")));
    List<CSVRecord> spans = read(tmp.resolve("spans.csv"), ReportWriter.SPAN_COLUMNS);
    assertEquals(2, spans.size());
    assertEquals("author", spans.get(0).get("voice"));
    assertEquals("reckless", spans.get(0).get("text"));
    List<CSVRecord> attributions = read(tmp.resolve("attributions.csv"), ReportWriter.ATTRIBUTION_COLUMNS);
    assertEquals(2, attributions.size());
    assertEquals("distancing", attributions.get(0).get("verb_class"));
    assertEquals("<b>Mallory</b>", attributions.get(0).get("speaker"));
    List<CSVRecord> tests = read(tmp.resolve("tests.csv"), ReportWriter.TEST_COLUMNS);
    assertEquals(r.tests().size(), tests.size());
    for (CSVRecord t : tests) {
      assertTrue(t.get("status").equals("OK") || t.get("status").equals("TOO_LITTLE_DATA"));
    }
  }

  @Test
  void csvNumbersArePlain() {
    assertEquals("", ReportWriter.number(null));
    assertEquals("3", ReportWriter.number(3.0));
    assertEquals("0.000012", ReportWriter.number(1.2e-5));
    assertEquals("-2.5", ReportWriter.number(-2.5));
  }

  private static List<CSVRecord> read(Path f, List<String> header) throws Exception {
    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
         CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
      assertEquals(header, p.getHeaderNames(), f.toString());
      List<CSVRecord> rows = p.getRecords();
      for (CSVRecord row : rows) {
        assertEquals(header.size(), row.size(), f + " row " + row.getRecordNumber());
      }
      return rows;
    }
  }
}
