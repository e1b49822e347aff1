package org.framescope.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framescope.lexicon.FramingLexicons;
import org.framescope.model.ArticleResult;
import org.framescope.model.NlpSentence;
import org.framescope.model.RawDocument;
import org.framescope.model.SentenceResult;
import org.framescope.model.Voice;
import org.framescope.model.VoiceSegment;
import org.framescope.testing.Articles;
import org.framescope.text.Tokenizer;

/**
 * An {@link Analyzer} for the server's fast tests: the real lexicons over the raw-text tokenizer, everything in the
 * author's voice, no CoreNLP (the browser test runs the real pipeline). The body is the content as given (HTML is
 * reduced to its text by jsoup), so hostile text reaches every page the server renders.
 */
final class LightAnalyzer implements Analyzer {
  private final FramingLexicons lex;
  volatile State state = State.READY;
  volatile long delayMillis;

  LightAnalyzer() throws Exception {
    lex = FramingLexicons.load(Path.of("lexicons"));
  }

  @Override
  public State state() {
    return state;
  }

  @Override
  public String message() {
    return state == State.READY ? "Ready (test analyzer)." : "Loading the language models (test).";
  }

  @Override
  public ArticleResult analyze(RawDocument doc) {
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String body = doc.format() == RawDocument.Format.HTML ? org.jsoup.Jsoup.parse(doc.content()).text()
        : doc.content();
    List<SentenceResult> sentences = new ArrayList<>();
    for (NlpSentence s : Tokenizer.sentences(body)) {
      sentences.add(new SentenceResult(s.index(), s.begin(), s.end(), s.text(), Voice.AUTHOR, null,
          List.of(new VoiceSegment(s.begin(), s.end(), Voice.AUTHOR, null)), lex.match(s), null));
    }
    Map<String, Double> metrics = new TreeMap<>();
    metrics.put("tokens", (double) Tokenizer.count(body));
    return Articles.article(doc.id()).source(doc.source()).title(doc.title()).outlet(doc.outlet())
        .published(doc.published()).body(body).sentences(sentences).metrics(metrics).build();
  }
}
