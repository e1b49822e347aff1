package org.framescope.gold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks gold files: first against the schema (via {@link GoldIO#parse(Path, List)}), then, when texts are
 * given, that each document's text is found, that its SHA-256 matches {@code textSha256}, and that every
 * annotation (and attribution verb range) lies inside the text.
 *
 * <p>Input: a gold file path and a {@link GoldTexts}. Output: the list of problems, each naming file, document
 * id and annotation index (empty when the file is valid). Annotation indexes in text checks refer to the
 * document's annotations in the file's written order.
 */
public final class GoldValidator {
  private final GoldTexts texts;

  /** A validator checking against these texts ({@link GoldTexts#none()} for schema checks only). */
  public GoldValidator(GoldTexts texts) {
    this.texts = texts;
  }

  /** All problems of one gold file. */
  public List<GoldProblem> validate(Path goldFile) {
    List<GoldProblem> problems = new ArrayList<>();
    GoldFile f = GoldIO.parse(goldFile, problems);
    if (f == null || texts.isEmpty()) {
      return problems;
    }
    String name = goldFile.toString();
    List<List<Integer>> writtenOrder = writtenOrder(goldFile, f);
    for (int d = 0; d < f.documents().size(); d++) {
      GoldDocument doc = f.documents().get(d);
      Optional<GoldTexts.Text> t = texts.find(doc);
      if (t.isEmpty()) {
        problems.add(new GoldProblem(name, doc.id(), -1, "no " + doc.textBasis() + " text found for source '"
            + doc.source() + "'"));
        continue;
      }
      GoldTexts.Text text = t.get();
      if (!text.sha256().equals(doc.textSha256())) {
        problems.add(new GoldProblem(name, doc.id(), -1, "textSha256 " + doc.textSha256()
            + " does not match " + text.sha256() + " of " + doc.textBasis() + " text " + text.origin()));
        continue;
      }
      int len = text.text().length();
      List<GoldAnnotation> anns = doc.annotations();
      for (int i = 0; i < anns.size(); i++) {
        GoldAnnotation a = anns.get(i);
        int idx = writtenOrder.get(d).get(i);
        if (a.end() > len) {
          problems.add(new GoldProblem(name, doc.id(), idx, "end=" + a.end() + " beyond text length " + len));
        }
        int[] v = a.verbRange();
        if (v != null && v[1] > len) {
          problems.add(new GoldProblem(name, doc.id(), idx, "verbEnd=" + v[1] + " beyond text length " + len));
        }
      }
    }
    problems.sort(java.util.Comparator.comparing(GoldProblem::documentId)
        .thenComparingInt(GoldProblem::annotationIndex));
    return problems;
  }

  /**
   * For each document of the parsed file (sorted order) and each of its sorted annotations, the index the
   * annotation had in the file as written, so messages point at the line a person edits.
   */
  private static List<List<Integer>> writtenOrder(Path goldFile, GoldFile f) {
    List<List<Integer>> out = new ArrayList<>();
    JsonNode root;
    try {
      root = org.framescope.io.Json.mapper().readTree(goldFile.toFile());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("gold file became unreadable: " + goldFile, e);
    }
    for (GoldDocument doc : f.documents()) {
      JsonNode written = null;
      for (JsonNode n : root.get("documents")) {
        if (doc.id().equals(n.path("id").asText())) {
          written = n.get("annotations");
        }
      }
      List<GoldAnnotation> asWritten = new ArrayList<>();
      for (JsonNode a : written) {
        java.util.TreeMap<String, String> at = new java.util.TreeMap<>();
        a.path("attributes").fields().forEachRemaining(e -> at.put(e.getKey(), e.getValue().asText()));
        asWritten.add(new GoldAnnotation(a.get("begin").intValue(), a.get("end").intValue(),
            a.get("layer").asText(), a.get("label").asText(), at));
      }
      List<Integer> idx = new ArrayList<>();
      boolean[] used = new boolean[asWritten.size()];
      for (GoldAnnotation a : doc.annotations()) {
        int found = -1;
        for (int j = 0; j < asWritten.size(); j++) {
          if (!used[j] && asWritten.get(j).equals(a)) {
            found = j;
            used[j] = true;
            break;
          }
        }
        idx.add(found);
      }
      out.add(idx);
    }
    return out;
  }
}
