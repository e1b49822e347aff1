package org.framescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing that yields no article is silent: an empty directory, a manifest row whose file is missing or whose
 * record is not in its file, framescope's own run metadata named as an input; and the cheap checks that run
 * before any model loads.
 */
class SilentInputsTest {
  @TempDir
  Path dir;

  private final List<InputException> errors = new ArrayList<>();

  @Test
  void aDirectoryWithoutInputFilesIsAnError() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("README.md"), "# nothing here");
    assertEquals(List.of(), Ingestor.expand(List.of(empty), errors::add));
    assertEquals(List.of(empty + ": no input files in this directory (looked for .html, .htm, .txt,"
        + " .json, .jsonl (each may be gzipped: .html.gz ...))"),
        errors.stream().map(InputException::getMessage).toList());
  }

  @Test
  void runMetadataBesideArticlesIsSkippedAndRefusedWhenNamed() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("a.json"), "{\"id\":\"a\",\"text\":\"Troops advanced.\"}");
    Path run = Files.writeString(out.resolve("run.json"), "{\n  \"schema\" : \"framescope.run/1\",\n  \"inputs\" : 1\n}\n");
    Files.writeString(out.resolve("report.json"), "{\"schema\":\"framescope.report/1\"}");
    Files.createDirectories(out.resolve(".framescope-staging-1-1"));
    Files.writeString(out.resolve(".framescope-staging-1-1/b.json"), "{\"id\":\"b\",\"text\":\"Half\"}");
    List<Ingestor.InputRef> refs = Ingestor.expand(List.of(out), errors::add);
    assertEquals(List.of(out.resolve("a.json")), refs.stream().map(Ingestor.InputRef::path).toList());
    assertEquals(List.of(), errors);
    Ingestor.expand(List.of(run), errors::add);
    assertEquals(List.of(run + ": framescope run metadata (framescope.run/1), not an article or input record"),
        errors.stream().map(InputException::getMessage).toList());
  }

  @Test
  void manifestRowsThatNameNothingAreReported() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("c"));
    Path a = Files.writeString(corpus.resolve("a.txt"), "Title\nBody text.");
    Path feed = Files.writeString(corpus.resolve("feed.jsonl"), "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
    Files.writeString(corpus.resolve("elsewhere.txt"), "Title\nNot given as an input: no warning.");
    Path m = Files.writeString(corpus.resolve("manifest.csv"), "file,outlet\na.txt,A\nmissing.html,B\n"
        + "feed.jsonl#1,C\nfeed.jsonl#3,D\nelsewhere.txt,E\n");
    Ingestor ing = new Ingestor(Manifest.read(m), OutletRegistry.empty(), Ingestor.Options.defaults());
    for (Path p : List.of(a, feed)) {
      ing.read(new Ingestor.InputRef(p, Ingestor.kindOf(p).orElseThrow()), errors::add);
    }
    assertEquals(List.of(m + ":3: manifest row names 'missing.html', which does not exist",
        m + ":5: manifest row names 'feed.jsonl#3', but no article came from record 3 of that file"),
        ing.manifestRowsWithoutFile().stream().map(InputException::getMessage).toList());
    assertEquals(List.of(), new Ingestor(null, OutletRegistry.empty(), Ingestor.Options.defaults())
        .manifestRowsWithoutFile());
  }

  @Test
  void cheapChecksCatchWhatNeedsNoParsing() throws Exception {
    Ingestor ing = new Ingestor(null, OutletRegistry.empty(), new Ingestor.Options(null, null, 1000));
    Path empty = Files.write(dir.resolve("e.txt"), new byte[0]);
    Path blank = Files.writeString(dir.resolve("b.txt"), " \n\t\n");
    Path big = Files.writeString(dir.resolve("big.html"), "x".repeat(2000));
    Path bin = Files.write(dir.resolve("bin.txt"), new byte[] {'a', 0, 'b'});
    Path ok = Files.writeString(dir.resolve("ok.txt"), "Title\nBody.");
    Path bigFeed = Files.writeString(dir.resolve("feed.jsonl"), "{\"text\":\"" + "y".repeat(2000) + "\"}\n");
    assertEquals(empty + ": empty file", check(ing, empty));
    assertEquals(blank + ": empty file (only whitespace)", check(ing, blank));
    assertTrue(check(ing, big).startsWith(big + ": file too large"), check(ing, big));
    assertEquals(bin + ": binary file (NUL byte at offset 1), not text", check(ing, bin));
    assertEquals("", check(ing, ok));
    assertEquals("", check(ing, bigFeed), "corpus files have the corpus limit");
  }

  private static String check(Ingestor ing, Path p) {
    try {
      ing.check(new Ingestor.InputRef(p, Ingestor.kindOf(p).orElseThrow()));
      return "";
    } catch (InputException e) {
      return e.getMessage();
    }
  }

  @Test
  void anEmptyJsonArrayAndTrailingGarbageAreNotSilent() throws Exception {
    assertEquals(List.of(), JsonRecordReader.readJson("x.json", "x", "[]", errors::add));
    assertEquals(List.of(), errors, "the runner reports an input with no articles (CorpusRunnerTest)");
    assertEquals(List.of(), JsonRecordReader.readJson("y.json", "y", "{\"text\":\"a\"}}", errors::add));
    assertEquals(1, errors.size());
    assertEquals("y.json: malformed JSON (unexpected close marker '}': expected ']' at line 1, column 13)",
        errors.get(0).getMessage(), "content after the record is not silently dropped");
    assertThrows(IllegalArgumentException.class, () -> new Ingestor.Options(null, null, 0));
  }
}
