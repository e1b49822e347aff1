package org.framescope.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.framescope.io.ArticleJson;
import org.framescope.io.Json;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;

/**
 * A corpus database: DuckDB, in process, one file. In: article results, each written with all its rows in one
 * transaction. Out: which articles it holds (by key), the articles back (from the stored document, byte for
 * byte), row counts, the run log. A store holds the results of one configuration ({@link StoreConfig}); a run
 * with another is refused by {@link #bind}. DuckDB lets one process open a file for writing; a second
 * process (writer or reader) gets the lock error, reported as "in use by another process". Not thread-safe:
 * one thread writes (the corpus runner hands results to one sink in order).
 */
public final class CorpusStore implements AutoCloseable {
  static {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError("DuckDB JDBC driver missing from the classpath");
    }
  }

  private final Path file;
  private final Connection conn;
  private final boolean readOnly;
  // read by worker threads (which documents to skip) while the writing thread adds to it
  private final Set<String> keys = java.util.concurrent.ConcurrentHashMap.newKeySet();
  /**
   * Writing: an appender per result table into a temporary staging table of the same columns (in memory, gone
   * with the connection, so a crash leaves nothing behind). A group of articles is appended there, then moved
   * into the real tables by one {@code INSERT ... SELECT} per table in one transaction. DuckDB's appender is
   * its fast path; a JDBC batch runs one statement per row, and multi-row INSERTs bind every value through JNI:
   * both cost a third or more of the analysis time. Null until the first write.
   */
  private Map<String, DuckDBAppender> stages;
  /** Per result table: the prepared move from its staging table, and the prepared emptying of it. */
  private final Map<String, PreparedStatement> moves = new LinkedHashMap<>();
  private final Map<String, PreparedStatement> clears = new LinkedHashMap<>();
  private String fingerprint;

  private CorpusStore(Path file, Connection conn, boolean readOnly) {
    this.file = file;
    this.conn = conn;
    this.readOnly = readOnly;
  }

  /** Opens (creating when absent) a store for writing. */
  public static CorpusStore open(Path file) throws InputException {
    Path abs = file.toAbsolutePath();
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
    } catch (java.io.IOException e) {
      throw new InputException(file.toString(), "cannot create its directory (" + e.getMessage() + ")");
    }
    CorpusStore s = new CorpusStore(file, connect(file, false), false);
    try {
      s.forOneWriter();
      s.create();
      s.loadKeys();
    } catch (SQLException e) {
      s.closeQuietly();
      throw problem(file, e);
    }
    return s;
  }

  /** Opens an existing store for reading (export, compare). */
  public static CorpusStore openReadOnly(Path file) throws InputException {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file.toString(), "no such corpus database");
    }
    CorpusStore s = new CorpusStore(file, connect(file, true), true);
    try {
      Map<String, String> info = s.info();
      String schema = info.get("schema");
      if (!StoreSchema.SCHEMA.equals(schema)) {
        throw new InputException(file.toString(), "not a framescope corpus database (schema "
            + (schema == null ? "missing" : schema) + ", expected " + StoreSchema.SCHEMA + ")");
      }
      s.fingerprint = info.get("config_fingerprint");
      s.loadKeys();
    } catch (SQLException e) {
      s.closeQuietly();
      throw new InputException(file.toString(), "not a framescope corpus database (" + firstLine(e) + ")", e);
    } catch (InputException e) {
      s.closeQuietly();
      throw e;
    }
    return s;
  }

  private static Connection connect(Path file, boolean readOnly) throws InputException {
    Properties p = new Properties();
    if (readOnly) {
      p.setProperty("duckdb.read_only", "true");
    }
    try {
      return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
    } catch (SQLException e) {
      throw problem(file, e);
    }
  }

  /** A store problem as an input problem on the file; the lock conflict said in plain words. */
  static InputException problem(Path file, SQLException e) {
    String m = firstLine(e);
    if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
      return new InputException(file.toString(), "in use by another process (DuckDB lets one process open a"
          + " database for writing; wait for it to finish, or export and read the copy): " + m, e);
    }
    return new InputException(file.toString(), "database error (" + m + ")", e);
  }

  static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /**
   * Settings for a store written by one thread while the analysis threads use the cores. {@code threads 1}: DuckDB
   * would otherwise run a group's appends and moves and its checkpoints on as many threads as there are cores,
   * taking them from the analysis for little gain on rows this small. {@code checkpoint_threshold 64MB} (DuckDB's
   * default is 16 MB): the write-ahead log is folded into the file a quarter as often, and each fold compresses
   * larger row groups at once. In {@code framescope bench --profiles fast --store 3000} (16 articles a
   * transaction) the JVM spent 9.0-9.8 ms of CPU an article storing with DuckDB's defaults and 6.7-7.1 with these
   * (docs/store.md). What a kill costs is unchanged: the log still holds only committed groups, and the
   * next open replays it (up to 64 MB instead of 16). Neither setting is stored in the file.
   */
  private void forOneWriter() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("SET threads TO 1");
      st.execute("SET checkpoint_threshold = '64MB'");
    }
  }

  private void create() throws SQLException {
    try (Statement st = conn.createStatement()) {
      for (StoreSchema.Table t : StoreSchema.ALL_TABLES) {
        st.execute(t.ddl());
      }
    }
    Map<String, String> info = info();
    if (info.get("schema") == null) {
      putInfo("schema", StoreSchema.SCHEMA);
    } else if (!StoreSchema.SCHEMA.equals(info.get("schema"))) {
      throw new SQLException("store schema " + info.get("schema") + " is not " + StoreSchema.SCHEMA);
    }
  }

  private void loadKeys() throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT article_key FROM articles")) {
      while (rs.next()) {
        keys.add(rs.getString(1));
      }
    }
  }

  /** The store's key-value facts (schema, config_fingerprint, config). */
  public SortedMap<String, String> facts() throws InputException {
    try {
      return info();
    } catch (SQLException e) {
      throw problem(file, e);
    }
  }

  private SortedMap<String, String> info() throws SQLException {
    SortedMap<String, String> m = new TreeMap<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT key, value FROM store_info")) {
      while (rs.next()) {
        m.put(rs.getString(1), rs.getString(2));
      }
    }
    return m;
  }

  private void putInfo(String key, String value) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO store_info VALUES (?, ?)")) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }

  /** The configuration the stored results belong to, empty for a new store. */
  public Optional<StoreConfig> config() throws InputException {
    try {
      String json = info().get("config");
      if (json == null) {
        return Optional.empty();
      }
      Map<String, String> entries = Json.mapper().readValue(json,
          new com.fasterxml.jackson.core.type.TypeReference<TreeMap<String, String>>() { });
      return Optional.of(StoreConfig.of(entries));
    } catch (SQLException e) {
      throw problem(file, e);
    } catch (java.io.IOException e) {
      throw new InputException(file.toString(), "unreadable store configuration (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Ties the store to a configuration: a new store takes it; a store of the same configuration is fine; a store
   * of another gets nothing written. Returns the differing entries (empty when the run may write).
   */
  public List<String> bind(StoreConfig config) throws InputException {
    Optional<StoreConfig> stored = config();
    if (stored.isPresent()) {
      if (!stored.get().fingerprint().equals(config.fingerprint())) {
        fingerprint = null;
        List<String> d = stored.get().differences(config);
        return d.isEmpty() ? List.of("fingerprint: " + stored.get().fingerprint() + " (stored) -> "
            + config.fingerprint() + " (this run)") : d;
      }
      fingerprint = config.fingerprint();
      return List.of();
    }
    try {
      conn.setAutoCommit(false);
      putInfo("config_fingerprint", config.fingerprint());
      putInfo("config", Json.compact().writeValueAsString(config.entries()));
      conn.commit();
      conn.setAutoCommit(true);
    } catch (SQLException | java.io.IOException e) {
      rollbackQuietly();
      throw new InputException(file.toString(), "cannot record the configuration (" + e.getMessage() + ")", e);
    }
    fingerprint = config.fingerprint();
    return List.of();
  }

  /** The fingerprint the store is bound to, or null. */
  public String fingerprint() {
    return fingerprint;
  }

  /** True when an article with this key is stored. */
  public boolean contains(String key) {
    return keys.contains(key);
  }

  /** Number of stored articles. */
  public int size() {
    return keys.size();
  }

  /**
   * Writes an article and all its rows in one transaction. Returns false (and writes nothing) when an article
   * with its key is already stored. The store must be bound to a configuration.
   */
  public boolean put(ArticleResult a) throws InputException {
    return putAll(List.of(a)) == 1;
  }

  /**
   * Writes whole articles, all their rows, in one transaction: either every new article of the list is stored
   * or none is. Articles whose key is already stored, or earlier in the list, are left out. Returns how many
   * were stored. A corpus run groups a few articles per transaction because DuckDB's cost is per statement
   * and per commit, not per row: one article per transaction spent a third of the analysis time storing.
   */
  public int putAll(List<ArticleResult> articles) throws InputException {
    if (fingerprint == null) {
      throw new IllegalStateException("bind the store to a configuration before writing");
    }
    if (readOnly) {
      throw new IllegalStateException("the store was opened read-only");
    }
    Set<String> fresh = new java.util.LinkedHashSet<>();
    Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    for (ArticleResult a : articles) {
      String key = ArticleRows.key(fingerprint, a.provenance().inputSha256(), a.originalId());
      if (keys.contains(key) || !fresh.add(key)) {
        continue;
      }
      ArticleRows.rows(a, fingerprint).forEach((table, rs) -> rows.computeIfAbsent(table, k -> new ArrayList<>())
          .addAll(rs));
    }
    if (fresh.isEmpty()) {
      return 0;
    }
    try {
      Map<String, DuckDBAppender> st = stages();
      // emptied here rather than after the commit, so a failure to empty them cannot be taken for a failed write
      clearStages();
      for (StoreSchema.Table t : StoreSchema.RESULT_TABLES) {
        DuckDBAppender ap = st.get(t.name());
        for (Object[] r : rows.getOrDefault(t.name(), List.of())) {
          appendRow(ap, t, r);
        }
        ap.flush();
      }
      conn.setAutoCommit(false);
      for (StoreSchema.Table t : StoreSchema.RESULT_TABLES) {
        if (rows.containsKey(t.name())) {
          moves.get(t.name()).execute();
        }
      }
      conn.commit();
      conn.setAutoCommit(true);
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      dropStagesQuietly();
      if (e instanceof RuntimeException re) {
        throw re;
      }
      ArticleResult first = articles.get(0);
      throw new InputException(file + " (" + first.source() + (articles.size() > 1 ? " and " + (articles.size() - 1)
          + " more" : "") + ")", "cannot store the article" + (articles.size() > 1 ? "s" : "") + " ("
          + firstLine(e) + ")", e);
    }
    keys.addAll(fresh);
    return fresh.size();
  }

  /** Name prefix of the staging tables. */
  private static final String STAGE = "stage_";

  /**
   * The staging appenders, made on first use (temporary tables with the result tables' columns). A group's rows
   * stay in them until the next write empties them; they vanish with the connection.
   */
  private Map<String, DuckDBAppender> stages() throws SQLException {
    if (stages == null) {
      Map<String, DuckDBAppender> m = new LinkedHashMap<>();
      try (Statement st = conn.createStatement()) {
        for (StoreSchema.Table t : StoreSchema.RESULT_TABLES) {
          st.execute("CREATE TEMP TABLE IF NOT EXISTS " + STAGE + t.name() + " AS SELECT * FROM " + t.name()
              + " WITH NO DATA");
          st.execute("DELETE FROM " + STAGE + t.name());
          m.put(t.name(), conn.unwrap(DuckDBConnection.class).createAppender("temp", "main", STAGE + t.name()));
          if (!moves.containsKey(t.name())) {
            moves.put(t.name(), conn.prepareStatement("INSERT INTO " + t.name() + " SELECT * FROM " + STAGE
                + t.name()));
            clears.put(t.name(), conn.prepareStatement("DELETE FROM " + STAGE + t.name()));
          }
        }
      }
      stages = m;
    }
    return stages;
  }

  private void clearStages() throws SQLException {
    for (PreparedStatement ps : clears.values()) {
      ps.execute();
    }
  }

  /** After a failed write: the appenders may hold part of a row; close them and empty the staging tables. */
  private void dropStagesQuietly() {
    if (stages == null) {
      return;
    }
    for (DuckDBAppender ap : stages.values()) {
      try {
        ap.close();
      } catch (SQLException | RuntimeException ignored) {
        // a broken appender is dropped either way
      }
    }
    stages = null;
    try {
      clearStages();
    } catch (SQLException ignored) {
      // the original error is the one reported; the next write empties them again
    }
  }

  private static void appendRow(DuckDBAppender ap, StoreSchema.Table t, Object[] r) throws SQLException {
    ap.beginRow();
    for (int col = 0; col < r.length; col++) {
      Object v = r[col];
      if (v == null) {
        ap.appendNull();
        continue;
      }
      switch (t.columns().get(col).type()) {
        case VARCHAR -> ap.append((String) v);
        case INTEGER -> ap.append(((Number) v).intValue());
        case DOUBLE -> ap.append(((Number) v).doubleValue());
        case BOOLEAN -> ap.append(((Boolean) v).booleanValue());
        default -> throw new IllegalStateException("unhandled type " + t.columns().get(col).type());
      }
    }
    ap.endRow();
  }

  /** One row of the run log. */
  public record Run(int id, String started, String finished, String status, String command, int analysed,
                    int skipped, int failed) { }

  /** Starts a run in the log (status "running" until {@link #finishRun}); returns its id. */
  public int beginRun(String started, String command, int threads, int inputs) throws InputException {
    try {
      int id;
      try (Statement st = conn.createStatement();
           ResultSet rs = st.executeQuery("SELECT coalesce(max(run_id), 0) + 1 FROM runs")) {
        rs.next();
        id = rs.getInt(1);
      }
      try (PreparedStatement ps = conn.prepareStatement("INSERT INTO runs VALUES (?, ?, NULL, 'running', ?, ?, ?, ?,"
          + " ?, 0, 0, 0, 0)")) {
        ps.setInt(1, id);
        ps.setString(2, started);
        ps.setString(3, command);
        ps.setString(4, org.framescope.model.Versions.FRAMESCOPE);
        ps.setString(5, fingerprint);
        ps.setInt(6, threads);
        ps.setInt(7, inputs);
        ps.executeUpdate();
      }
      return id;
    } catch (SQLException e) {
      throw problem(file, e);
    }
  }

  /** Closes a run in the log with its counts. */
  public void finishRun(int id, String finished, String status, int analysed, int skipped, int duplicates,
                        int failed) throws InputException {
    try (PreparedStatement ps = conn.prepareStatement("UPDATE runs SET finished = ?, status = ?, analysed = ?,"
        + " skipped = ?, duplicates = ?, failed = ? WHERE run_id = ?")) {
      ps.setString(1, finished);
      ps.setString(2, status);
      ps.setInt(3, analysed);
      ps.setInt(4, skipped);
      ps.setInt(5, duplicates);
      ps.setInt(6, failed);
      ps.setInt(7, id);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw problem(file, e);
    }
  }

  /** The run log, oldest first. */
  public List<Run> runs() throws InputException {
    List<Run> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT run_id, started, finished,"
        + " status, command, analysed, skipped, failed FROM runs ORDER BY run_id")) {
      while (rs.next()) {
        out.add(new Run(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getInt(6), rs.getInt(7), rs.getInt(8)));
      }
    } catch (SQLException e) {
      throw problem(file, e);
    }
    return out;
  }

  /** Rows in a table. */
  public long count(String table) throws InputException {
    StoreSchema.table(table);
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw problem(file, e);
    }
  }

  /** Every stored article document (as written, byte for byte), ordered by article id then input hash. */
  public List<String> documents() throws InputException {
    List<String> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT article_json FROM articles ORDER BY article_id, input_sha256")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw problem(file, e);
    }
    return out;
  }

  /** Every stored article, parsed from its stored document, ordered as {@link #documents()}. */
  public List<ArticleResult> articles() throws InputException {
    List<ArticleResult> out = new ArrayList<>();
    for (String d : documents()) {
      try {
        out.add(ArticleJson.parse(Json.mapper().readTree(d), file.toString()));
      } catch (java.io.IOException e) {
        throw new InputException(file.toString(), "a stored article is not valid JSON (" + e.getMessage() + ")", e);
      }
    }
    return out;
  }

  /** The JDBC connection, for the exporter in this package. */
  Connection connection() {
    return conn;
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  private void rollbackQuietly() {
    try {
      conn.rollback();
      conn.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the original error is the one reported
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (InputException ignored) {
      // the original error is the one reported
    }
  }

  @Override
  public void close() throws InputException {
    try {
      if (stages != null) {
        for (DuckDBAppender ap : stages.values()) {
          ap.close();
        }
        stages = null;
      }
      for (PreparedStatement ps : moves.values()) {
        ps.close();
      }
      for (PreparedStatement ps : clears.values()) {
        ps.close();
      }
      conn.close();
    } catch (SQLException e) {
      throw problem(file, e);
    }
  }
}
