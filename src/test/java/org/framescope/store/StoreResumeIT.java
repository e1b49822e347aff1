package org.framescope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.framescope.cli.Main;
import org.framescope.io.Json;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill and resume on the sample corpus: {@code analyze --db} in a child JVM is killed (destroyForcibly, no
 * shutdown hooks) three times at random moments after it has committed something (the sample corpus and 24 more
 * records, so that a run lasts long enough for a kill to land inside it), a crash is injected in the
 * middle of one article's transaction, then the same command completes the store. Its rows, table by table, and
 * the bytes of its Parquet, CSV and JSONL exports must equal those of an uninterrupted run. Also: a second process
 * cannot open a store another process is writing. The fast profile keeps the child runs short.
 */
@Tag("models")
class StoreResumeIT {
  /** Records added to the sample corpus, so a run lasts long enough for kills to land inside it. */
  private static final int EXTRA = 24;

  private static String[] analyze(Path extra) {
    return new String[] {"analyze", "--profile", "fast", "--no-progress", "samples/corpus", extra.toString()};
  }

  /**
   * A JSONL file of {@link #EXTRA} records: the sample corpus's three text articles, each copy with its own id and
   * a closing line of its own (so its own input hash).
   */
  private static Path extraRecords(Path dir) throws Exception {
    List<String> texts = new ArrayList<>();
    for (String f : List.of("odesa-port-strike/harbour-ledger.txt", "shadow-fleet-sanctions/vostok-herald.txt",
        "hormuz-naval-incident/state-dept.txt")) {
      texts.add(Files.readString(Path.of("samples/corpus", f)));
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < EXTRA; i++) {
      b.append(Json.mapper().writeValueAsString(Map.of("id", "extra-" + i,
          "text", texts.get(i % texts.size()) + "\n\nCopy " + i + " of the sample."))).append('\n');
    }
    return Files.writeString(dir.resolve("extra.jsonl"), b.toString());
  }

  @Test
  void killedAndCrashedRunsResumeToTheRowsAndBytesOfAnUninterruptedRun(@TempDir Path dir) throws Exception {
    Path ref = dir.resolve("ref.duckdb");
    Path extra = extraRecords(dir);
    StringWriter refErr = new StringWriter();
    assertEquals(0, run(refErr, ref, extra, "--threads", "2"), refErr.toString());
    int total;
    try (CorpusStore s = CorpusStore.openReadOnly(ref)) {
      total = s.size();
    }
    assertEquals(14 + EXTRA, total);

    Path db = dir.resolve("killed.duckdb");
    Path wal = dir.resolve("killed.duckdb.wal");
    Random random = new Random(20261129L);
    List<String> kills = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      Path log = dir.resolve("kill" + k + ".log");
      Process p = child(dir, log, "org.framescope.cli.Main", concat(analyze(extra), "--db",
          db.toString(), "--threads", "1"));
      // Kill after the run has committed 1-3 articles (each commit grows the write-ahead log; the first growth is
      // the run's log row), plus up to 400 ms, so kills land in analysis and in writing alike.
      int wanted = 2 + random.nextInt(3);
      int growths = 0;
      long last = -1;
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (p.isAlive() && growths < wanted && System.nanoTime() < deadline) {
        long size = Files.exists(wal) ? Files.size(wal) : -1;
        if (size > last && size > 0) {
          growths++;
        }
        last = Math.max(last, size);
        Thread.sleep(15);
      }
      Thread.sleep(random.nextInt(400));
      boolean alive = p.isAlive();
      p.destroyForcibly().waitFor();
      kills.add(alive ? "killed after " + growths + " log writes" : "finished before the kill (" + p.exitValue() + "): "
          + lastLines(log));
    }
    System.err.println("StoreResumeIT kills: " + kills);
    assertTrue(kills.stream().anyMatch(k -> k.startsWith("killed")), kills.toString());
    List<String> stored;
    try (CorpusStore s = CorpusStore.openReadOnly(db)) {
      stored = s.documents();
      assertTrue(s.runs().stream().anyMatch(r -> r.status().equals("running")), "a killed run stays 'running'");
    }
    System.err.println("StoreResumeIT: " + stored.size() + " of " + total + " articles stored after the kills");
    assertTrue(stored.size() < total, "the kills left something to resume: " + kills);

