package org.framescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids are unique within a run by construction: the first keeps its id, later ones get one from their source. */
class ArticleIdsTest {
  @Test
  void laterCollisionsGetTheirSourceThenANumber() {
    ArticleIds ids = new ArticleIds();
    assertEquals("1", ids.claim("1", "a.jsonl#1"));
    assertEquals("2", ids.claim("2", "a.jsonl#2"));
    assertEquals("b.jsonl#1", ids.claim("1", "b.jsonl#1"));
    assertEquals("story", ids.claim("story", "story.html"));
    assertEquals("story.txt", ids.claim("story", "story.txt"));
    // an id that even its source cannot make unique: numbered after the last candidate
    assertEquals("story.txt~2", ids.claim("story", "story.txt"));
    assertEquals("x", ids.claim("x"));
    assertEquals("x~2", ids.claim("x", null, " "));
    assertEquals("x~2~2", ids.claim("x~2"));
    assertEquals(5, ids.renamed());
  }

  @Test
  void derivedIdsKeepTheRelativePathTheExtensionAndTheRecord() {
    Path root = Path.of("corpus");
    Ingestor.InputRef inDir = new Ingestor.InputRef(root.resolve("feeds/b.jsonl"), Ingestor.Kind.JSONL, root);
    assertEquals("feeds/b.jsonl#3", ArticleIds.derived(inDir, "corpus/feeds/b.jsonl#3"));
    Ingestor.InputRef direct = new Ingestor.InputRef(Path.of("x/story.txt"), Ingestor.Kind.TEXT);
    assertEquals("x/story.txt", ArticleIds.derived(direct, "x/story.txt"));
    assertEquals("stdin", ArticleIds.derived(Ingestor.InputRef.stdin(new byte[] {1}), "-"));
  }

  @Test
  void aThousandCollidingFeedsStayUniqueAndDeterministic() {
    List<String> first = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      ArticleIds ids = new ArticleIds();
      List<String> got = new ArrayList<>();
      for (int feed = 0; feed < 10; feed++) {
        for (int rec = 1; rec <= 100; rec++) {
          got.add(ids.claim(String.valueOf(rec), "feed" + feed + ".jsonl#" + rec));
        }
      }
      assertEquals(1000, new HashSet<>(got).size());
      if (run == 0) {
        first = got;
      } else {
        assertEquals(first, got);
      }
    }
  }
}
