package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.framescope.gold.GoldAnnotation;
import org.framescope.gold.GoldDocument;
import org.framescope.gold.GoldFile;
import org.framescope.gold.GoldIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AgreementCommandTest {
  private static final String SHA = "c".repeat(64);

  private static GoldAnnotation voice(int b, int e, String label) {
    TreeMap<String, String> at = new TreeMap<>();
    if (!"author".equals(label)) {
      at.put("speaker", "Jane Roe");
    }
    return new GoldAnnotation(b, e, "voice", label, at);
  }

  private static String[] run(Object cmd, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(cmd).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void jsonOutputHasKappaAndAlpha(@TempDir Path dir) throws Exception {
    // Items (A, B): author-author, quote-author. po = 1/2; A: author 1, quote 1; B: author 2.
    // pe = (1*2 + 1*0) / 4 = 1/2, kappa = (1/2 - 1/2) / (1/2) = 0.
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    GoldIO.write(new GoldFile("A", List.of(new GoldDocument("d", "d.txt", "raw", SHA,
        List.of(voice(0, 10, "author"), voice(11, 20, "quote"))))), a);
    GoldIO.write(new GoldFile("B", List.of(new GoldDocument("d", "d.txt", "raw", SHA,
        List.of(voice(0, 10, "author"), voice(11, 20, "author"))))), b);
    String[] r = run(new AgreementCommand(), a.toString(), b.toString(), "--format", "json");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("\"cohenKappa\" : 0.0"), r[1]);
    assertTrue(r[1].contains("\"percentAgreement\" : 0.5"), r[1]);
    String[] t = run(new AgreementCommand(), a.toString(), b.toString());
    assertTrue(t[1].contains("voice"), t[1]);
  }

  @Test
  void skippedDocumentExitsOne(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    GoldIO.write(new GoldFile("A", List.of(new GoldDocument("d", "d.txt", "raw", SHA, List.of(voice(0, 9, "author"))),
        new GoldDocument("only-a", "x.txt", "raw", SHA, List.of(voice(0, 9, "author"))))), a);
    GoldIO.write(new GoldFile("B", List.of(new GoldDocument("d", "d.txt", "raw", SHA,
        List.of(voice(0, 9, "author"))))), b);
    String[] r = run(new AgreementCommand(), a.toString(), b.toString());
    assertEquals("1", r[0]);
    assertTrue(r[2].contains("document 'only-a' skipped: annotated by one file only"), r[2]);
  }

  @Test
  void badFileAndBadUnitExitTwo(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.json");
    GoldIO.write(new GoldFile("A", List.of()), a);
    String[] r = run(new AgreementCommand(), a.toString(), dir.resolve("missing.json").toString());
    assertEquals("2", r[0]);
    assertTrue(r[2].startsWith(dir.resolve("missing.json").toString()), r[2]);
    assertEquals("2", run(new AgreementCommand(), a.toString(), a.toString(), "--unit", "word")[0]);
  }

  @Test
  void validateGoldExitCodes(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.json");
    GoldIO.write(new GoldFile("A", List.of()), a);
    assertEquals("0", run(new ValidateGoldCommand(), a.toString())[0]);
    java.nio.file.Files.writeString(dir.resolve("bad.json"), "{}");
    String[] r = run(new ValidateGoldCommand(), dir.resolve("bad.json").toString());
    assertEquals("1", r[0]);
    assertTrue(r[2].contains("bad.json: schema must be framescope.gold/1"), r[2]);
  }
}