    // A crash inside a transaction: every row of one missing article inserted, then the JVM halts before COMMIT.
    ArticleResult missing = missingArticle(ref, db);
    Path doc = dir.resolve("missing.json");
    Files.writeString(doc, ArticleRows.document(missing));
    String fingerprint;
    try (CorpusStore s = CorpusStore.openReadOnly(db)) {
      fingerprint = s.facts().get("config_fingerprint");
    }
    Process crash = child(dir, dir.resolve("crash.log"), StoreChild.class.getName(), "crash", db.toString(),
        doc.toString(), fingerprint);
    assertTrue(crash.waitFor(2, TimeUnit.MINUTES));
    assertEquals(3, crash.exitValue(), Files.readString(dir.resolve("crash.log")));
    assertTrue(Files.exists(dir.resolve("killed.duckdb.inserted")));
    String key = ArticleRows.key(fingerprint, missing.provenance().inputSha256(), missing.id());
    try (CorpusStore s = CorpusStore.openReadOnly(db)) {
      assertFalse(s.contains(key), "an uncommitted article is not in the store");
      assertEquals(stored.size(), s.size());
    }
    for (StoreSchema.Table t : StoreSchema.RESULT_TABLES) {
      assertEquals(0, rows(db, "SELECT * FROM " + t.name() + " WHERE article_key = '" + key + "'").size(), t.name());
    }

    StringWriter err = new StringWriter();
    assertEquals(0, run(err, db, extra, "--threads", "2"), err.toString());
    assertTrue(err.toString().contains("did not finish"), err.toString());
    assertTrue(err.toString().contains((total - stored.size()) + " analysed, " + stored.size() + " already stored"),
        err.toString());

    for (StoreSchema.Table t : StoreSchema.RESULT_TABLES) {
      String q = "SELECT * FROM " + t.name() + " ORDER BY " + String.join(", ", t.key());
      assertEquals(rows(ref, q), rows(db, q), t.name() + " after " + kills);
    }
    for (StoreExport.Format f : StoreExport.Format.values()) {
      Path a = dir.resolve("export-ref-" + f);
      Path b = dir.resolve("export-resumed-" + f);
      try (CorpusStore s = CorpusStore.openReadOnly(ref)) {
        StoreExport.export(s, f, a);
      }
      try (CorpusStore s = CorpusStore.openReadOnly(db)) {
        StoreExport.export(s, f, b);
      }
      List<Path> files;
      try (var list = Files.list(a)) {
        files = list.sorted().toList();
      }
      assertFalse(files.isEmpty());
      for (Path fa : files) {
        assertArrayEquals(Files.readAllBytes(fa), Files.readAllBytes(b.resolve(fa.getFileName())),
            f + " " + fa.getFileName());
      }
    }
  }

  @Test
  void aSecondProcessCannotOpenAStoreBeingWritten(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("busy.duckdb");
    Process p = child(dir, null, StoreChild.class.getName(), "hold", db.toString());
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("open", r.readLine());
      InputException e = assertThrows(InputException.class, () -> CorpusStore.open(db));
      assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
      InputException ro = assertThrows(InputException.class, () -> CorpusStore.openReadOnly(db));
      assertTrue(ro.getMessage().contains("in use by another process"), ro.getMessage());
    } finally {
      p.destroyForcibly().waitFor();
    }
  }

  private static int run(StringWriter err, Path db, Path extra, String... more) {
    return Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
        concat(concat(analyze(extra), "--db", db.toString()), more));
  }

  private static ArticleResult missingArticle(Path ref, Path db) throws Exception {
    List<ArticleResult> all;
    try (CorpusStore s = CorpusStore.openReadOnly(ref)) {
      all = s.articles();
    }
    try (CorpusStore s = CorpusStore.openReadOnly(db)) {
      for (ArticleResult a : all) {
        if (!s.contains(ArticleRows.key(s.fingerprint(), a.provenance().inputSha256(), a.id()))) {
          return a;
        }
      }
    }
    throw new AssertionError("nothing missing");
  }

  /** All rows of a query, each as a list of column values (text). */
  static List<List<String>> rows(Path db, String sql) throws Exception {
    List<List<String>> out = new ArrayList<>();
    java.util.Properties p = new java.util.Properties();
    p.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
         Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.add(rs.getString(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  /** The last three lines a child wrote, to say why it ended before the kill. */
  private static String lastLines(Path log) throws java.io.IOException {
    if (!Files.exists(log)) {
      return "no log";
    }
    List<String> lines = Files.readAllLines(log);
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
  }

  /**
   * A child JVM. Its temporary folder is one inside {@code dir}: DuckDB unpacks its 70 MB native library into
   * the temporary folder and deletes it only on a normal exit, so a killed child would leave it in /tmp.
   */
  private static Process child(Path dir, Path log, String main, String... args) throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("child-tmp"));
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-Djava.io.tmpdir=" + tmp, "-Dframescope.home=" + Path.of("").toAbsolutePath(),
        "-cp", System.getProperty("java.class.path"), main));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (log != null) {
      pb.redirectOutput(log.toFile());
    }
    return pb.start();
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
