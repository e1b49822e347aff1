package org.framescope.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.framescope.clean.BoilerplateRemover;
import org.framescope.ingest.Ingestor;
import org.framescope.ingest.OutletRegistry;
import org.framescope.model.CleanText;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing ingest and cleaning without models (issue 12): random and mutated HTML, text dumps, JSON and JSONL
 * (truncated, nested thousands deep, huge attributes, control characters, mixed scripts, right-to-left and
 * zero-width characters, colliding ids) go through {@link Ingestor} and {@link BoilerplateRemover}. Invariants:
 * nothing but {@link InputException} escapes; every problem is one line naming the input; every document has an
 * id, a source and the input's SHA-256; a record's or text dump's body is made of the input's own text; the same
 * bytes give the same documents and the same body. Figures go to docs/reliability.md.
 */
class IngestFuzzTest {
  private static final BoilerplateRemover CLEANER = new BoilerplateRemover();

  @TempDir
  Path dir;

  @Test
  void hostileInputsNeverEscapeIngestOrCleaning() {
    Trials.run("ingest-clean", 1000, r -> Hostile.any(r, 3000), this::check);
  }

  @Test
  void tenThousandTinyRecordsAreEachRead() {
    Trials.run("ten-thousand-records", 1, IngestFuzzTest::tinyRecords, (in, inv) -> {
      Read read = check(in, inv);
      // 104 of the records (every 97th) have an empty text: each is an error line, the others documents.
      assertEquals(10_000 - 104, read.docs().size(), "every record with text is a document");
      assertEquals(104, read.problems().size(), "every record without text is named");
      Set<String> sources = new HashSet<>();
      for (RawDocument d : read.docs()) {
        assertTrue(sources.add(d.source()), "each record has its own source: " + d.source());
      }
      inv.addAndGet(2 + sources.size());
    });
  }

  /** 10,000 records of a few words each, ids colliding, some without text. */
  private static Trials.Input tinyRecords(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      b.append("{\"id\":\"").append(i % 7).append("\",\"text\":\"").append(i % 97 == 0 ? "" : "Troops advanced "
          + i + (i % 3 == 0 ? " \u200b\u202e" : "") + ".").append("\"}\n");
    }
    return new Trials.Input("tiny.jsonl", b.toString().getBytes(StandardCharsets.UTF_8), "10,000 tiny records");
  }

  /** What reading one input gave. */
  record Read(List<RawDocument> docs, List<InputException> problems) { }

  /** Reads and cleans one input, asserting the invariants; returns the documents read and the problems. */
  private Read check(Trials.Input in, AtomicLong inv) throws Exception {
    Path file = Files.write(Files.createTempDirectory(dir, "in").resolve(in.fileName()), in.bytes());
    List<InputException> problems = new ArrayList<>();
    List<RawDocument> docs = read(file, problems);
    for (InputException e : problems) {
      assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), "one line: " + e.getMessage());
      assertTrue(e.getMessage().startsWith(file.toString()), "names the input: " + e.getMessage());
      inv.addAndGet(2);
    }
    List<CleanText> cleaned = new ArrayList<>();
    for (RawDocument d : docs) {
      assertFalse(d.id().isBlank(), "an id");
      assertTrue(d.source().startsWith(file.toString()), "a source naming the input: " + d.source());
      assertTrue(d.sha256().matches("[0-9a-f]{64}"), d.sha256());
      CleanText c = CLEANER.clean(d);
      assertNotNull(c.body());
      inv.addAndGet(4);
      if (d.format() != RawDocument.Format.HTML) {
        // Cleaning removes lines; it never makes up text: each body paragraph is the input's own words.
        String source = squash(d.content());
        for (String para : c.body().split("\n\n")) {
          assertTrue(source.contains(squash(para)), "body paragraph from the input: " + para);
          inv.incrementAndGet();
        }
      }
      cleaned.add(c);
    }
    // The same bytes again: the same documents, the same bodies.
    List<InputException> again = new ArrayList<>();
    List<RawDocument> docs2 = read(file, again);
    assertEquals(docs, docs2, "same documents");
    assertEquals(problems.stream().map(Throwable::getMessage).toList(), again.stream().map(Throwable::getMessage)
        .toList(), "same problems");
    for (int i = 0; i < docs2.size(); i++) {
      assertEquals(cleaned.get(i), CLEANER.clean(docs2.get(i)), "same cleaning");
    }
    inv.addAndGet(2 + docs2.size());
    return new Read(docs, problems);
  }

  private static List<RawDocument> read(Path file, List<InputException> problems) {
    Ingestor ing = new Ingestor(null, OutletRegistry.empty(), Ingestor.Options.defaults());
    Ingestor.InputRef ref = new Ingestor.InputRef(file, Ingestor.kindOf(file).orElseThrow());
    try {
      ing.check(ref);
      return ing.read(ref, problems::add);
    } catch (InputException e) {
      problems.add(e);
      return List.of();
    }
  }

  /** Text with whitespace (and the invisible characters cleaning may drop) squashed, for containment checks. */
  static String squash(String s) {
    return s.replaceAll("[\\s\\p{Cf}\\p{Cc}\u00a0\u2028\u2029]+", " ").strip();
  }
}
