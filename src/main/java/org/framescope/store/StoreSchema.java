package org.framescope.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The tables of a corpus store (schema {@value #SCHEMA}): the columns of the article JSON (framescope.article/1),
 * one table per repeated part, every row tied to its article by {@code article_key}. The same definitions build
 * the DuckDB tables, the Parquet export and the Spark job's output, so all three have the same columns in the
 * same order. What each column means: docs/data-dictionary.md; the design: docs/store.md.
 */
public final class StoreSchema {
  /** Schema name recorded in {@code store_info}. */
  public static final String SCHEMA = "framescope.store/1";

  /** Column types (SQL names; Parquet and Spark types follow from them). */
  public enum Type { VARCHAR, INTEGER, DOUBLE, BOOLEAN }

  /** One column. */
  public record Column(String name, Type type) {
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      if (!name.matches("[a-z][a-z0-9_]*")) {
        throw new IllegalArgumentException("column names are lower-case identifiers, got '" + name + "'");
      }
    }
  }

  /**
   * One table.
   *
   * @param name table name
   * @param columns columns in order
   * @param key the columns that identify a row (the export's sort order; a primary key where {@link #enforcesKey})
   */
  public record Table(String name, List<Column> columns, List<String> key) {
    public Table {
      columns = List.copyOf(columns);
      key = List.copyOf(key);
      for (String k : key) {
        if (columns.stream().noneMatch(c -> c.name().equals(k))) {
          throw new IllegalArgumentException("key column " + k + " is not a column of " + name);
        }
      }
    }

    /** Column names in order. */
    public List<String> columnNames() {
      return columns.stream().map(Column::name).toList();
    }

    /**
     * Whether the store enforces the key with a PRIMARY KEY. Tables keyed under an article ({@code article_key}
     * and more) do not: their rows are committed in the same transaction as their article's row, whose key is
     * enforced, so they cannot be doubled, and an index over them costs store CPU and disk space
     * (docs/store.md).
     */
    public boolean enforcesKey() {
      return key.size() == 1;
    }

    /** {@code CREATE TABLE IF NOT EXISTS} statement. */
    public String ddl() {
      List<String> parts = new ArrayList<>();
      for (Column c : columns) {
        parts.add(c.name() + " " + c.type().name() + (key.contains(c.name()) ? " NOT NULL" : ""));
      }
      if (enforcesKey()) {
        parts.add("PRIMARY KEY (" + String.join(", ", key) + ")");
      }
      return "CREATE TABLE IF NOT EXISTS " + name + " (" + String.join(", ", parts) + ")";
    }
  }

  private static final Type S = Type.VARCHAR;
  private static final Type I = Type.INTEGER;
  private static final Type D = Type.DOUBLE;
  private static final Type B = Type.BOOLEAN;

  /** One row per article. */
  public static final Table ARTICLES = table("articles", List.of("article_key"),
      "article_key", S, "config_fingerprint", S, "input_sha256", S, "article_id", S, "schema", S, "source", S,
      "title", S, "outlet", S, "published", S, "url", S, "outlet_group", S, "event", S, "outlet_country", S,
      "ownership", S, "body", S, "sentence_count", I, "attribution_count", I, "flags_json", S, "provenance_json", S,
      "article_json", S);
  /** Blocks the cleaner removed. */
  public static final Table REMOVED = table("removed", List.of("article_key", "block_index"),
      "article_key", S, "block_index", I, "reason", S, "text", S);
  /** One row per sentence. */
  public static final Table SENTENCES = table("sentences", List.of("article_key", "sentence_index"),
      "article_key", S, "sentence_index", I, "begin_offset", I, "end_offset", I, "text", S, "voice", S,
      "speaker_name", S, "speaker_role", S, "speaker_country", S, "speaker_type", S, "bias_probability", D,
      "bias_model", S, "bias_explanation_json", S);
  /** Voice segments inside sentences. */
  public static final Table SEGMENTS = table("segments", List.of("article_key", "sentence_index", "segment_index"),
      "article_key", S, "sentence_index", I, "segment_index", I, "begin_offset", I, "end_offset", I, "voice", S,
      "speaker_name", S, "speaker_role", S, "speaker_country", S, "speaker_type", S);
  /** Highlighted spans. */
  public static final Table SPANS = table("spans", List.of("article_key", "sentence_index", "span_index"),
      "article_key", S, "sentence_index", I, "span_index", I, "begin_offset", I, "end_offset", I, "text", S,
      "category", S, "source", S, "explanation", S, "valence", I, "intensity", I, "negated", B, "span_group", S,
      "voice", S);
  /** Words attributed to speakers. */
  public static final Table ATTRIBUTIONS = table("attributions", List.of("article_key", "attribution_index"),
      "article_key", S, "attribution_index", I, "sentence_index", I, "speaker_name", S, "speaker_role", S,
      "speaker_country", S, "speaker_type", S, "verb", S, "verb_class", S, "kind", S, "begin_offset", I,
      "end_offset", I, "text", S);
  /** Stance per actor and voice. */
  public static final Table STANCE = table("stance", List.of("article_key", "actor", "voice"),
      "article_key", S, "actor", S, "voice", S, "score", D, "label", S, "mentions", I, "evidence_json", S);
  /** The article's metrics, one row per metric. */
  public static final Table METRICS = table("metrics", List.of("article_key", "metric"),
      "article_key", S, "metric", S, "value", D);
  /** The article's frame distribution. */
  public static final Table FRAMES = table("frames", List.of("article_key", "frame"),
      "article_key", S, "frame", S, "share", D);

  /** The result tables, articles first (the order rows are written and exported in). */
  public static final List<Table> RESULT_TABLES = List.of(ARTICLES, REMOVED, SENTENCES, SEGMENTS, SPANS,
      ATTRIBUTIONS, STANCE, METRICS, FRAMES);

  /** One row per {@code analyze --db} run (a log: it differs between an interrupted and an uninterrupted run). */
  public static final Table RUNS = table("runs", List.of("run_id"),
      "run_id", I, "started", S, "finished", S, "status", S, "command", S, "framescope", S, "config_fingerprint", S,
      "threads", I, "inputs", I, "analysed", I, "skipped", I, "duplicates", I, "failed", I);
  /** Key-value facts about the store: its schema and the configuration its results belong to. */
  public static final Table STORE_INFO = table("store_info", List.of("key"), "key", S, "value", S);

  /** Every table. */
  public static final List<Table> ALL_TABLES;

  static {
    List<Table> all = new ArrayList<>(RESULT_TABLES);
    all.add(RUNS);
    all.add(STORE_INFO);
    ALL_TABLES = List.copyOf(all);
  }

  private StoreSchema() { }

  /** The result table of this name. */
  public static Table table(String name) {
    return ALL_TABLES.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table " + name));
  }

  private static Table table(String name, List<String> key, Object... nameType) {
    List<Column> cols = new ArrayList<>();
    for (int i = 0; i < nameType.length; i += 2) {
      cols.add(new Column((String) nameType[i], (Type) nameType[i + 1]));
    }
    return new Table(name, cols, key);
  }
}
