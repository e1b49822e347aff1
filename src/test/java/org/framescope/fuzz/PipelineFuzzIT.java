package org.framescope.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.framescope.ingest.Ingestor;
import org.framescope.io.ArticleJson;
import org.framescope.io.Json;
import org.framescope.io.Schemas;
import org.framescope.model.ArticleResult;
import org.framescope.model.Attribution;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;
import org.framescope.model.VoiceSegment;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.ArticlePipeline;
import org.framescope.pipeline.PipelineFactory;
import org.framescope.pipeline.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing the whole pipeline in the {@code fast} profile (issue 12): hostile HTML, text, JSON and JSONL inputs
 * ({@link Hostile}) are ingested and analysed with CoreNLP. Invariants per article: no exception escapes the
 * pipeline; sentences lie inside the body, in order, without overlap, and their text is the body at their
 * offsets; every span and voice segment lies inside its sentence and every span's text is the body at its offsets;
 * attributions lie inside the body; every number is finite; the document validates against the article contract
 * (read back by {@link ArticleJson#parse}) and writes back to the same bytes; the same input analysed again gives
 * the same bytes. Figures go to docs/reliability.md.
 */
@Tag("models")
class PipelineFuzzIT {
  private static Settings settings;
  private static Ingestor ingestor;
  private static ArticlePipeline pipeline;

  @TempDir
  Path dir;

  @BeforeAll
  static void load() throws InputException {
    settings = Settings.of(Profile.FAST, Path.of("lexicons"));
    ingestor = PipelineFactory.ingestor(settings);
    pipeline = PipelineFactory.build(settings);
  }

  @Test
  void hostileInputsGoThroughTheFastPipeline() {
    Trials.run("pipeline-fast", 150, r -> Hostile.any(r, 1500), this::check);
  }

  private void check(Trials.Input in, AtomicLong inv) throws Exception {
    Path file = Files.write(Files.createTempDirectory(dir, "in").resolve(in.fileName()), in.bytes());
    Ingestor.InputRef ref = new Ingestor.InputRef(file, Ingestor.kindOf(file).orElseThrow());
    List<RawDocument> docs;
    try {
      ingestor.check(ref);
      docs = ingestor.read(ref, e -> { });
    } catch (InputException e) {
      inv.incrementAndGet(); // rejected with a message naming the input: nothing to analyse
      return;
    }
    for (RawDocument d : docs) {
      ArticleResult a = pipeline.analyze(d);
      inv.addAndGet(invariants(a));
      String json = ArticleJson.toJson(a);
      ArticleResult back = ArticleJson.parse(Json.mapper().readTree(json), in.fileName());
      assertEquals(json, ArticleJson.toJson(back), "the document reads back as the contract and writes the same bytes");
      assertEquals(json, ArticleJson.toJson(pipeline.analyze(d)), "the same input gives the same bytes");
      assertEquals(List.of(), Schemas.validateArticle(json), "the document conforms to the article schema");
      inv.addAndGet(3);
    }
  }

  /** Asserts the offset and number invariants of one article; returns how many it checked. */
  static long invariants(ArticleResult a) {
    String body = a.body();
    long n = 0;
    int previousEnd = 0;
    for (int i = 0; i < a.sentences().size(); i++) {
      SentenceResult s = a.sentences().get(i);
      String where = a.id() + " sentence " + i;
      assertEquals(i, s.index(), where + ": index");
      assertTrue(previousEnd <= s.begin() && s.begin() <= s.end() && s.end() <= body.length(),
          where + ": [" + s.begin() + ", " + s.end() + ") in order inside a body of " + body.length());
      assertEquals(body.substring(s.begin(), s.end()), s.text(), where + ": text at its offsets");
      previousEnd = s.end();
      n += 3;
      int lastBegin = -1;
      int lastEnd = -1;
      for (Span sp : s.spans()) {
        assertTrue(s.begin() <= sp.begin() && sp.end() <= s.end(), where + ": span " + sp + " inside its sentence");
        assertEquals(body.substring(sp.begin(), sp.end()), sp.text(), where + ": span text at its offsets");
        assertTrue(sp.begin() > lastBegin || (sp.begin() == lastBegin && sp.end() <= lastEnd),
            where + ": spans in reading order (by begin, the longer first)");
        lastBegin = sp.begin();
        lastEnd = sp.end();
        n += 3;
      }
      for (VoiceSegment g : s.segments()) {
        assertTrue(s.begin() <= g.begin() && g.begin() <= g.end() && g.end() <= s.end(),
            where + ": segment " + g + " inside its sentence");
        n++;
      }
      if (s.bias() != null) {
        assertTrue(Double.isFinite(s.bias().probability()), where + ": finite bias");
        n++;
      }
    }
    for (Attribution t : a.attributions()) {
      assertTrue(0 <= t.begin() && t.begin() <= t.end() && t.end() <= body.length(), "attribution " + t + " inside");
      assertTrue(t.sentence() >= 0 && t.sentence() < a.sentences().size(), "attribution sentence index");
      n += 2;
    }
    List<Double> numbers = new ArrayList<>(a.metrics().values());
    numbers.addAll(a.frames().values());
    for (Map.Entry<String, ?> e : a.stance().entrySet()) {
      assertTrue(e.getValue() != null, "stance of " + e.getKey());
    }
    for (double v : numbers) {
      assertTrue(Double.isFinite(v), a.id() + ": finite metric or frame share " + v);
      n++;
    }
    return n;
  }
}
