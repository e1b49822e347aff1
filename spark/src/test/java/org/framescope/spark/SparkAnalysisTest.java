package org.framescope.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.framescope.cli.Main;
import org.framescope.ingest.InputDecoder;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.Settings;
import org.framescope.store.StoreSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode on the sample corpus writes, table by table, exactly the rows {@code analyze --db}
 * stores (compared as multisets, both ways), and {@code compare --db} reads its output to the same report.json
 * as from the database. Runs from the repository root (surefire's working directory), like analyze's tests.
 */
class SparkAnalysisTest {
  @Test
  void localModeRowsEqualAnalyzeRows(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("c.duckdb");
    Path exported = dir.resolve("export");
    Path sparkOut = dir.resolve("spark");
    run("analyze", "--db", db.toString(), "--profile", "fast", "--no-progress", "samples/corpus");
    run("export", "--db", db.toString(), "--format", "parquet", "--out", exported.toString());

    Settings settings = Settings.of(Profile.FAST, Path.of("lexicons"))
        .withManifest(Settings.manifestFor(null, List.of(Path.of("samples/corpus"))))
        .withOverrides(null, null, InputDecoder.DEFAULT_MAX_BYTES);
    SparkSession spark = SparkSession.builder().master("local[2]").appName("framescope-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    try {
      SparkAnalysis.Result r = SparkAnalysis.run(spark, SparkAnalysis.Input.FILES, List.of("samples/corpus"),
          JobSettings.of(settings), sparkOut.toString());
      assertEquals(14, r.articles());
      assertEquals(0, r.failed());
      for (StoreSchema.Table t : StoreSchema.RESULT_TABLES) {
        Dataset<Row> fromSpark = spark.read().parquet(sparkOut.resolve(t.name()).toString());
        Dataset<Row> fromDb = spark.read().parquet(exported.resolve(t.name() + ".parquet").toString());
        assertEquals(t.columnNames(), List.of(fromSpark.columns()), t.name());
        assertEquals(List.of(fromDb.columns()), List.of(fromSpark.columns()), t.name());
        long n = fromDb.count();
        assertEquals(n, fromSpark.count(), t.name());
        assertEquals(0, fromSpark.exceptAll(fromDb).count(), t.name() + ": rows only Spark wrote");
        assertEquals(0, fromDb.exceptAll(fromSpark).count(), t.name() + ": rows only analyze wrote");
        // Every table holds rows, so the comparison is not vacuous; except attributions, which need the
        // dependency parse the fast profile leaves out.
        assertTrue(n > 0 || t.name().equals("attributions"), t.name() + " is empty");
      }
    } finally {
      spark.stop();
    }
    run("compare", "--db", db.toString(), "--out", dir.resolve("report-db").toString());
    run("compare", "--db", sparkOut.toString(), "--out", dir.resolve("report-spark").toString());
    assertEquals(Files.readString(dir.resolve("report-db").resolve("report.json")),
        Files.readString(dir.resolve("report-spark").resolve("report.json")));
  }

  /**
   * A gzipped JSON Lines corpus ({@code .jsonl.gz}: Hadoop's codec, chosen by the extension) gives the same
   * articles as the plain file.
   */
  @Test
  void aGzippedJsonlCorpusGivesTheSameArticles(@TempDir Path dir) throws Exception {
    Path plain = dir.resolve("feed.jsonl");
    Files.copy(Path.of("samples/corpus/feeds/sample-feed.jsonl"), plain);
    Path gz = dir.resolve("feed.jsonl.gz");
    try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(plain, out);
    }
    Settings settings = Settings.of(Profile.FAST, Path.of("lexicons"))
        .withOverrides(null, null, InputDecoder.DEFAULT_MAX_BYTES);
    SparkSession spark = SparkSession.builder().master("local[2]").appName("framescope-test-gz")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    try {
      SparkAnalysis.Result a = SparkAnalysis.run(spark, SparkAnalysis.Input.JSONL, List.of(plain.toString()),
          JobSettings.of(settings), dir.resolve("plain").toString());
      SparkAnalysis.Result b = SparkAnalysis.run(spark, SparkAnalysis.Input.JSONL, List.of(gz.toString()),
          JobSettings.of(settings), dir.resolve("gz").toString());
      long records = Files.readAllLines(plain).stream().filter(l -> !l.isBlank()).count();
      assertTrue(records > 0);
      assertEquals(records, a.articles());
      assertEquals(a.articles(), b.articles());
      assertEquals(0, b.failed());
      for (String table : List.of("articles", "sentences")) {
        // the source column names the file, so compare what the text gave
        String[] cols = table.equals("articles")
            ? new String[] {"article_id", "title", "body", "sentence_count", "attribution_count"}
            : new String[] {"sentence_index", "text", "voice", "bias_probability"};
        Dataset<Row> x = spark.read().parquet(dir.resolve("plain").resolve(table).toString()).selectExpr(cols);
        Dataset<Row> y = spark.read().parquet(dir.resolve("gz").resolve(table).toString()).selectExpr(cols);
        assertTrue(x.count() > 0, table);
        assertEquals(x.count(), y.count(), table);
        assertEquals(0, x.exceptAll(y).count(), table);
        assertEquals(0, y.exceptAll(x).count(), table);
      }
    } finally {
      spark.stop();
    }
  }

  private static void run(String... args) {
    StringWriter err = new StringWriter();
    int rc = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args);
    assertEquals(0, rc, String.join(" ", args) + ": " + err);
  }
}
