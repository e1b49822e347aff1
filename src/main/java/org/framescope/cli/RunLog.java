package org.framescope.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.pipeline.ArticlePipeline;
import org.framescope.pipeline.CorpusRunner;

/**
 * What a run of {@code analyze}, {@code compare} or {@code demo} tells the user besides its outputs, kept in one
 * place so the three say it the same way: one line on stderr per problem, naming the input, and the counts
 * that decide the exit status and go into {@code run.json}. Nothing that yields no article is silent:
 * <ul>
 *   <li>an input that cannot be read or yields no article ({@code error:}, counted as an input error);
 *   <li>an article whose page or record yielded no text ({@code warning:}, written with an empty body, counted);
 *   <li>an article skipped because it exceeded the time budget ({@code error:}, counted);
 *   <li>a manifest row whose file does not exist or whose record is not in its file ({@code warning:}, counted);
 *   <li>an article in another language ({@code warning:}, kept, not counted: it is analysed as far as it can be).
 * </ul>
 */
final class RunLog {
  private final PrintWriter err;
  private int inputErrors;
  private int noText;
  private int manifestRows;
  private int timedOut;
  private int renamed;

  RunLog(PrintWriter err) {
    this.err = err;
  }

  /** One input problem. */
  void error(InputException e) {
    err.println("error: " + e.getMessage());
    inputErrors++;
  }

  /** A result on its way out: warns about an empty body (counted) and another language. */
  ArticleResult accept(ArticleResult r) {
    if (r.flags().contains("no article text found")) {
      err.println("warning: " + r.source() + ": no article text found (the page or record yielded no text; its"
          + " document is written with an empty body)");
      noText++;
    }
    for (String f : r.flags()) {
      if (f.startsWith(ArticlePipeline.LANGUAGE_FLAG)) {
        err.println("warning: " + r.source() + ": " + f + " (not English): kept without English lexicon,"
            + " voice and classifier scores");
      }
    }
    return r;
  }

  /** Manifest rows that name nothing. */
  void manifestRows(List<InputException> rows) {
    for (InputException e : rows) {
      err.println("warning: " + e.getMessage());
      manifestRows++;
    }
  }

  /** The runner's counts that are not already reported line by line (time-outs are errors it reported). */
  void summary(CorpusRunner.Summary s) {
    // the runner's errors came through error(); time-outs are among them
    timedOut += s.timedOut();
    renamed += s.renamed();
    if (s.renamed() > 0) {
      err.println("note: " + s.renamed() + " article id(s) were already taken by an earlier article of this run;"
          + " those articles got ids derived from their source (their own id is kept as originalId)");
    }
  }

  /** Ids made unique outside a runner (compare's articles read from JSON). */
  void renamed(int n) {
    renamed += n;
    if (n > 0) {
      err.println("note: " + n + " article id(s) were used by more than one input; the later ones got ids derived"
          + " from their source (their own id is kept as originalId)");
    }
  }

  /** Everything that counts against the exit status. */
  int failures() {
    return inputErrors + noText + manifestRows;
  }

  int noText() {
    return noText;
  }

  /** The counts for {@code run.json}. */
  Map<String, Object> counts() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("inputErrors", inputErrors - timedOut);
    m.put("timedOut", timedOut);
    m.put("noArticleText", noText);
    m.put("manifestRowsWithoutFile", manifestRows);
    m.put("renamedIds", renamed);
    return m;
  }
}
