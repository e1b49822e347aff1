package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.framescope.model.ArticleResult;
import org.framescope.store.CorpusStore;
import org.framescope.store.StoreConfig;
import org.framescope.testing.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store benchmark writes every copy it counts, as new articles, and refuses to write into an existing file. */
class StoreBenchmarkTest {
  @TempDir
  Path dir;

  private static final StoreConfig CONFIG = StoreConfig.of(Map.of("profile", "fast"));

  private static ArticleResult article(String id, String sha) {
    return Articles.article(id).body("Officials said the talks failed.").provenance(Articles.provenance(sha)).build();
  }

  @Test
  void everyCopyIsStoredOnceUnderItsOwnId() throws Exception {
    Path db = dir.resolve("b.duckdb");
    StoreBenchmark.Result r = StoreBenchmark.run(List.of(article("a", "s1"), article("b", "s2")), CONFIG, db, 5, 2);
    assertEquals(5, r.articles());
    assertEquals(2, r.group());
    assertTrue(r.fileBytes() > 0 && r.wallSeconds() > 0 && r.writerCpuSeconds() > 0 && r.processCpuSeconds() > 0,
        "measured: " + r);
    try (CorpusStore s = CorpusStore.openReadOnly(db)) {
      assertEquals(5, s.size());
      assertEquals(List.of("a~0", "a~1", "a~2", "b~0", "b~1"),
          s.articles().stream().map(ArticleResult::id).sorted().toList());
    }
  }

  @Test
  void anExistingFileIsNotWrittenInto() throws Exception {
    Path db = Files.writeString(dir.resolve("taken.duckdb"), "not a store");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StoreBenchmark.run(List.of(article("a", "s1")), CONFIG, db, 3, 1));
    assertTrue(e.getMessage().contains("taken.duckdb"), e.getMessage());
    assertEquals("not a store", Files.readString(db));
  }
}
