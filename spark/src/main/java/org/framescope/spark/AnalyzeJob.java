package org.framescope.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.framescope.ingest.InputDecoder;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.Settings;

/**
 * Entry point for spark-submit:
 * {@code AnalyzeJob [--input files|jsonl|parquet|html] [--profile fast|full|accurate] [--lexicons DIR]
 * [--manifest CSV] [--master URL] --out DIR PATH...}. Writes the Parquet tables ({@link SparkAnalysis}) and prints
 * one summary line (articles, failed, seconds, articles/s).
 */
public final class AnalyzeJob {
  private AnalyzeJob() { }

  public static void main(String[] args) throws Exception {
    SparkAnalysis.Input input = SparkAnalysis.Input.FILES;
    String profile = "full";
    String lexicons = "lexicons";
    String manifest = null;
    String master = null;
    String out = null;
    java.nio.charset.Charset encoding = null;
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--input" -> input = SparkAnalysis.Input.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
        case "--profile" -> profile = args[++i];
        case "--lexicons" -> lexicons = args[++i];
        case "--manifest" -> manifest = args[++i];
        case "--encoding" -> encoding = java.nio.charset.Charset.forName(args[++i]);
        case "--master" -> master = args[++i];
        case "--out" -> out = args[++i];
        default -> paths.add(args[i]);
      }
    }
    if (out == null || paths.isEmpty()) {
      System.err.println("usage: AnalyzeJob [--input files|jsonl|parquet|html] [--profile fast|full|accurate]"
          + " [--lexicons DIR] [--manifest CSV] [--encoding CHARSET] [--master URL] --out DIR PATH...");
      System.exit(2);
    }
    Path man = input == SparkAnalysis.Input.FILES
        ? Settings.manifestFor(manifest == null ? null : Path.of(manifest), paths.stream().map(Path::of).toList())
        : manifest == null ? null : Path.of(manifest);
    Settings settings = Settings.of(Profile.parse(profile), Path.of(lexicons)).withManifest(man)
        .withOverrides(null, null, InputDecoder.DEFAULT_MAX_BYTES).withEncoding(encoding);
    SparkSession.Builder b = SparkSession.builder().appName("framescope analyze");
    if (master != null) {
      b.master(master);
    }
    SparkSession spark = b.getOrCreate();
    long start = System.nanoTime();
    SparkAnalysis.Result r = SparkAnalysis.run(spark, input, paths, JobSettings.of(settings), out);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(java.util.Locale.ROOT, "framescope spark: %d articles, %d failed, %.1f s, %.2f articles/s,"
        + " configuration %s%n", r.articles(), r.failed(), seconds, r.articles() / seconds, r.fingerprint());
    spark.stop();
  }
}
