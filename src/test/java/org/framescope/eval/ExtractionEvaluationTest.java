package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.framescope.clean.BoilerplateRemover;
import org.framescope.model.InputException;
import org.framescope.resource.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ExtractionEvaluationTest {
  @TempDir
  Path dir;

  /** A benchmark folder with two pages, one gzipped. */
  public static Path benchmark(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    String p = "<p>The ministry said on Tuesday that the port had been hit by several drones overnight, damaging two"
        + " cranes and a grain terminal near the quay.</p><p>Officials said repairs would take weeks, and that"
        + " shipping had been diverted to a smaller harbour further along the coast.</p>";
    Files.writeString(dir.resolve("html/a.html"), "<html><body><nav>Home | World</nav><article>" + p
        + "</article></body></html>");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/b.html.gz")))) {
      o.write("<html><body><div>Menu</div></body></html>".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("ground-truth.json"), "{\"b\": {\"articleBody\": \"A short note on the port.\","
        + " \"url\": \"https://example.org/b\"}, \"a\": {\"articleBody\": \"The ministry said on Tuesday that the port"
        + " had been hit by several drones overnight, damaging two cranes and a grain terminal near the quay.\\n\\n"
        + "Officials said repairs would take weeks, and that shipping had been diverted to a smaller harbour further"
        + " along the coast.\", \"url\": \"https://example.org/a\"}}");
    return dir;
  }

  @Test
  void scoresEveryExtractorOnTheSamePages() throws Exception {
    ExtractionEvaluation.Data d = ExtractionEvaluation.read(benchmark(dir));
    assertEquals(List.of("a", "b"), d.pages().stream().map(ExtractionEvaluation.Page::key).toList());
    ExtractionEvaluation.Extractor echo = new ExtractionEvaluation.Extractor() {
      @Override
      public String name() {
        return "truth";
      }

      @Override
      public String extract(ExtractionEvaluation.Page page) {
        return page.truth();
      }
    };
    ExtractionEvaluation.Result r = ExtractionEvaluation.run(d,
        List.of(Extractors.framescope(new BoilerplateRemover()), echo));
    ExtractionEvaluation.ExtractorResult fs = r.extractors().get(0);
    assertEquals(2, fs.pages());
    assertEquals(1, fs.emptyBodies(), "page b has no article text");
    assertEquals(1.0, fs.perPage().get(0).recall(), 1e-9);
    assertEquals(0.5, fs.recall(), 1e-9);
    assertEquals(1.0, fs.precision(), 1e-9, "the empty page is left out of precision");
    assertEquals("b", fs.worst().get(0).key());
    ExtractionEvaluation.ExtractorResult t = r.extractors().get(1);
    assertEquals(1.0, t.f1(), 1e-9);
    assertEquals(0, t.emptyBodies());
  }

  @Test
  void badFoldersFailNamingTheFile() throws Exception {
    assertTrue(assertThrows(InputException.class, () -> ExtractionEvaluation.read(dir)).getMessage()
        .contains("ground-truth.json"));
    Files.writeString(dir.resolve("ground-truth.json"), "{\"x\": {\"articleBody\": \"t\"}}");
    assertTrue(assertThrows(InputException.class, () -> ExtractionEvaluation.read(dir)).getMessage()
        .contains("missing"));
  }

  /** The dev half of the shared benchmark: the figures in docs/extraction.md must hold. */
  @Test
  void devHalfOfTheSharedBenchmark() throws Exception {
    Path data = SharedData.dataset("article-extraction-benchmark");
    assumeTrue(Files.isRegularFile(data.resolve("ground-truth.json")), "shared benchmark not available: " + data);
    ExtractionEvaluation.ExtractorResult fs = ExtractionEvaluation.run(ExtractionEvaluation.read(data),
        List.of(Extractors.framescope(new BoilerplateRemover()))).extractors().get(0);
    assertEquals(0, fs.emptyBodies());
    assertTrue(fs.f1() >= 0.965, "F1 " + fs.f1());
    assertTrue(fs.recall() >= 0.97, "recall " + fs.recall());
  }
}
