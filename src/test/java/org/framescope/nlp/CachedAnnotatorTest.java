package org.framescope.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedAnnotatorTest {
  /** A fake annotator: one sentence, one token per whitespace-separated word; counts its calls. */
  static final class Fake implements TextAnnotator {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public NlpDocument annotate(String body) {
      calls.incrementAndGet();
      List<Token> toks = new java.util.ArrayList<>();
      int at = 0;
      for (String w : body.split(" ")) {
        int b = body.indexOf(w, at);
        toks.add(new Token(toks.size(), b, b + w.length(), w, w, "NN", "O"));
        at = b + w.length();
      }
      return new NlpDocument(body, List.of(new NlpSentence(0, 0, body.length(), body, toks, List.of())), annotators());
    }

    @Override
    public List<String> annotators() {
      return List.of("fake");
    }

    @Override
    public String version() {
      return "0";
    }
  }

  @Test
  void secondCallIsReadFromDiskAndEqual(@TempDir Path dir) {
    Fake fake = new Fake();
    CachedAnnotator c = new CachedAnnotator(fake, dir, "0123456789abcdef");
    NlpDocument first = c.annotate("Officials said so");
    NlpDocument second = new CachedAnnotator(fake, dir, "0123456789abcdef").annotate("Officials said so");
    assertEquals(first, second);
    assertEquals(1, fake.calls.get());
    assertTrue(c.contains("Officials said so"));
    // another configuration does not see it
    new CachedAnnotator(fake, dir, "fedcba9876543210").annotate("Officials said so");
    assertEquals(2, fake.calls.get());
  }

  @Test
  void aCorruptEntryIsAnnotatedAgain(@TempDir Path dir) throws Exception {
    Fake fake = new Fake();
    CachedAnnotator c = new CachedAnnotator(fake, dir, "0123456789abcdef");
    c.annotate("a b");
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".json.gz")).toList()) {
        Files.writeString(f, "not gzip");
      }
    }
    assertEquals("a b", c.annotate("a b").body());
    assertEquals(2, fake.calls.get());
  }

  @Test
  void shortFingerprintIsRejected(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> new CachedAnnotator(new Fake(), dir, "abc"));
  }

  @Test
  void coreNlpFingerprintDependsOnTheProfile() {
    assertTrue(!CachedAnnotator.fingerprint(Profile.FAST).equals(CachedAnnotator.fingerprint(Profile.FULL)));
  }
}
