package org.framescope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framescope.ingest.Ingestor;
import org.framescope.ingest.OutletRegistry;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus runner hands results on in input order whatever the thread count, counts failed inputs, makes ids
 * unique within the run, reports inputs that yield nothing, and skips an article that outlives its time budget.
 */
class CorpusRunnerTest {
  @TempDir
  Path dir;

  @Test
  void resultsComeInInputOrderAndFailuresAreCounted() throws Exception {
    List<Ingestor.InputRef> refs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Path f = dir.resolve(String.format("a%02d.txt", i));
      // Every seventh input is empty: an input error that must not stop the others.
      Files.writeString(f, i % 7 == 3 ? "" : "Headline " + i + "\n\nTroops advanced on day " + i + ".\n");
      refs.add(new Ingestor.InputRef(f, Ingestor.Kind.TEXT, dir));
    }
    Ingestor ingestor = new Ingestor(null, OutletRegistry.empty(), Ingestor.Options.defaults());
    for (int threads : new int[] {1, 2, 5}) {
      List<String> ids = new ArrayList<>();
      List<InputException> errors = new ArrayList<>();
      CorpusRunner.Summary s = new CorpusRunner(ingestor, ArticlePipelineTest.full().build(), threads, System.err,
          errors::add).run(refs, false, (ArticleResult r) -> ids.add(r.id()));
      assertEquals(40, s.inputs());
      assertEquals(6, s.failed(), errors.toString());
      assertEquals(34, s.articles());
      assertEquals(ids.stream().sorted().toList(), ids, "input order with " + threads + " threads");
      assertTrue(errors.stream().allMatch(e -> e.getMessage().contains(".txt")), errors.toString());
    }
  }

  /**
   * Tasks take up to {@link CorpusRunner#BATCH} articles, fewer near the end so every thread has work; a failure
   * inside a batch (a later stage throwing for one article) is that article's alone and its error comes in input
   * order, between a reading error before it and one after it.
   */
  @Test
  void batchesKeepInputOrderAndIsolateAFailure() throws Exception {
    Ingestor ingestor = new Ingestor(null, OutletRegistry.empty(), Ingestor.Options.defaults());
    CorpusRunner two = new CorpusRunner(ingestor, ArticlePipelineTest.full().build(), 2, System.err, e -> { });
    assertEquals(8, two.batchSize(1000));
    assertEquals(2, two.batchSize(8));
    assertEquals(1, two.batchSize(3));
    long[] sizes = {600_000, 600_000, 10, 10, 999_990, 5};
    assertEquals(1, CorpusRunner.fill(k -> sizes[k], 0, 6), "two long articles are not batched together");
    assertEquals(4, CorpusRunner.fill(k -> sizes[k], 1, 6), "short ones join a long one up to the limit");
    assertEquals(6, CorpusRunner.fill(k -> sizes[k], 4, 6), "999,995 characters together fit");
    assertEquals(3, CorpusRunner.fill(k -> sizes[k], 2, 3), "never past the count limit");
    assertEquals(5, CorpusRunner.fill(k -> 2_000_000, 4, 6), "an article longer than the limit is a batch alone");
    Stage fragile = new ArticlePipelineTest.Stub("fragile", java.util.Set.of(Annotation.SENTENCES),
        java.util.Set.of(), StageProvenance.NONE, s -> {
          if (s.raw().content().contains("BOOM")) {
            throw new IllegalStateException("boom");
          }
        });
    ArticlePipeline p = ArticlePipelineTest.full().add(fragile).build();
    List<Ingestor.InputRef> refs = new ArrayList<>();
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      Path f = dir.resolve(String.format("p%02d.txt", i));
      Files.writeString(f, i == 20 ? "" : "Headline " + i + "\n\n" + (i == 19 || i == 45 ? "BOOM. " : "")
          + "Troops advanced on day " + i + ".\n");
      refs.add(new Ingestor.InputRef(f, Ingestor.Kind.TEXT, dir));
      jsonl.append("{\"id\":\"r").append(String.format("%02d", i)).append("\",\"text\":\"")
          .append(i == 33 ? "BOOM. " : "").append("Ships left port ").append(i).append(".\"}\n");
    }
    refs.add(new Ingestor.InputRef(Files.writeString(dir.resolve("feed.jsonl"), jsonl), Ingestor.Kind.JSONL, dir));
    List<String> expectedIds = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      if (i != 19 && i != 20 && i != 45) {
        expectedIds.add(String.format("p%02d", i));
      }
    }
    for (int i = 0; i < 60; i++) {
      if (i != 33) {
        expectedIds.add(String.format("r%02d", i));
      }
    }
    for (int threads : new int[] {1, 2, 3}) {
      List<String> ids = new ArrayList<>();
      List<InputException> errors = new ArrayList<>();
      CorpusRunner.Summary s = new CorpusRunner(ingestor, p, threads, System.err, errors::add)
          .run(refs, false, (ArticleResult r) -> ids.add(r.id()));
      assertEquals(expectedIds, ids, threads + " threads");
      assertEquals(4, s.failed(), errors.toString());
      assertEquals(List.of("p19.txt", "p20.txt", "p45.txt", "feed.jsonl"), errors.stream()
          .map(e -> Path.of(e.getMessage().substring(0, e.getMessage().indexOf(':'))).getFileName().toString()
              .replaceAll("#.*", "")).toList(), errors.toString());
      assertTrue(errors.get(0).getMessage().endsWith("analysis failed (IllegalStateException: boom)"),
          errors.get(0).getMessage());
    }
  }

  /** A JSONL file read as it is analysed: its records in order, and its errors where they occur in the file. */
  @Test
  void aJsonlFileIsStreamedWithItsErrorsInPlace() throws Exception {
    Stage fragile = new ArticlePipelineTest.Stub("fragile", java.util.Set.of(Annotation.SENTENCES),
        java.util.Set.of(), StageProvenance.NONE, s -> {
          if (s.raw().content().contains("BOOM")) {
            throw new IllegalStateException("boom");
          }
        });
    ArticlePipeline p = ArticlePipelineTest.full().add(fragile).build();
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    List<String> expectedIds = new ArrayList<>();
    for (int line = 1; line <= 300; line++) {
      String text = (line == 200 ? "BOOM. " : "") + "Ships left port " + line + ".";
      if (line == 50) {
        b.writeBytes("{\"id\": \"r50\", \"text\": \n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      } else if (line == 120) {
        b.writeBytes("{\"id\": \"r120\", \"text\": \"caf".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        b.write(0xE9);
        b.writeBytes("\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      } else {
        b.writeBytes(("{\"id\": \"r" + line + "\", \"text\": \"" + text + "\"}\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (line != 200) {
          expectedIds.add("r" + line);
        }
      }
    }
    Path feed = Files.write(dir.resolve("feed.jsonl"), b.toByteArray());
    Path after = Files.writeString(dir.resolve("after.txt"), "Headline\n\nTroops advanced.\n");
    expectedIds.add("after");
    List<Ingestor.InputRef> refs = List.of(new Ingestor.InputRef(feed, Ingestor.Kind.JSONL, dir),
        new Ingestor.InputRef(after, Ingestor.Kind.TEXT, dir));
    Ingestor ingestor = new Ingestor(null, OutletRegistry.empty(), Ingestor.Options.defaults());
    for (int threads : new int[] {1, 2, 3}) {
      List<String> ids = new ArrayList<>();
      List<InputException> errors = new ArrayList<>();
      List<String> events = new ArrayList<>(); // results and errors as they are handed on
      CorpusRunner.Summary s = new CorpusRunner(ingestor, p, threads, System.err, e -> {
        errors.add(e);
        events.add(e.getMessage().substring(0, e.getMessage().indexOf(": ")));
      }).run(refs, false, (ArticleResult r) -> {
        ids.add(r.id());
        events.add(r.id());
      });
      assertEquals(expectedIds, ids, threads + " threads");
      assertEquals(List.of(feed + ":50", feed + ":120", feed + "#200"), errors.stream()
          .map(e -> e.getMessage().substring(0, e.getMessage().indexOf(": "))).toList(), errors.toString());
      assertEquals(List.of("r49", feed + ":50", "r51"), events.subList(events.indexOf("r49"), events.indexOf("r51") + 1),
          "a line's error comes where the line is");
      assertEquals(List.of("r119", feed + ":120", "r121"), events.subList(events.indexOf("r119"),
          events.indexOf("r121") + 1));
      assertEquals(3, s.failed());
      assertEquals(298, s.articles());
    }
    // The progress bar counts bytes, so it reaches the end with one large file too, and counts the articles.
    java.io.ByteArrayOutputStream shown = new java.io.ByteArrayOutputStream();
    new CorpusRunner(ingestor, p, 2, new java.io.PrintStream(shown, true, java.nio.charset.StandardCharsets.UTF_8),
        e -> { }).run(refs, true, (ArticleResult r) -> { });
    String last = shown.toString(java.nio.charset.StandardCharsets.UTF_8).replace('\r', '\n').lines()
        .filter(l -> !l.isBlank()).reduce((a, c) -> c).orElse("");
    assertTrue(last.contains("100%") && last.contains(" KB") && last.contains("298 articles, 3 failed"), last);
  }

  private static CorpusRunner runner(ArticlePipeline p, List<InputException> errors) {
    return new CorpusRunner(new Ingestor(null, OutletRegistry.empty(), Ingestor.Options.defaults()), p, 2, System.err,
        errors::add);
  }

  @Test
  void reusedIdsBecomeUniqueAndTheOriginalIdIsKept() throws Exception {
    // Two feeds that both number their records from 1, and a page beside its own text dump.
    Path a = Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"1\",\"text\":\"Troops advanced.\"}\n"
        + "{\"id\":\"2\",\"text\":\"Talks resumed.\"}\n");
    Path b = Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"1\",\"text\":\"Ships left.\"}\n"
        + "{\"id\":\"2\",\"text\":\"Ports closed.\"}\n");
    Path html = Files.writeString(dir.resolve("story.html"), "<html><body><p>The port reopened.</p></body></html>");
    Path txt = Files.writeString(dir.resolve("story.txt"), "Story\n\nThe port reopened.\n");
    List<Ingestor.InputRef> refs = Ingestor.expand(List.of(dir), e -> { });
    assertEquals(List.of(a, b, html, txt), refs.stream().map(Ingestor.InputRef::path).toList());
    List<ArticleResult> got = new ArrayList<>();
    List<InputException> errors = new ArrayList<>();
    CorpusRunner.Summary s = runner(ArticlePipelineTest.full().build(), errors).run(refs, false, got::add);
    assertEquals(List.of(), errors);
    assertEquals(List.of("1", "2", "b.jsonl#1", "b.jsonl#2", "story", "story.txt"),
        got.stream().map(ArticleResult::id).toList());
    assertEquals(List.of("1", "2", "1", "2", "story", "story"), got.stream().map(ArticleResult::originalId).toList());
    assertEquals(b + "#1", got.get(2).source(), "the source is kept");
    assertEquals(3, s.renamed());
  }

  @Test
  void anInputThatYieldsNothingIsAnError() throws Exception {
    Path empty = Files.writeString(dir.resolve("none.json"), "[]");
    List<InputException> errors = new ArrayList<>();
    CorpusRunner.Summary s = runner(ArticlePipelineTest.full().build(), errors)
        .run(List.of(new Ingestor.InputRef(empty, Ingestor.Kind.JSON)), false, r -> { });
    assertEquals(1, s.failed());
    assertEquals(empty + ": no articles in this input (nothing to analyze)", errors.get(0).getMessage());
  }

  @Test
  void anArticleOverItsTimeBudgetIsSkippedAndTheRunGoesOn() throws Exception {
    java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
    org.framescope.clean.Cleaner stalls = d -> {
      if (d.content().contains("STALL")) {
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted");
        }
      }
      return ArticlePipelineTest.KEEP.clean(d);
    };
    ArticlePipeline p = ArticlePipeline.builder()
        .record(new StageProvenance(java.util.Map.of(), java.util.Map.of(),
            java.util.Map.of(CorpusRunner.BUDGET_KEY, "1")))
        .add(new CleanStage(stalls))
        .add(new NlpStage(ArticlePipelineTest.RAW, java.util.Map.of("profile", "stub")))
        .add(ArticlePipelineTest.voice(java.util.Map.of())).add(ArticlePipelineTest.lexicon())
        .add(ArticlePipelineTest.bias()).add(new SentenceStage()).add(ArticlePipelineTest.stance()).build();
    List<Ingestor.InputRef> refs = new ArrayList<>();
    for (String name : List.of("a", "b", "c")) {
      Path f = Files.writeString(dir.resolve(name + ".txt"), "T\n\n" + (name.equals("b") ? "STALL here." : "Fine.") + "\n");
      refs.add(new Ingestor.InputRef(f, Ingestor.Kind.TEXT, dir));
    }
    List<InputException> errors = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    CorpusRunner r = runner(p, errors);
    assertEquals(1000, r.budgetMillis());
    CorpusRunner.Summary s = r.run(refs, false, a -> ids.add(a.id()));
    assertEquals(List.of("a", "c"), ids);
    assertEquals(1, s.timedOut());
    assertEquals(1, s.failed());
    assertEquals(dir.resolve("b.txt") + ": skipped: analysis took longer than the time budget of 1 s (raise it with"
        + " --time-budget)", errors.get(0).getMessage());
    assertEquals("1", p.provenance().config().get(CorpusRunner.BUDGET_KEY), "the budget is in every article's provenance");
  }
}
