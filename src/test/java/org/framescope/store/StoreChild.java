package org.framescope.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.framescope.io.ArticleJson;
import org.framescope.model.ArticleResult;

/**
 * A child process for {@link StoreResumeIT} (test code, run with {@code java -cp}):
 * {@code hold DB} opens a store for writing, prints "open" and sleeps (the second-writer check);
 * {@code crash DB ARTICLE.json FINGERPRINT} inserts every row of one article in a transaction and halts the JVM
 * before the commit, as a crash in the middle of a write would.
 */
public final class StoreChild {
  private StoreChild() { }

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[1]);
    if (args[0].equals("hold")) {
      try (CorpusStore s = CorpusStore.open(db)) {
        System.out.println("open");
        System.out.flush();
        Thread.sleep(120_000);
      }
      return;
    }
    ArticleResult a = ArticleJson.readFile(Path.of(args[2])).get(0);
    Map<String, List<Object[]>> rows = ArticleRows.rows(a, args[3]);
    Class.forName("org.duckdb.DuckDBDriver");
    Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
    c.setAutoCommit(false);
    for (StoreSchema.Table t : StoreSchema.RESULT_TABLES) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.name() + " VALUES ("
          + "?, ".repeat(t.columns().size() - 1) + "?)")) {
        for (Object[] r : rows.get(t.name())) {
          for (int i = 0; i < r.length; i++) {
            ps.setObject(i + 1, r[i]);
          }
          ps.executeUpdate();
        }
      }
    }
    Files.writeString(db.resolveSibling(db.getFileName() + ".inserted"), "rows inserted, not committed\n");
    Runtime.getRuntime().halt(3);
  }
}
