package org.framescope.compare;

import org.framescope.eval.EventGroupingEvaluation;
import org.framescope.stats.ClusterAgreement;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class EventGrouperTest {
  private static EventGrouper.Doc doc(String id, String text, String date, String... actors) {
    return new EventGrouper.Doc(id, text, date == null ? null : LocalDate.parse(date), Set.of(actors));
  }

  private static final List<EventGrouper.Doc> DOCS = List.of(
      doc("a1", "Flood waters swept through the river valley and villagers fled the dam break.", "2024-07-01"),
      doc("b1", "Parliament passed the sanctions package after a vote on trade and banks.", "2024-06-10"),
      doc("a2", "Villagers fled as flood waters from the broken dam filled the river valley.", "2024-07-02"),
      doc("b2", "The sanctions package passed parliament in a close vote on banks and trade.", "2024-06-11"));

  @Test
  void groupsByTopicAndNumbersClustersByFirstMember() {
    int[] labels = new EventGrouper(0.15, 3, 0.2).group(DOCS);
    assertArrayEquals(new int[] {0, 1, 0, 1}, labels);
  }

  @Test
  void dateWindowKeepsSimilarArticlesApart() {
    List<EventGrouper.Doc> docs = List.of(DOCS.get(0), doc("a3", DOCS.get(2).text(), "2024-08-15"));
    assertArrayEquals(new int[] {0, 1}, new EventGrouper(0.15, 3, 0.2).group(docs));
    assertArrayEquals(new int[] {0, 0}, new EventGrouper(0.15, 100, 0.2).group(docs));
    List<EventGrouper.Doc> undated = List.of(DOCS.get(0), doc("a3", DOCS.get(2).text(), null));
    assertArrayEquals(new int[] {0, 0}, new EventGrouper(0.15, 3, 0.2).group(undated));
  }

  @Test
  void sharedActorsRaiseSimilarity() {
    EventGrouper g = new EventGrouper(0.15, 3, 0.5);
    List<EventGrouper.Doc> without = List.of(doc("x", "alpha beta gamma", null), doc("y", "delta epsilon zeta", null));
    List<EventGrouper.Doc> with = List.of(doc("x", "alpha beta gamma", null, "Iran", "Israel"),
        doc("y", "delta epsilon zeta", null, "Iran", "Israel"));
    assertEquals(0.0, g.similarities(without)[0][1], 1e-12);
    assertEquals(0.5, g.similarities(with)[0][1], 1e-12);
    assertArrayEquals(new int[] {0, 0}, g.group(with));
  }

  @Test
  void badSettingsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new EventGrouper(0, 3, 0.2));
    assertThrows(IllegalArgumentException.class, () -> new EventGrouper(0.2, -1, 0.2));
    assertThrows(IllegalArgumentException.class, () -> new EventGrouper(0.2, 3, 1.5));
  }

  @Test
  void adjustedRandAndPurityMatchHandComputedValues() {
    int[] truth = {0, 0, 1, 1};
    assertEquals(1.0, ClusterAgreement.adjustedRand(truth, new int[] {5, 5, 7, 7}), 1e-12);
    // all four cells hold one item: index 0, expected 2*2/6, max 2 -> (0 - 2/3) / (2 - 2/3) = -0.5
    assertEquals(-0.5, ClusterAgreement.adjustedRand(truth, new int[] {0, 1, 0, 1}), 1e-12);
    assertEquals(0.5, ClusterAgreement.purity(truth, new int[] {0, 1, 0, 1}), 1e-12);
    int[] t2 = {0, 0, 0, 1, 1, 1};
    int[] p2 = {0, 0, 1, 1, 2, 2};
    // index 2, a = 6, b = 3, total 15: expected 1.2, max 4.5 -> 0.8 / 3.3
    assertEquals(0.8 / 3.3, ClusterAgreement.adjustedRand(t2, p2), 1e-12);
    assertEquals(5.0 / 6.0, ClusterAgreement.purity(t2, p2), 1e-12);
  }

  @Test
  void basilEventsAreRecoveredWhenTheDataIsPresent() throws Exception {
    Path basil = EventGroupingEvaluation.defaultBasilDir();
    Assumptions.assumeTrue(Files.isDirectory(basil.resolve("articles")), "BASIL not available at " + basil);
    List<EventGroupingEvaluation.Item> items = EventGroupingEvaluation.read(basil, Set.of("2010", "2011"));
    CompareConfig c = CompareConfig.defaults();
    EventGroupingEvaluation.Score s = EventGroupingEvaluation.evaluate(items,
        new EventGrouper(c.eventThreshold(), c.dateWindowDays(), c.actorWeight()));
    assertTrue(s.ari() > 0.8, s.toString());
    assertTrue(s.purity() > 0.9, s.toString());
  }
}
