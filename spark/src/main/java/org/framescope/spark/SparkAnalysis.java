package org.framescope.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.framescope.ingest.Ingestor;
import org.framescope.io.ArticleJson;
import org.framescope.io.Json;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.framescope.pipeline.ArticlePipeline;
import org.framescope.pipeline.CorpusRunner;
import org.framescope.pipeline.PipelineFactory;
import org.framescope.store.ArticleRows;
import org.framescope.store.StoreConfig;
import org.framescope.store.StoreSchema;
import scala.Tuple2;

/**
 * The per-article pipeline as a Spark job. In: input paths and their format ({@link Input}), the run's settings,
 * an output directory. Out: one Parquet directory per result table of the corpus store ({@code OUT/articles/},
 * {@code OUT/sentences/} ...) with the store's columns ({@link StoreSchema}, rows from {@link ArticleRows}), so
 * {@code framescope compare --db OUT} reads it like a database, and a {@link Result} with the counts.
 * Each executor JVM builds one pipeline ({@link Executor}); a document that fails is counted and left out, as
 * {@code analyze} leaves it out of the store. An article key that occurs twice is written once.
 */
public final class SparkAnalysis {
  /** Where the articles come from. */
  public enum Input {
    /**
     * Files and directories every executor can read at the same path (local mode, a shared mount): ingested on
     * the driver exactly as {@code analyze} ingests them (same ids, sources, manifest).
     */
    FILES,
    /** JSON Lines records ({@code id, title, text|html, outlet, date, url, group, event}) at any Hadoop path. */
    JSONL,
    /** Parquet with the record columns of {@link #JSONL}. */
    PARQUET,
    /** A directory of HTML pages at any Hadoop path (ids: the path below the directory, without extension). */
    HTML
  }

  /** Counts of a run. */
  public record Result(long articles, long failed, String fingerprint) { }

  private SparkAnalysis() { }

