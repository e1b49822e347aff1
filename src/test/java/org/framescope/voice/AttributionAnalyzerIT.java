package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.framescope.model.NlpDocument;
import org.framescope.nlp.CoreNlpAnnotator;
import org.framescope.nlp.Profile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The attribution patterns through live CoreNLP (one pipeline per JVM): tagged "models". */
@Tag("models")
class AttributionAnalyzerIT {
  @Test
  void allPatternsOnLiveParses() throws Exception {
    AttributionAnalyzer an = AttributionAnalyzer.fromLexicons(Path.of("lexicons"));
    CoreNlpAnnotator nlp = CoreNlpAnnotator.forProfile(Profile.FULL);
    Map<String, NlpDocument> docs = new LinkedHashMap<>();
    VoicePatterns.checkAll(an, name -> docs.computeIfAbsent(name, n -> nlp.annotate(VoicePatterns.TEXTS.get(n))));
  }

  @Test
  void analyzerIsCheapRelativeToCoreNlp() throws Exception {
    AttributionAnalyzer an = AttributionAnalyzer.fromLexicons(Path.of("lexicons"));
    CoreNlpAnnotator nlp = CoreNlpAnnotator.forProfile(Profile.FULL);
    String body = String.join("\n\n", VoicePatterns.TEXTS.values());
    nlp.annotate(body); // warm-up
    long t0 = System.nanoTime();
    NlpDocument d = nlp.annotate(body);
    long nlpNanos = System.nanoTime() - t0;
    an.analyze(d); // warm-up
    t0 = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      an.analyze(d);
    }
    long voiceNanos = (System.nanoTime() - t0) / 5;
    assertTrue(voiceNanos * 5 < nlpNanos, "voice " + voiceNanos / 1e6 + " ms vs CoreNLP " + nlpNanos / 1e6 + " ms");
  }
}
