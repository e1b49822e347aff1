package org.framescope.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVPrinter;
import org.framescope.io.CsvCells;
import org.framescope.model.ArticleResult;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;

/**
 * Tidy CSV of {@code analyze}: one row per sentence with its voice, speaker, span counts and bias probability.
 * Cells go through {@link CsvCells} (formula-leading text neutralised).
 */
final class SentenceCsv {
  private static final String[] HEADER = {"article_id", "outlet", "published", "sentence", "begin", "end", "voice",
      "speaker", "speaker_country", "loaded", "labels", "hedges", "bias_probability", "text"};

  private SentenceCsv() { }

  static String header() {
    return print(p -> p.printRecord((Object[]) HEADER));
  }

  static String rows(ArticleResult r) {
    return print(p -> {
      for (SentenceResult s : r.sentences()) {
        CsvCells.row(p, r.id(), r.outlet(), r.published(), s.index(), s.begin(), s.end(), s.voice(),
            s.speaker() == null ? "" : s.speaker().name(), s.speaker() == null ? "" : s.speaker().country(),
            count(s, "loaded"), count(s, "label"), count(s, "hedge"),
            s.bias() == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", s.bias().probability()), s.text());
      }
    });
  }

  private static long count(SentenceResult s, String category) {
    return s.spans().stream().map(Span::category).filter(category::equals).count();
  }

  private interface Body {
    void write(CSVPrinter p) throws IOException;
  }

  private static String print(Body b) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CsvCells.FORMAT)) {
      b.write(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
