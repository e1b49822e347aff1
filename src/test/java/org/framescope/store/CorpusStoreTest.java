package org.framescope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framescope.ingest.Ingestor;
import org.framescope.ingest.OutletRegistry;
import org.framescope.io.ArticleJson;
import org.framescope.model.ActorStance;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.model.RemovedBlock;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;
import org.framescope.model.Speaker;
import org.framescope.model.SpeakerType;
import org.framescope.model.StanceScore;
import org.framescope.model.Voice;
import org.framescope.model.VoiceSegment;
import org.framescope.pipeline.ArticlePipelineTest;
import org.framescope.pipeline.CorpusRunner;
import org.framescope.testing.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus store without CoreNLP: rows of an article, one configuration per store, skip-what-is-stored on a
 * rerun and on a grown corpus (the stub pipeline), duplicates stored once, exports deterministic and equal to
 * what {@code analyze} writes, Parquet read back.
 */
class CorpusStoreTest {
  @TempDir
  Path dir;

  private static final StoreConfig CONFIG = StoreConfig.of(Map.of("profile", "fast", "pipeline", "p1"));

  static ArticleResult article(String id, String sha) {
    String body = "The regime claimed victory. \u201cIt is a lie,\u201d Ann Lee said.";
    Speaker ann = new Speaker("Ann Lee", null, "Ukraine", SpeakerType.GOVERNMENT);
    return Articles.article(id).source(id + ".html").title("T " + id).outlet("Wire").published("2026-01-02")
        .event("e1").group("independent").body(body)
        .removed(List.of(new RemovedBlock("Home | News", "navigation")))
        .sentences(List.of(
            new SentenceResult(0, 0, 27, body.substring(0, 27), Voice.AUTHOR, null,
                List.of(new VoiceSegment(0, 27, Voice.AUTHOR, null)),
                List.of(new Span(4, 10, "regime", "label", "lexicon:labels.tsv@1", "delegitimizing", -1, 1, false,
                    "government-word:regime")), null),
            new SentenceResult(1, 28, body.length(), body.substring(28), Voice.QUOTE, ann,
                List.of(new VoiceSegment(28, 43, Voice.QUOTE, ann), new VoiceSegment(43, body.length(), Voice.AUTHOR,
                    null)),
                List.of(new Span(38, 41, "lie", "loaded", "lexicon:loaded.tsv@1", "judgement", -1, 2, false, null)),
                null)))
        .stance(Map.of("Ukraine", new ActorStance(null, null, 0, List.of(),
            new StanceScore(-0.5, "negative", 1, List.of(1)))))
        .frames(Map.of("political", 1.0)).metrics(Map.of("tokens", 14.0, "loadedQuoted", 1.0))
        .flags(List.of("keyword stuffing")).provenance(Articles.provenance(sha)).build();
  }

  @Test
  void anArticleBecomesRowsInEveryTableAndReadsBackByteForByte() throws Exception {
    ArticleResult a = article("a1", "s1");
    Map<String, List<Object[]>> rows = ArticleRows.rows(a, CONFIG.fingerprint());
    assertEquals(List.of("articles", "removed", "sentences", "segments", "spans", "attributions", "stance", "metrics",
        "frames"), new ArrayList<>(rows.keySet()));
    assertEquals(1, rows.get("articles").size());
    assertEquals(2, rows.get("sentences").size());
    assertEquals(3, rows.get("segments").size());
    assertEquals(2, rows.get("spans").size());
    assertEquals(2, rows.get("stance").size(), "author row (score null) and quoted row");
    assertEquals("quote", rows.get("spans").get(1)[13], "span voice from the segment holding it");
    for (StoreSchema.Table t : StoreSchema.RESULT_TABLES) {
      for (Object[] r : rows.get(t.name())) {
        assertEquals(t.columns().size(), r.length, t.name());
      }
    }
    Path db = dir.resolve("c.duckdb");
    try (CorpusStore s = CorpusStore.open(db)) {
      assertEquals(List.of(), s.bind(CONFIG));
      assertTrue(s.put(a));
      assertFalse(s.put(a), "the same key is stored once");
      assertEquals(1, s.count("articles"));
      assertEquals(2, s.count("spans"));
    }
    try (CorpusStore s = CorpusStore.openReadOnly(db)) {
      assertEquals(List.of(ArticleJson.toJson(a)), s.documents());
      assertEquals(List.of(a), s.articles());
      assertEquals(CONFIG, s.config().orElseThrow());
    }
  }

