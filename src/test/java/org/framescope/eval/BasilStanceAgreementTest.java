package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framescope.model.ArticleResult;
import org.framescope.voice.ActorRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BasilStanceAgreementTest {
  static ActorRegistry registry;
  static org.framescope.voice.VoiceWords words;

  @BeforeAll
  static void load() throws Exception {
    registry = ActorRegistry.fromLexicons(Path.of("lexicons"));
    words = org.framescope.voice.VoiceWords.fromLexicons(Path.of("lexicons"));
  }

  @Test
  void mapsEntitiesToStanceKeysLikeThePipeline() {
    // A named person is their own stance key (stance toward a leader is not stance toward the country).
    assertEquals(new BasilStanceAgreement.Mapping("name", "Barack Obama", "Barack Obama"),
        BasilStanceAgreement.map("Barack Obama", registry, words));
    // A party counts for itself, not for its country (a state's institutions do: the State Department).
    assertEquals("Republican Party", BasilStanceAgreement.map("Republicans", registry, words).key());
    assertEquals("United States", BasilStanceAgreement.map("State Department", registry, words).key());
    assertEquals("New York Times", BasilStanceAgreement.map("New York Times", registry, words).key());
    assertEquals("Vicente Fox", BasilStanceAgreement.map("Vicente Fox", registry, words).key());
    assertEquals(new BasilStanceAgreement.Mapping("last-word", "Barack Obama", "Barack Obama"),
        BasilStanceAgreement.map("Citizen Obama", registry, words));
    assertEquals("none", BasilStanceAgreement.map("Ann Example", registry, words).route());
    // another member of a family is not the registered one: Liz Cheney is not Dick Cheney
    assertEquals("Dick Cheney", BasilStanceAgreement.map("Vice President Cheney", registry, words).key());
    assertEquals("none", BasilStanceAgreement.map("Liz Cheney", registry, words).route());
    assertEquals("none", BasilStanceAgreement.map("protestors", registry, words).route());
    assertEquals("none", BasilStanceAgreement.map("police", registry, words).route());
  }

  @Test
  void summaryOnFixture() throws Exception {
    List<BasilArticle> arts = BasilCorpus.load(Results.FIXTURE);
    Map<String, ArticleResult> res = new TreeMap<>();
    for (BasilArticle a : arts) {
      Map<String, Double> stance = switch (a.source()) {
        case "fox" -> Map.of("Republican Party", -0.3, "United States", 0.4);
        case "nyt" -> Map.of("Republican Party", 0.05, "Mexico", 0.5);
        default -> Map.of();
      };
      res.put(a.id(), Results.result(a, Map.of(), new double[0], stance));
    }
    List<BasilStanceAgreement.Item> items = BasilStanceAgreement.items(arts, res, registry, words);
    assertEquals(6, items.size());
    BasilStanceAgreement.Item first = items.get(0);
    assertEquals("Ann Example", first.entity());
    assertNull(first.key());
    BasilStanceAgreement.Summary s = BasilStanceAgreement.summarize(arts.size(), items);
    assertEquals(BasilStanceAgreement.SCHEMA, s.schema());
    assertEquals(6, s.entityAnnotations());
    assertEquals(Map.of("neg", 2, "neu", 3, "pos", 1), s.goldDistribution());
    assertEquals(3, s.mapped());
    assertEquals(Map.of("Republican Party", 3), s.mappedKeys()); // not the country's score

    assertEquals(List.of("Ann Example (3)"), s.unmappedEntities());
    assertEquals(2, s.scored());
    assertEquals(2.0 / 6, s.coverage(), 1e-12);
    assertEquals(2.0 / 3, s.coverageOfMapped(), 1e-12);
    assertEquals(0.5, s.accuracy(), 1e-12);
    assertEquals(1.0, s.majorityBaselineAccuracy(), 1e-12);
    assertEquals(1, s.confusion().get("neu").get("neg"));
    assertEquals(1, s.confusion().get("neu").get("neu"));
    // F1 neg = 0 (predicted once, never gold), neu = 2/3, pos absent: macro 1/3
    assertEquals(1.0 / 3, s.macroF1(), 1e-12);
    assertEquals(0.0, s.kappa(), 1e-12);
    assertTrue(Double.isNaN(s.spearman()));
    assertEquals(2, s.spearmanN());
    assertEquals(2, s.unambiguousScored());
    assertEquals(0.5, s.unambiguousAccuracy(), 1e-12);
    assertTrue(BasilStanceAgreement.markdown(s).contains("| macro-F1 | 0.333"));
  }

  @Test
  void entitiesSharingAKeyAreCountedAndLeftOutOfTheUnambiguousSubset() {
    List<BasilStanceAgreement.Item> items = List.of(
        new BasilStanceAgreement.Item("a1", "fox", "Barack Obama", "neu", "name", "United States", "neg", -0.5),
        new BasilStanceAgreement.Item("a1", "fox", "Republicans", "neg", "name", "United States", "neg", -0.5),
        new BasilStanceAgreement.Item("a2", "nyt", "Barack Obama", "pos", "name", "United States", "pos", 0.4),
        new BasilStanceAgreement.Item("a2", "nyt", "Ann Example", "neg", "none", null, null, null));
    BasilStanceAgreement.Summary s = BasilStanceAgreement.summarize(2, items);
    assertEquals(1, s.keysWithConflictingGold());
    assertEquals(3, s.scored());
    assertEquals(2.0 / 3, s.accuracy(), 1e-12);
    assertEquals(1, s.unambiguousScored());
    assertEquals(1.0, s.unambiguousAccuracy(), 1e-12);
    // scores -0.5, -0.5, 0.4 vs -1/0/+1 labels 0, -1, 1: ranks (1.5, 1.5, 3) vs (2, 1, 3) -> rho = 0.866...
    assertEquals(Math.sqrt(3) / 2, s.spearman(), 1e-12);
  }

  @Test
  void missingResultIsAnError() throws Exception {
    List<BasilArticle> arts = BasilCorpus.load(Results.FIXTURE);
    assertThrows(IllegalArgumentException.class, () -> BasilStanceAgreement.items(arts, Map.of(), registry, words));
  }
}
