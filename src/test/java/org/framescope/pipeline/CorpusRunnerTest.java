package org.framescope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framescope.ingest.Ingestor;
import org.framescope.ingest.OutletRegistry;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus runner hands results on in input order whatever the thread count, and counts failed inputs. */
class CorpusRunnerTest {
  @TempDir
  Path dir;

  @Test
  void resultsComeInInputOrderAndFailuresAreCounted() throws Exception {
    List<Ingestor.InputRef> refs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Path f = dir.resolve(String.format("a%02d.txt", i));
      // Every seventh input is empty: an input error that must not stop the others.
      Files.writeString(f, i % 7 == 3 ? "" : "Headline " + i + "\n\nTroops advanced on day " + i + ".\n");
      refs.add(new Ingestor.InputRef(f, Ingestor.Kind.TEXT, dir));
    }
    Ingestor ingestor = new Ingestor(null, OutletRegistry.empty(), Ingestor.Options.defaults());
    for (int threads : new int[] {1, 2, 5}) {
      List<String> ids = new ArrayList<>();
      List<InputException> errors = new ArrayList<>();
      CorpusRunner.Summary s = new CorpusRunner(ingestor, ArticlePipelineTest.full().build(), threads, System.err,
          errors::add).run(refs, false, (ArticleResult r) -> ids.add(r.id()));
      assertEquals(40, s.inputs());
      assertEquals(6, s.failed(), errors.toString());
      assertEquals(34, s.articles());
      assertEquals(ids.stream().sorted().toList(), ids, "input order with " + threads + " threads");
      assertTrue(errors.stream().allMatch(e -> e.getMessage().contains(".txt")), errors.toString());
    }
  }
}