  /**
   * Only the article key is enforced by the database (the rows under an article have no index); a second write
   * of a stored article, even one that gets past the store's own key set, fails on the article row and takes
   * all its other rows with it, so nothing is doubled.
   */
  @Test
  void aDoubledArticleIsRefusedWithAllItsRows() throws Exception {
    for (StoreSchema.Table t : StoreSchema.ALL_TABLES) {
      assertEquals(t.key().size() == 1, t.ddl().contains("PRIMARY KEY"), t.ddl());
    }
    Map<String, List<Object[]>> rows = ArticleRows.rows(article("a1", "s1"), CONFIG.fingerprint());
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("raw.duckdb"))) {
      try (java.sql.Statement st = c.createStatement()) {
        for (StoreSchema.Table t : StoreSchema.ALL_TABLES) {
          st.execute(t.ddl());
        }
      }
      insertAll(c, rows);
      assertThrows(java.sql.SQLException.class, () -> insertAll(c, rows));
      try (java.sql.Statement st = c.createStatement()) {
        for (StoreSchema.Table t : StoreSchema.RESULT_TABLES) {
          try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM " + t.name())) {
            rs.next();
            assertEquals(rows.get(t.name()).size(), rs.getInt(1), t.name());
          }
        }
      }
    }
  }

  /** One transaction: the article row last, as a child written before it must be rolled back with it. */
  private static void insertAll(java.sql.Connection c, Map<String, List<Object[]>> rows) throws Exception {
    c.setAutoCommit(false);
    try {
      List<StoreSchema.Table> order = new ArrayList<>(StoreSchema.RESULT_TABLES.subList(1,
          StoreSchema.RESULT_TABLES.size()));
      order.add(StoreSchema.ARTICLES);
      for (StoreSchema.Table t : order) {
        String marks = String.join(", ", java.util.Collections.nCopies(t.columns().size(), "?"));
        try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.name() + " VALUES (" + marks
            + ")")) {
          for (Object[] r : rows.get(t.name())) {
            for (int i = 0; i < r.length; i++) {
              ps.setObject(i + 1, r[i]);
            }
            ps.execute();
          }
        }
      }
      c.commit();
    } catch (java.sql.SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  @Test
  void aStoreKeepsOneConfigurationAndNamesWhatDiffers() throws Exception {
    Path db = dir.resolve("c.duckdb");
    try (CorpusStore s = CorpusStore.open(db)) {
      assertEquals(List.of(), s.bind(CONFIG));
    }
    StoreConfig other = StoreConfig.of(Map.of("profile", "full", "pipeline", "p1"));
    try (CorpusStore s = CorpusStore.open(db)) {
      assertEquals(List.of("profile: fast (stored) -> full (this run)"), s.bind(other));
      assertThrows(IllegalStateException.class, () -> s.put(article("a1", "s1")), "an unbound store writes nothing");
      assertEquals(List.of(), s.bind(CONFIG));
    }
  }

  @Test
  void notADatabaseIsReportedWithTheFile() throws Exception {
    Path f = dir.resolve("x.duckdb");
    Files.writeString(f, "hello");
    InputException e = assertThrows(InputException.class, () -> CorpusStore.openReadOnly(f));
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    assertThrows(InputException.class, () -> CorpusStore.openReadOnly(dir.resolve("absent.duckdb")));
  }

  @Test
  void rerunAndGrownCorpusAnalyseOnlyWhatIsMissing() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < 5; i++) {
      Files.writeString(corpus.resolve("a" + i + ".txt"), "Headline " + i + "\n\nTroops advanced on day " + i + ".\n");
    }
    Files.writeString(corpus.resolve("feed.jsonl"), "{\"id\":\"r1\",\"text\":\"Troops left.\"}\n"
        + "{\"id\":\"r1\",\"text\":\"Troops left.\"}\n{\"id\":\"r2\",\"text\":\"Prices rose.\"}\n");
    Path db = dir.resolve("c.duckdb");
    StoreRun.Summary first = runOnce(db, corpus);
    assertEquals(7, first.analysed());
    assertEquals(1, first.duplicates(), "the repeated record is stored once");
    assertEquals(7, first.stored());
    StoreRun.Summary again = runOnce(db, corpus);
    assertEquals(0, again.analysed());
    assertEquals(8, again.skipped());
    Files.writeString(corpus.resolve("a9.txt"), "Headline 9\n\nTroops returned.\n");
    StoreRun.Summary grown = runOnce(db, corpus);
    assertEquals(1, grown.analysed());
    assertEquals(8, grown.stored());
    try (CorpusStore s = CorpusStore.openReadOnly(db)) {
      assertEquals(List.of("complete", "complete", "complete"), s.runs().stream().map(CorpusStore.Run::status).toList());
      assertEquals(List.of(7, 0, 1), s.runs().stream().map(CorpusStore.Run::analysed).toList());
    }
  }

  /**
   * Two inputs with one id: the run renames the second, and the store keys it by the id its input gave (as the
   * next run looks it up), so the next run finds both stored instead of writing the renamed one again.
   */
  @Test
  void anArticleRenamedInItsRunIsFoundStoredByTheNextRun() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("renamed"));
    Files.writeString(corpus.resolve("a.jsonl"), "{\"id\":\"x\",\"text\":\"Troops left the city.\"}\n");
    Files.writeString(corpus.resolve("b.jsonl"), "{\"id\":\"x\",\"text\":\"Prices rose in the capital.\"}\n");
    Path db = dir.resolve("r.duckdb");
    StoreRun.Summary first = runOnce(db, corpus);
    assertEquals(2, first.analysed());
    assertEquals(2, first.stored());
    StoreRun.Summary again = runOnce(db, corpus);
    assertEquals(0, again.analysed());
    assertEquals(2, again.skipped());
    assertEquals(2, again.stored());
    try (CorpusStore s = CorpusStore.openReadOnly(db)) {
      List<ArticleResult> stored = s.articles();
      assertEquals(2, stored.stream().map(ArticleResult::id).distinct().count(), stored.toString());
      assertEquals(List.of("x", "x"), stored.stream().map(ArticleResult::originalId).toList());
    }
  }

  private static StoreRun.Summary runOnce(Path db, Path corpus) throws InputException {
    List<InputException> errors = new ArrayList<>();
    try (CorpusStore s = CorpusStore.open(db)) {
      assertEquals(List.of(), s.bind(CONFIG));
      CorpusRunner runner = new CorpusRunner(new Ingestor(null, OutletRegistry.empty(), Ingestor.Options.defaults()),
          ArticlePipelineTest.full().build(), 2, System.err, errors::add);
      StoreRun.Summary r = StoreRun.run(s, runner, Ingestor.expand(List.of(corpus), errors::add), false, 2, "test",
          a -> a);
      assertEquals(List.of(), errors);
      return r;
    }
  }

  @Test
  void exportsAreDeterministicAndMatchAnalyzeOutput() throws Exception {
    Path db = dir.resolve("c.duckdb");
    List<ArticleResult> as = List.of(article("b2", "s2"), article("a1", "s1"), article("a1", "s3"));
    try (CorpusStore s = CorpusStore.open(db)) {
      s.bind(CONFIG);
      for (ArticleResult a : as) {
        assertTrue(s.put(a));
      }
    }
    Map<String, byte[]> first = new TreeMap<>();
    for (int round = 0; round < 2; round++) {
      for (StoreExport.Format f : StoreExport.Format.values()) {
        Path out = dir.resolve("x" + round + f);
        try (CorpusStore s = CorpusStore.openReadOnly(db)) {
          for (Path p : StoreExport.export(s, f, out)) {
            String name = f + "/" + p.getFileName();
            if (round == 0) {
              first.put(name, Files.readAllBytes(p));
            } else {
              assertArrayEquals(first.get(name), Files.readAllBytes(p), name);
            }
          }
        }
      }
    }
    assertEquals(10, first.keySet().stream().filter(n -> n.startsWith("parquet/")).count(),
        "nine result tables and store_info");
    String jsonl = new String(first.get("jsonl/articles.jsonl"), StandardCharsets.UTF_8);
    List<ArticleResult> sorted = List.of(as.get(1), as.get(2), as.get(0));
    StringBuilder expected = new StringBuilder();
    for (ArticleResult a : sorted) {
      expected.append(new String(ArticleJson.toJsonLine(a), StandardCharsets.UTF_8)).append('\n');
    }
    assertEquals(expected.toString(), jsonl, "ordered by id, then input hash; lines as analyze --format jsonl");
    assertEquals(ArticleJson.toJson(as.get(0)), new String(first.get("json/b2.json"), StandardCharsets.UTF_8));
    assertTrue(first.containsKey("json/a1-2.json"), first.keySet().toString());
    String header = new String(first.get("csv/spans.csv"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    assertEquals(String.join(",", StoreSchema.SPANS.columnNames()), header);
    List<String> docs = StoreExport.parquetDocuments(dir.resolve("x0parquet"));
    assertEquals(sorted.stream().map(ArticleRows::document).toList(), docs);
  }
}