  /** Runs the job; {@code out} is replaced. */
  public static Result run(SparkSession spark, Input input, List<String> paths, JobSettings settings, String out)
      throws InputException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String fingerprint = StoreConfig.of(settings.settings()).fingerprint();
    LongAccumulator failed = spark.sparkContext().longAccumulator("failed");
    JavaRDD<Doc> docs = switch (input) {
      case FILES -> files(jsc, paths, settings, failed);
      case JSONL -> records(spark.read().text(paths.toArray(String[]::new))
          .select(functions.col("value"), functions.input_file_name().as("file")), settings, failed);
      case PARQUET -> records(spark.read().parquet(paths.toArray(String[]::new)).toJSON().toDF("value")
          .withColumn("file", functions.input_file_name()), settings, failed);
      case HTML -> html(jsc, paths, settings, failed);
    };
    if (input != Input.FILES) {
      // A JSONL or Parquet file is split into partitions of up to 128 MB (thousands of articles): a corpus of one
      // small file would be one task on one core. Spreading the documents over several tasks per core keeps every
      // core busy; the output does not depend on the split (rows are keyed and sorted).
      docs = docs.repartition(Math.max(docs.getNumPartitions(), jsc.defaultParallelism() * 4));
    }
    JavaPairRDD<String, String> documents = docs.mapPartitionsToPair(it -> analyse(it, settings, fingerprint, failed))
        // one document per key; the smallest when a key occurs twice, so the choice does not depend on scheduling
        .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b);
    documents.persist(StorageLevel.MEMORY_AND_DISK());
    // Every table's rows from one parse of each document, kept while the nine tables are written (a sorted write
    // reads its input twice: once to sample the sort's ranges, once to write).
    JavaPairRDD<String, Row> rowsByTable = documents.values().flatMapToPair(d -> {
      List<Tuple2<String, Row>> out2 = new ArrayList<>();
      ArticleRows.rows(parse(d), fingerprint).forEach((name, rs) -> {
        for (Object[] r : rs) {
          out2.add(new Tuple2<>(name, RowFactory.create(r)));
        }
      });
      return out2.iterator();
    });
    rowsByTable.persist(StorageLevel.MEMORY_AND_DISK());
    long articles = documents.count();
    for (StoreSchema.Table t : StoreSchema.RESULT_TABLES) {
      String name = t.name();
      JavaRDD<Row> rows = rowsByTable.filter(e -> e._1().equals(name)).values();
      spark.createDataFrame(rows, structOf(t)).sort(t.key().stream().map(functions::col).toArray(
          org.apache.spark.sql.Column[]::new)).write().mode(SaveMode.Overwrite).parquet(out + "/" + name);
    }
    rowsByTable.unpersist(false);
    documents.unpersist(false);
    return new Result(articles, failed.value(), fingerprint);
  }

  /** The Spark schema of a store table. */
  public static StructType structOf(StoreSchema.Table t) {
    List<StructField> fields = new ArrayList<>();
    for (StoreSchema.Column c : t.columns()) {
      DataType type = switch (c.type()) {
        case VARCHAR -> DataTypes.StringType;
        case INTEGER -> DataTypes.IntegerType;
        case DOUBLE -> DataTypes.DoubleType;
        case BOOLEAN -> DataTypes.BooleanType;
      };
      fields.add(DataTypes.createStructField(c.name(), type, !t.key().contains(c.name())));
    }
    return DataTypes.createStructType(fields);
  }

  private static JavaRDD<Doc> files(JavaSparkContext jsc, List<String> paths, JobSettings settings,
                                    LongAccumulator failed) throws InputException {
    List<Path> roots = paths.stream().map(Path::of).toList();
    Ingestor ingestor = PipelineFactory.ingestor(settings.settings());
    List<Doc> docs = new ArrayList<>();
    for (Ingestor.InputRef ref : Ingestor.expand(roots, e -> {
      System.err.println("error: " + e.getMessage());
      failed.add(1);
    })) {
      try {
        for (RawDocument d : ingestor.read(ref, e -> {
          System.err.println("error: " + e.getMessage());
          failed.add(1);
        })) {
          docs.add(Doc.of(d));
        }
      } catch (InputException e) {
        System.err.println("error: " + e.getMessage());
        failed.add(1);
      }
    }
    return jsc.parallelize(docs, Math.max(1, Math.min(docs.size(), jsc.defaultParallelism() * 4)));
  }

  private static JavaRDD<Doc> records(Dataset<Row> lines, JobSettings settings, LongAccumulator failed) {
    return lines.javaRDD().flatMap(row -> {
      String text = row.getString(0);
      String file = row.getString(1);
      List<Doc> out = new ArrayList<>();
      if (text == null || text.isBlank()) {
        return out.iterator();
      }
      try {
        for (RawDocument d : Executor.ingestor(settings).read(
            Ingestor.InputRef.stdin(text.getBytes(StandardCharsets.UTF_8)), e -> failed.add(1))) {
          out.add(Doc.of(new RawDocument(d.id(), file + "#" + d.id(), d.title(), d.outlet(), d.published(), d.url(),
              d.author(), d.content(), d.format(), d.meta(), d.sha256())));
        }
      } catch (InputException e) {
        System.err.println("error: " + file + ": " + e.getMessage());
        failed.add(1);
      }
      return out.iterator();
    });
  }

  private static JavaRDD<Doc> html(JavaSparkContext jsc, List<String> paths, JobSettings settings,
                                   LongAccumulator failed) {
    List<JavaRDD<Doc>> parts = new ArrayList<>();
    for (String root : paths) {
      String prefix = root.endsWith("/") ? root : root + "/";
      parts.add(jsc.binaryFiles(root).flatMap(f -> {
        List<Doc> out = new ArrayList<>();
        String path = f._1();
        int at = path.indexOf(prefix.replaceFirst("^[a-z]+:", ""));
        String rel = at >= 0 ? path.substring(at + prefix.replaceFirst("^[a-z]+:", "").length())
            : path.substring(path.lastIndexOf('/') + 1);
        if (Ingestor.kindOf(Path.of(rel)).orElse(null) != Ingestor.Kind.HTML) {
          return out.iterator();
        }
        // The ingestor reads files: the page goes to a temporary tree that keeps its relative path (its id).
        Path tmp = Files.createTempDirectory("framescope-html");
        try {
          Path local = tmp.resolve(rel);
          Files.createDirectories(local.getParent());
          Files.write(local, f._2().toArray());
          for (RawDocument d : Executor.ingestor(settings).read(new Ingestor.InputRef(local, Ingestor.Kind.HTML, tmp),
              e -> failed.add(1))) {
            out.add(Doc.of(new RawDocument(d.id(), path, d.title(), d.outlet(), d.published(), d.url(), d.author(),
                d.content(), d.format(), d.meta(), d.sha256())));
          }
        } catch (InputException e) {
          System.err.println("error: " + e.getMessage());
          failed.add(1);
        } finally {
          try (var s = Files.walk(tmp)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          }
        }
        return out.iterator();
      }));
    }
    JavaRDD<Doc> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.union(parts.get(i));
    }
    return all;
  }

  private static Iterator<Tuple2<String, String>> analyse(Iterator<Doc> docs, JobSettings settings,
                                                          String fingerprint, LongAccumulator failed) {
    List<Tuple2<String, String>> out = new ArrayList<>();
    var pipeline = Executor.pipeline(settings);
    // as analyze does: each article through CoreNLP alone, the later stages over batches (ArticlePipeline)
    List<ArticlePipeline.Prepared> batch = new ArrayList<>();
    long chars = 0;
    while (docs.hasNext()) {
      RawDocument d = docs.next().raw();
      if (!CorpusRunner.fits(batch.size(), chars, d.content().length())) {
        finish(pipeline, batch, fingerprint, failed, out);
        chars = 0;
      }
      try {
        batch.add(pipeline.prepare(d, null));
        chars += d.content().length();
      } catch (RuntimeException e) {
        failed(d, e, failed);
      }
    }
    finish(pipeline, batch, fingerprint, failed, out);
    return out.iterator();
  }

  /** Finishes a batch of prepared articles into {@code out} (document by key) and empties it. */
  private static void finish(ArticlePipeline pipeline, List<ArticlePipeline.Prepared> batch, String fingerprint,
                             LongAccumulator failed, List<Tuple2<String, String>> out) {
    for (ArticlePipeline.Finished f : pipeline.finish(batch, null)) {
      RawDocument d = f.document();
      if (f.failure() == null) {
        out.add(new Tuple2<>(ArticleRows.key(fingerprint, d.sha256(), d.id()), ArticleRows.document(f.result())));
      } else {
        failed(d, f.failure(), failed);
      }
    }
    batch.clear();
  }

  private static void failed(RawDocument d, Throwable e, LongAccumulator failed) {
    System.err.println("error: " + d.source() + ": analysis failed (" + e + ")");
    failed.add(1);
  }

  private static ArticleResult parse(String document) {
    try {
      return ArticleJson.parse(Json.mapper().readTree(document), "document");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InputException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
