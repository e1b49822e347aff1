package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.framescope.model.Dependency;
import org.framescope.model.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportingVerbsTest {
  private static ReportingVerbs verbs;

  @BeforeAll
  static void load() throws Exception {
    verbs = ReportingVerbs.fromLexicons(Path.of("lexicons"));
  }

  private static String cls(String lemma) {
    return verbs.entries(lemma).stream().filter(e -> e.particle().isEmpty()).findFirst().orElseThrow().verbClass().json();
  }

  @Test
  void classesFollowTheDocumentedDecisions() {
    assertTrue(verbs.size() >= 150, "entries: " + verbs.size());
    assertEquals("neutral", cls("say"));
    assertEquals("endorsing", cls("explain")); // as CODEBOOK.md (lexicon 1.1.0)
    assertEquals("distancing", cls("claim"));
    assertEquals("distancing", cls("assert"));
    assertEquals("endorsing", cls("note"));
    assertEquals("endorsing", cls("acknowledge"));
    assertEquals("emotive", cls("slam"));
    assertEquals("emotive", cls("admit"));
    assertEquals("neutral", cls("warn")); // as CODEBOOK.md (lexicon 1.1.0)
    assertTrue(verbs.definition(org.framescope.model.VerbClass.DISTANCING).contains("doubt"));
  }

  @Test
  void matchesLemmaParticleAndAccordingTo() {
    var s = Fixtures.sentence("She/PRP pointed/VBD/O/point out/RP that/IN it/PRP failed/VBD/O/fail",
        new Dependency("compound:prt", 1, 2));
    var m = verbs.match(s, 1).orElseThrow();
    assertEquals("endorsing", m.entry().verbClass().json());
    assertEquals("pointed out", m.text());
    assertEquals(3, m.tokenEnd());
    assertTrue(verbs.match(s, 5).isEmpty(), "fail is no reporting verb");

    var noun = Fixtures.sentence("the/DT claim/NN/O/claim");
    assertTrue(verbs.match(noun, 1).isEmpty(), "a noun is not a reporting verb");

    var acc = Fixtures.sentence("According/VBG/O/accord to/IN officials/NNS");
    var am = verbs.match(acc, 0).orElseThrow();
    assertEquals("According to", am.text());
    assertEquals("neutral", am.entry().verbClass().json());

    var slam = Fixtures.sentence("He/PRP lashed/VBD/O/lash out/RP at/IN critics/NNS", new Dependency("compound:prt", 1, 2));
    assertEquals("lashed out", verbs.match(slam, 1).orElseThrow().text());
  }

  @Test
  void badFilesFail(@TempDir Path dir) throws Exception {
    String header = "#! name: rv\n#! version: 1\n#! licence: x\n#! description: x\n"
        + "#! category neutral: a\n#! category distancing: b\n#! category endorsing: c\n#! category emotive: d\n"
        + "#! columns: entry, category, particle, note\n";
    Path f = dir.resolve("reporting-verbs.tsv");
    Files.writeString(f, header + "say\tneutral\nsay\tneutral\n");
    assertThrows(InputException.class, () -> ReportingVerbs.load(f));
    Files.writeString(f, header + "say\tsneaky\n");
    InputException e = assertThrows(InputException.class, () -> ReportingVerbs.load(f));
    assertTrue(e.getMessage().contains("sneaky"), e.getMessage());
    Files.writeString(f, header.replace("#! category emotive: d\n", "") + "say\tneutral\n");
    assertThrows(InputException.class, () -> ReportingVerbs.load(f));
    Files.writeString(f, header + "point out\tendorsing\n");
    assertThrows(InputException.class, () -> ReportingVerbs.load(f));
  }
}
