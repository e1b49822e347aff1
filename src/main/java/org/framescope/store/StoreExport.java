package org.framescope.store;

import org.framescope.io.OutputDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.framescope.io.ArticleJson;
import org.framescope.io.AtomicFiles;
import org.framescope.io.Json;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;

/**
 * Writes a corpus store's results to files researchers load directly, and reads article documents back from a
 * Parquet export (or the Spark job's output). In: an open {@link CorpusStore} and a format. Out, in the
 * directory: {@code parquet} and {@code csv}: one file per result table ({@code articles.parquet},
 * {@code sentences.csv} ...) sorted by the table's key, plus {@code store_info} (schema and configuration);
 * {@code jsonl}: {@code articles.jsonl}, one article document a line, as {@code analyze --format jsonl} writes
 * it; {@code json}: one document per article, as {@code analyze --out DIR} writes it. The same store gives the
 * same bytes (DuckDB writes with one thread here), and every file is written to a temporary name and renamed.
 */
public final class StoreExport {
  /** Export formats. */
  public enum Format { PARQUET, CSV, JSONL, JSON;

    /** Parses a format name, case-insensitive; names the choices when unknown. */
    public static Format parse(String s) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(s)) {
          return f;
        }
      }
      throw new IllegalArgumentException("unknown format '" + s + "' (expected parquet, csv, jsonl or json)");
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private StoreExport() { }

  /** Exports every result table (or the article documents) of {@code store} into {@code dir}; returns the files. */
  public static List<Path> export(CorpusStore store, Format format, Path dir) throws InputException {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InputException(dir.toString(), "cannot create directory (" + e.getMessage() + ")", e);
    }
    List<Path> out = new ArrayList<>();
    try {
      switch (format) {
        case PARQUET, CSV -> {
          Connection c = store.connection();
          try (Statement st = c.createStatement()) {
            st.execute("SET threads TO 1");
          }
          List<StoreSchema.Table> tables = new ArrayList<>(StoreSchema.RESULT_TABLES);
          tables.add(StoreSchema.STORE_INFO);
          for (StoreSchema.Table t : tables) {
            out.add(copy(c, t, format, dir));
          }
        }
        case JSONL -> {
          Path f = dir.resolve("articles.jsonl");
          List<String> docs = store.documents();
          AtomicFiles.write(f, o -> {
            for (String d : docs) {
              o.write(ArticleJson.toJsonLine(parse(d, store.file())));
              o.write('\n');
            }
          });
          out.add(f);
        }
        case JSON -> {
          Set<String> used = new HashSet<>();
          for (String d : store.documents()) {
            ArticleResult a = parse(d, store.file());
            Path f = dir.resolve(OutputDir.fileName(a.id(), used) + ".json");
            AtomicFiles.writeString(f, d);
            out.add(f);
          }
        }
        default -> throw new IllegalStateException("unhandled format " + format);
      }
    } catch (SQLException e) {
      throw CorpusStore.problem(store.file(), e);
    } catch (IOException e) {
      throw new InputException(dir.toString(), "cannot write (" + e.getMessage() + ")", e);
    } catch (java.io.UncheckedIOException e) {
      throw new InputException(store.file().toString(), "a stored article is not valid JSON (" + e.getMessage() + ")",
          e);
    }
    return out;
  }

  private static Path copy(Connection c, StoreSchema.Table t, Format format, Path dir)
      throws SQLException, IOException {
    String ext = format == Format.PARQUET ? ".parquet" : ".csv";
    Path target = dir.resolve(t.name() + ext);
    Path tmp = Files.createTempFile(dir, "." + t.name() + ".", ext + ".tmp");
    try {
      Files.delete(tmp);
      String options = format == Format.PARQUET ? "FORMAT parquet, COMPRESSION zstd"
          : "FORMAT csv, HEADER true, DELIMITER ','";
      try (Statement st = c.createStatement()) {
        st.execute("COPY (SELECT " + String.join(", ", t.columnNames()) + " FROM " + t.name() + " ORDER BY "
            + String.join(", ", t.key()) + ") TO '" + sqlString(tmp) + "' (" + options + ")");
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }

  /**
   * The article documents in a Parquet directory: {@code articles.parquet} (from {@code export}) or
   * {@code articles/*.parquet} (the Spark job's output), ordered by article id then input hash.
   */
  public static List<String> parquetDocuments(Path dir) throws InputException {
    Path single = dir.resolve("articles.parquet");
    Path parts = dir.resolve("articles");
    String glob;
    if (Files.isRegularFile(single)) {
      glob = single.toAbsolutePath().toString();
    } else if (Files.isDirectory(parts)) {
      glob = parts.toAbsolutePath().resolve("*.parquet").toString();
    } else {
      throw new InputException(dir.toString(), "no articles.parquet or articles/ Parquet directory here");
    }
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT article_json FROM read_parquet('" + sqlString(Path.of(glob))
             + "') ORDER BY article_id, input_sha256")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new InputException(dir.toString(), "cannot read the Parquet articles (" + CorpusStore.firstLine(e) + ")",
          e);
    }
    return out;
  }

  /** Parses a stored article document. */
  public static ArticleResult parse(String document, Path where) {
    try {
      return ArticleJson.parse(Json.mapper().readTree(document), where.toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InputException e) {
      throw new java.io.UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  private static String sqlString(Path p) {
    return p.toAbsolutePath().toString().replace("'", "''");
  }
}
