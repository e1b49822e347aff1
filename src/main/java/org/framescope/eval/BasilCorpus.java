package org.framescope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.framescope.model.DocMeta;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.framescope.resource.Hashing;
import org.framescope.io.Json;

/**
 * Reads the BASIL corpus (Fan et al. 2019). Input: the dataset directory holding
 * {@code articles/<year>/<uuid>_<n>.json} and {@code annotations/<year>/<uuid>_<n>_ann.json}.
 * Output: the articles with their article- and phrase-level annotations, sorted by triplet then source.
 * A missing annotation file or a malformed record is an {@link InputException} naming the file.
 */
public final class BasilCorpus {
  private static final String FEELING = "author_feeling_";

  private BasilCorpus() { }

  /** The BASIL directory: {@code $FRAMESCOPE_SHARED/datasets/basil}, else {@code ../shared/datasets/basil}. */
  public static Path defaultDir() {
    return org.framescope.resource.SharedData.dataset("basil");
  }

  /** True when {@code dir} looks like a BASIL release (both subdirectories exist). */
  public static boolean present(Path dir) {
    return Files.isDirectory(dir.resolve("articles")) && Files.isDirectory(dir.resolve("annotations"));
  }

  /** All articles of the corpus with their annotations. */
  public static List<BasilArticle> load(Path dir) throws InputException {
    Path articles = dir.resolve("articles");
    if (!Files.isDirectory(articles)) {
      throw new InputException(dir.toString(), "not a BASIL directory (no articles/ subdirectory)");
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(articles)) {
      files = s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new InputException(articles.toString(), "cannot list directory: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new InputException(articles.toString(), "no article files");
    }
    List<BasilArticle> out = new ArrayList<>();
    for (Path f : files) {
      Path rel = articles.relativize(f);
      String name = f.getFileName().toString();
      Path ann = dir.resolve("annotations").resolve(rel).resolveSibling(name.replace(".json", "_ann.json"));
      out.add(read(f, ann));
    }
    out.sort(java.util.Comparator.comparing(BasilArticle::triplet).thenComparing(BasilArticle::source)
        .thenComparing(BasilArticle::id));
    return out;
  }

  static BasilArticle read(Path articleFile, Path annotationFile) throws InputException {
    JsonNode a = tree(articleFile);
    if (!Files.isRegularFile(annotationFile)) {
      throw new InputException(annotationFile.toString(), "annotation file missing for " + articleFile.getFileName());
    }
    JsonNode n = tree(annotationFile);
    String name = articleFile.getFileName().toString();
    String id = name.substring(0, name.length() - ".json".length());
    String triplet = text(a, "triplet-uuid", articleFile);
    if (!triplet.equals(n.path("triplet-uuid").asText(triplet))) {
      throw new InputException(annotationFile.toString(), "triplet-uuid " + n.path("triplet-uuid").asText()
          + " does not match the article's " + triplet);
    }
    String source = text(a, "source", articleFile).toLowerCase(Locale.ROOT);
    if (!BasilArticle.OUTLETS.containsKey(source)) {
      throw new InputException(articleFile.toString(), "unknown source '" + source + "'");
    }
    List<String> paragraphs = new ArrayList<>();
    for (JsonNode p : a.path("body-paragraphs")) {
      List<String> sents = new ArrayList<>();
      if (p.isArray()) {
        p.forEach(s -> sents.add(s.asText().strip()));
      } else {
        sents.add(p.asText().strip());
      }
      String para = String.join(" ", sents).strip();
      if (!para.isEmpty()) {
        paragraphs.add(para);
      }
    }
    if (paragraphs.isEmpty()) {
      throw new InputException(articleFile.toString(), "no body-paragraphs");
    }
    List<String> entities = new ArrayList<>();
    a.path("main-entities").forEach(e -> entities.add(e.asText()));
    JsonNode level = n.path("article-level-annotations");
    SortedMap<String, String> feelings = new TreeMap<>();
    String eventFeeling = null;
    for (var it = level.fields(); it.hasNext(); ) {
      var e = it.next();
      if (!e.getKey().startsWith(FEELING)) {
        continue;
      }
      String entity = e.getKey().substring(FEELING.length()).replace('_', ' ').strip();
      String pol = polarity(e.getValue().asText(), annotationFile);
      if (entity.equals("main event")) {
        eventFeeling = pol;
      } else {
        feelings.put(entity, pol);
      }
    }
    List<BasilPhrase> phrases = new ArrayList<>();
    for (JsonNode p : n.path("phrase-level-annotations")) {
      String bias = p.path("bias").asText();
      if (!BasilPhrase.BIASES.contains(bias)) {
        throw new InputException(annotationFile.toString(), "phrase " + p.path("id").asText() + ": unknown bias '"
            + bias + "'");
      }
      phrases.add(new BasilPhrase(bias, polarity(p.path("polarity").asText(), annotationFile),
          "yes".equalsIgnoreCase(p.path("quote").asText()), p.path("target").asText().replace('_', ' '),
          p.path("speaker").asText().replace('_', ' ')));
    }
    String date = a.path("date").asText("");
    return new BasilArticle(id, triplet, source, a.path("title").asText(""),
        date.matches("\\d{4}-\\d{2}-\\d{2}") ? date : null, a.path("url").asText(null), entities, paragraphs,
        feelings, eventFeeling, level.path("relative_stance").asText(""), phrases);
  }

  /** The pipeline input for an article: plain text, outlet name, date, URL; the triplet is the event. */
  public static RawDocument toRawDocument(BasilArticle a) {
    String body = a.body();
    return new RawDocument(a.id(), "basil:" + a.id(), a.title(), a.outlet(), a.date(), a.url(), null, body,
        RawDocument.Format.TEXT, new DocMeta(null, a.triplet(), null, null), Hashing.sha256(body));
  }

  private static String polarity(String raw, Path file) throws InputException {
    String v = raw.toLowerCase(Locale.ROOT).strip();
    if (v.startsWith("str-")) {
      v = v.substring(4);
    }
    if (!v.equals("neg") && !v.equals("neu") && !v.equals("pos")) {
      throw new InputException(file.toString(), "unknown polarity '" + raw + "'");
    }
    return v;
  }

  private static String text(JsonNode n, String field, Path file) throws InputException {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new InputException(file.toString(), "missing field '" + field + "'");
    }
    return v.asText();
  }

  private static JsonNode tree(Path f) throws InputException {
    try {
      return Json.mapper().readTree(f.toFile());
    } catch (IOException e) {
      throw new InputException(f.toString(), "not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")",
          e);
    }
  }
}
