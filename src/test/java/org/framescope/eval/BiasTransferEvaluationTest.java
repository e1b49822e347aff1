package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framescope.classify.BiasModel;
import org.framescope.classify.BiasTrainer;
import org.framescope.classify.Datasets;
import org.framescope.classify.FeatureConfig;
import org.framescope.classify.Labelled;
import org.framescope.classify.SmileFit;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BiasTransferEvaluationTest {
  @Test
  void aucIsTheRankStatisticWithTiesAsHalf() {
    // pos scores 0.9, 0.4; neg 0.5, 0.1: pairs (0.9>0.5, 0.9>0.1, 0.4<0.5, 0.4>0.1) = 3/4
    assertEquals(0.75, BiasTransferEvaluation.auc(new double[] {0.9, 0.4, 0.5, 0.1}, new int[] {1, 1, 0, 0}), 1e-12);
    assertEquals(0.5, BiasTransferEvaluation.auc(new double[] {0.3, 0.3}, new int[] {1, 0}), 1e-12);
    assertTrue(Double.isNaN(BiasTransferEvaluation.auc(new double[] {0.3, 0.4}, new int[] {1, 1})));
  }

  @Test
  void readsCsvWithEitherDelimiterBomAndAcceptedColumnNames(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.csv");
    Files.writeString(a, "\uFEFFsentence;label_bias;outlet\nA wild claim;Biased;X\nA plain fact;Non-biased;Y\n"
        + "Unclear one;No agreement;Y\n");
    BiasTransferEvaluation.Data d = BiasTransferEvaluation.read(a);
    assertEquals(2, d.rows().size());
    assertEquals(1, d.dropped());
    assertTrue(d.hasOutlet());
    assertEquals(new BiasTransferEvaluation.Row("A wild claim", true, "X"), d.rows().get(0));
    Path b = dir.resolve("b.csv");
    Files.writeString(b, "text,label\n\"Hello, world\",0\nBad stuff,1\n");
    BiasTransferEvaluation.Data e = BiasTransferEvaluation.read(b);
    assertEquals("Hello, world", e.rows().get(0).text());
    assertEquals(false, e.hasOutlet());
    Path c = dir.resolve("c.csv");
    Files.writeString(c, "words,label\nx,1\n");
    InputException ex = assertThrows(InputException.class, () -> BiasTransferEvaluation.read(c));
    assertTrue(ex.getMessage().contains("no text column"), ex.getMessage());
  }

  @Test
  void readsJsonlAndNamesTheBadLine(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.jsonl");
    Files.writeString(a, "{\"text\":\"One\",\"biased\":true,\"source\":\"s1\"}\n\n{\"text\":\"Two\",\"biased\":false}\n");
    BiasTransferEvaluation.Data d = BiasTransferEvaluation.read(a);
    assertEquals(2, d.rows().size());
    assertEquals("(none)", BiasTransferEvaluation.run(d, model(), "m", null).path("perOutlet").fieldNames().next());
    Path b = dir.resolve("b.jsonl");
    Files.writeString(b, "{\"text\":\"One\",\"label\":1}\n{oops\n");
    InputException ex = assertThrows(InputException.class, () -> BiasTransferEvaluation.read(b));
    assertTrue(ex.getMessage().contains("line 2"), ex.getMessage());
  }

  @Test
  void scoresWithTheModelAsItIsAndReportsPerOutlet(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("t.csv");
    Files.writeString(a, "text;label;outlet\nThe mayor pushed a disgraceful plan on Monday.;1;A\n"
        + "The council announced the budget on Monday.;0;A\nThe senator pushed a reckless report on Monday.;1;B\n"
        + "The agency published the policy on Monday.;0;B\n");
    BiasModel m = model();
    ObjectNode s = BiasTransferEvaluation.run(BiasTransferEvaluation.read(a), m, "test", null);
    assertEquals("framescope.evaluation.bias-transfer/1", s.path("schema").asText());
    assertEquals(1.0, s.path("rocAuc").asDouble(), 1e-9, s.toString());
    assertEquals(2, s.path("perOutlet").size());
    assertEquals(0.5, s.path("perOutlet").path("A").path("goldBiasedShare").asDouble(), 1e-9);
    double pa = (m.probability("The mayor pushed a disgraceful plan on Monday.")
        + m.probability("The council announced the budget on Monday.")) / 2;
    assertEquals(Math.round(pa * 1e4) / 1e4, s.path("perOutlet").path("A").path("meanProbability").asDouble(), 1e-9);
  }

  private static BiasModel model() {
    List<Labelled> rows = new java.util.ArrayList<>();
    String[] loaded = {"disgraceful", "radical", "shameful", "reckless", "outrageous", "corrupt"};
    String[] neutral = {"announced", "reported", "scheduled", "published", "confirmed", "noted"};
    for (int i = 0; i < 48; i++) {
      if (i % 2 == 0) {
        String w = loaded[(i / 2) % loaded.length];
        rows.add(new Labelled("The official pushed a " + w + " plan on day " + i + ".", true, List.of(w), "x"));
      } else {
        rows.add(new Labelled("The official " + neutral[(i / 2) % neutral.length] + " the plan on day " + i + ".",
            false, List.of(), "x"));
      }
    }
    BiasTrainer.Params p = new BiasTrainer.Params(FeatureConfig.DEFAULT, SmileFit.Family.LOGISTIC, List.of(1.0), 1.0,
        3, 42);
    return BiasTrainer.trainCalibrated(new Datasets.Babe(rows, 0, "0".repeat(64), Path.of("s.csv")), p, 3);
  }
}
