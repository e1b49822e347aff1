package org.framescope.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.framescope.eval.BasilResults;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.PipelineFactory;
import org.framescope.pipeline.Settings;
import org.junit.jupiter.api.Test;

class HashingTest {
  @Test
  void theCodeHasAHashThatStaysPutWithinARun() {
    String a = Hashing.codeSha256();
    assertTrue(a.matches("[0-9a-f]{64}"), a);
    assertEquals(a, Hashing.codeSha256());
  }

  /** A BASIL result cache keyed by models and lexicons alone kept serving results of code since changed. */
  @Test
  void theBasilCacheKeyIncludesTheCode() throws Exception {
    Path lex = Path.of("lexicons");
    String key = BasilResults.full(lex).fingerprint();
    assertNotEquals(PipelineFactory.fingerprint(Settings.of(Profile.FULL, lex)), key);
    assertEquals(Hashing.sha256(PipelineFactory.fingerprint(Settings.of(Profile.FULL, lex)) + "\n"
        + Hashing.codeSha256()), key);
  }
}
