package org.framescope.voice;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.framescope.model.NlpDocument;
import org.framescope.nlp.CoreNlpAnnotator;
import org.framescope.nlp.Profile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The attribution patterns through live CoreNLP (one pipeline per JVM): tagged "models". Speed is measured by
 * {@code framescope bench}, not here.
 */
@Tag("models")
class AttributionAnalyzerIT {
  @Test
  void allPatternsOnLiveParses() throws Exception {
    AttributionAnalyzer an = AttributionAnalyzer.fromLexicons(Path.of("lexicons"));
    CoreNlpAnnotator nlp = CoreNlpAnnotator.forProfile(Profile.FULL);
    Map<String, NlpDocument> docs = new LinkedHashMap<>();
    VoicePatterns.checkAll(an, name -> docs.computeIfAbsent(name, n -> nlp.annotate(VoicePatterns.TEXTS.get(n))));
  }
}
