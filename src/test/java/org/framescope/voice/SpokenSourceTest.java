package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.framescope.model.Dependency;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The voice gate and a verb of saying: "Nearly half said ...", "Associates say ...", "Another tweeted ..." are
 * someone's words, whatever noun or quantity names the speaker; "The figures showed ..." and a content that says
 * nothing ("Many said so") stay the outlet's.
 */
class SpokenSourceTest {
  private static List<AttributionAnalyzer> analyzers;

  @BeforeAll
  static void load() throws Exception {
    analyzers = List.of(AttributionAnalyzer.fromLexicons(Path.of("lexicons"), null),
        AttributionAnalyzer.fromLexicons(Path.of("lexicons")));
  }

  /** "SUBJECT VERB they prefer an outsider ." whose subject's head is its last word. */
  private static NlpSentence said(String subject, String verb, Dependency... subjectDeps) {
    return said(subject, subject.split(" ").length - 1, verb, subjectDeps);
  }

  /** "SUBJECT VERB they prefer an outsider ." whose subject's head is word {@code head} of it. */
  private static NlpSentence said(String subject, int head, String verb, Dependency... subjectDeps) {
    int n = subject.split(" ").length;
    List<Dependency> deps = new java.util.ArrayList<>(List.of(subjectDeps));
    deps.addAll(List.of(new Dependency("nsubj", n, head), new Dependency("root", -1, n),
        new Dependency("nsubj", n + 2, n + 1), new Dependency("ccomp", n, n + 2), new Dependency("det", n + 4, n + 3),
        new Dependency("obj", n + 2, n + 4), new Dependency("punct", n, n + 5)));
    return Fixtures.sentence(subject + " " + verb + " they/PRP prefer/VBP an/DT outsider/NN ./.",
        deps.toArray(Dependency[]::new));
  }

  private static List<org.framescope.voice.DetectedAttribution> found(AttributionAnalyzer an, NlpSentence s) {
    return an.analyze(new NlpDocument(s.text(), List.of(s), List.of("tokenize", "pos", "depparse"))).detected();
  }

  private static void voiced(NlpSentence s, boolean expected) {
    for (AttributionAnalyzer an : analyzers) {
      List<org.framescope.voice.DetectedAttribution> d = found(an, s);
      assertEquals(1, d.size(), () -> s.text() + ": " + d);
      assertEquals(expected, d.get(0).voiced(), () -> s.text() + ": " + d);
    }
  }

  @Test
  void aQuantityOrACommonNounSaysWhatFollowsAVerbOfSaying() {
    voiced(said("Nearly/RB half/NN", "said/VBD/O/say", new Dependency("advmod", 1, 0)), true);
    voiced(said("Associates/NNS", "say/VBP/O/say"), true);
    voiced(said("Another/DT", "tweeted/VBD/O/tweet"), true);
    voiced(said("About/RB 4/CD/NUMBER in/IN 10/CD/NUMBER", 1, "say/VBP/O/say", new Dependency("advmod", 1, 0),
        new Dependency("case", 3, 2), new Dependency("nmod", 1, 3)), true);
  }

  @Test
  void notWithAnotherVerbNorWithoutAStatement() {
    voiced(said("The/DT figures/NNS", "showed/VBD/O/show", new Dependency("det", 1, 0)), false);
    // "Many said so.": nothing predicated, the outlet's own words
    NlpSentence so = Fixtures.sentence("Many/JJ said/VBD/O/say so/RB ./.", new Dependency("nsubj", 1, 0),
        new Dependency("root", -1, 1), new Dependency("advmod", 1, 2), new Dependency("punct", 1, 3));
    for (AttributionAnalyzer an : analyzers) {
      assertTrue(found(an, so).stream().noneMatch(org.framescope.voice.DetectedAttribution::voiced),
          () -> found(an, so).toString());
    }
    assertFalse(analyzers.isEmpty());
  }
}
