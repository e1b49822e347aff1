package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framescope.classify.OnnxCueTagger;
import org.framescope.io.Json;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cue tagger's commands on the hand-made PolNeAR compartment (src/test/resources/eval/polnear, our own text):
 * {@code train cue-sentences} writes pieces and labels, {@code evaluate polnear --profile accurate} runs the
 * tagger and names it; bad settings are usage errors naming the setting.
 */
@Tag("models")
class CueTaggerCommandsIT {
  private static final Path DATA = Path.of("src", "test", "resources", "eval", "polnear");
  @TempDir
  Path dir;

  private record Run(int code, String out, String err) { }

  private Run run(String... args) {
    StringWriter err = new StringWriter();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      int code = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err + stderr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void cueSentencesHoldPiecesGoldCueHeadsAndRoles() throws Exception {
    Path out = dir.resolve("cue.tsv");
    Run r = run("train", "cue-sentences", "--data", DATA.toString(), "--out", out.toString(),
        "--cache", dir.resolve("cache").toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(out);
    assertTrue(lines.size() >= 3, lines.toString());
    // "Officials said the talks failed ." : said (word 1) is the gold cue head
    String[] f = lines.get(0).split("\t");
    assertEquals(List.of("sample_2016-01-01_talks", "1", "0"), List.of(f[0], f[1], f[2]));
    String[] ids = f[3].split(",");
    String[] words = f[4].split(",");
    assertEquals(ids.length, words.length);
    assertEquals("101", ids[0]);
    assertEquals("102", ids[ids.length - 1]);
    assertEquals("-1", words[0]);
    assertEquals("1", f[5].split(",")[1]);
    assertEquals(6, f.length, "no roles column without --roles");
    Path withRoles = dir.resolve("roles.tsv");
    Run rr = run("train", "cue-sentences", "--data", DATA.toString(), "--out", withRoles.toString(), "--roles",
        "--cache", dir.resolve("cache").toString());
    assertEquals(0, rr.code(), rr.err());
    String[] g = Files.readAllLines(withRoles).get(0).split("\t");
    assertEquals(List.of(f), List.of(g).subList(0, 6), "the first six columns are the same");
    // each word's role in the gold attribution: source, cue, content, content, content, none (the full stop)
    assertEquals("1,2,3,3,3,0", g[6]);
    assertEquals(OnnxCueTagger.pieces(List.of("Officials", "said", "the", "talks", "failed", ".")).ids().length,
        ids.length);
  }

  @Test
  void evaluateWithTheAccurateProfileNamesTheTagger() throws Exception {
    Run r = run("evaluate", "polnear", "--data", DATA.toString(), "--profile", "accurate", "--format", "json",
        "--cache", dir.resolve("cache").toString());
    assertEquals(0, r.code(), r.err());
    JsonNode j = Json.mapper().readTree(r.out());
    assertTrue(j.path("model").asText().contains("cue tagger"), j.path("model").asText());
    assertEquals(OnnxCueTagger.shared(OnnxCueTagger.Shipped.ACCURATE).provenance().get("onnxSha256"), j.path("cueTagger").path("onnxSha256").asText());
    assertTrue(j.path("cue").path("f1").asDouble() > 0, j.toString());
    Run full = run("evaluate", "polnear", "--data", DATA.toString(), "--format", "json",
        "--cache", dir.resolve("cache").toString());
    assertEquals(0, full.code(), full.err());
    assertEquals(OnnxCueTagger.shared(OnnxCueTagger.Shipped.FULL).provenance().get("onnxSha256"),
        Json.mapper().readTree(full.out()).path("cueTagger").path("onnxSha256").asText(), "full's own tagger");
    Run alone = run("evaluate", "polnear", "--data", DATA.toString(), "--format", "json", "--no-cue-tagger",
        "--cache", dir.resolve("cache").toString());
    assertEquals(0, alone.code(), alone.err());
    assertTrue(Json.mapper().readTree(alone.out()).path("cueTagger").isMissingNode());
  }

  @Test
  void badSettingsAreUsageErrors() {
    Run fast = run("evaluate", "polnear", "--data", DATA.toString(), "--profile", "fast");
    assertEquals(2, fast.code());
    assertTrue(fast.err().contains("--profile must be full or accurate"), fast.err());
    Run mix = run("evaluate", "polnear", "--data", DATA.toString(), "--no-cue-tagger", "--cue-mix", "0.5,0.4");
    assertEquals(2, mix.code());
    assertTrue(mix.err().contains("--no-cue-tagger has no cue probability to mix"), mix.err());
    Run both = run("evaluate", "polnear", "--data", DATA.toString(), "--no-cue-tagger", "--cue-tagger",
        dir.toString());
    assertEquals(2, both.code());
    assertTrue(both.err().contains("exclude each other"), both.err());
    Run bad = run("evaluate", "polnear", "--data", DATA.toString(), "--profile", "accurate", "--cue-mix", "2,0.4");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("weight must be in [0, 1], got 2.0"), bad.err());
    Run rules = run("evaluate", "polnear", "--data", DATA.toString(), "--rules-only", "--cue-mix", "0.5,0.4");
    assertEquals(2, rules.code());
    assertTrue(rules.err().contains("--rules-only has no cue probability"), rules.err());
    Run missing = run("evaluate", "polnear", "--data", DATA.toString(), "--cue-tagger", dir.resolve("none").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("none"), missing.err());
  }
}
