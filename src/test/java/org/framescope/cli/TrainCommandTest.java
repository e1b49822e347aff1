package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framescope.classify.BiasModel;
import org.framescope.classify.StanceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** End to end on small synthetic files: train writes a model that loads and behaves, twice the same bytes. */
class TrainCommandTest {
  @Test
  void trainStanceWritesLoadableDeterministicModel(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    String[][] verbs = {{"praised", "6.0"}, {"attacked", "2.0"}, {"met", "4.0"}};
    for (int i = 0; i < 60; i++) {
      String v = verbs[i % 3][0];
      String s = "Officials said Smith " + v + " Jones on day " + (i % 9) + ".";
      int b = s.indexOf("Jones");
      lines.add("{\"primary_gid\": \"g" + i + "\", \"sentence_normalized\": \"" + s + "\", \"targets\": [{\"Input.gid\": \"t"
          + i + "\", \"from\": " + b + ", \"to\": " + (b + 5) + ", \"mention\": \"Jones\", \"polarity\": " + verbs[i % 3][1] + "}]}");
    }
    Path train = dir.resolve("train.jsonl");
    Files.write(train, lines);
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    assertEquals(0, new CommandLine(new TrainCommand()).execute("stance", "--data", train.toString(), "--devtest",
        train.toString(), "--out", a.toString()));
    assertEquals(0, new CommandLine(new TrainCommand()).execute("stance", "--data", train.toString(), "--devtest",
        train.toString(), "--out", b.toString()));
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    StanceModel m = StanceModel.load(a);
    String s = "Officials said Smith praised Jones on day 3.";
    double[] p = m.probabilities(s, s.indexOf("Jones"), s.indexOf("Jones") + 5);
    assertTrue(p[2] > p[0], "positive " + p[2] + " vs negative " + p[0]);
    assertEquals(60, m.provenance().path("targets").asInt());
    assertEquals("loaded.tsv", m.provenance().path("valenceLexicon").asText());
    assertEquals(64, m.provenance().path("valenceLexiconSha256").asText().length());
    assertTrue(m.lexicon().entries().size() > 100);
    assertEquals(2, new CommandLine(new TrainCommand()).execute("stance", "--data", train.toString(),
        "--valence-lexicon", dir.resolve("missing.tsv").toString(), "--out", a.toString()));
  }

  @Test
  void trainBiasWritesLoadableModel(@TempDir Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("\uFEFFtext;news_link;outlet;topic;type;label_bias;label_opinion;biased_words\n");
    String[] loaded = {"disgraceful", "radical", "shameful", "reckless", "outrageous"};
    String[] plain = {"announced", "reported", "scheduled", "published", "confirmed"};
    for (int i = 0; i < 50; i++) {
      if (i % 2 == 0) {
        String w = loaded[(i / 2) % 5];
        csv.append("The mayor pushed a ").append(w).append(" plan ").append(i % 7).append(";x;o;t;left;Biased;x;['")
            .append(w).append("']\n");
      } else {
        csv.append("The mayor ").append(plain[(i / 2) % 5]).append(" the plan ").append(i % 7)
            .append(";x;o;t;left;Non-biased;x;[]\n");
      }
    }
    Path data = dir.resolve("babe.csv");
    Files.writeString(data, csv.toString());
    Path out = dir.resolve("bias.json");
    assertEquals(0, new CommandLine(new TrainCommand()).execute("bias", "--data", data.toString(), "--folds", "3",
        "--out", out.toString()));
    BiasModel m = BiasModel.load(out);
    assertTrue(m.probability("The mayor pushed a shameful plan") > m.probability("The mayor announced the plan"));
    assertEquals(50, m.provenance().path("rows").asInt());
  }
}
