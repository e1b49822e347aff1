package org.framescope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framescope.ingest.Ingestor;
import org.framescope.io.Json;
import org.framescope.model.ArticleResult;
import org.framescope.model.RawDocument;
import org.framescope.nlp.Profile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Golden article JSON: two sample-corpus articles (an HTML page and a text dump) analysed with the full profile
 * and the corpus manifest, exactly as {@code framescope analyze --out DIR samples/corpus} writes them, must equal
 * {@code src/test/resources/golden/articles/}. After an intended change, regenerate with
 * {@code mvn -o -q test -Dtest=GoldenArticleIT -Dframescope.updateGolden=true} and review the diff.
 */
@Tag("models")
class GoldenArticleIT {
  static final Path CORPUS = Path.of("samples", "corpus");
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "articles");

  @Test
  void sampleArticlesMatchGolden() throws Exception {
    Settings settings = Settings.of(Profile.FULL, Path.of("lexicons"))
        .withManifest(Settings.manifestFor(null, List.of(CORPUS)));
    Ingestor ingestor = PipelineFactory.ingestor(settings);
    ArticlePipeline pipeline = PipelineFactory.build(settings);
    boolean update = Boolean.getBoolean("framescope.updateGolden");
    for (String file : List.of("odesa-port-strike/meridian-wire.html", "hormuz-naval-incident/state-dept.txt")) {
      Path path = CORPUS.resolve(file);
      List<RawDocument> docs = ingestor.read(new Ingestor.InputRef(path, Ingestor.kindOf(path).orElseThrow(), CORPUS),
          e -> { throw new AssertionError(e.getMessage()); });
      ArticleResult r = pipeline.analyze(docs.get(0));
      String json = Json.pretty().writeValueAsString(r) + "\n";
      Path golden = GOLDEN.resolve(file.replace('/', '_').replaceAll("\\.(html|txt)$", "") + ".json");
      if (update) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, json, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), json,
          file + " differs from " + golden + "; if intended, rerun with -Dframescope.updateGolden=true");
    }
  }
}
