package org.framescope.gold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One annotator's gold file for a document set (schema {@value #SCHEMA}).
 *
 * <p>Input: the annotator name and documents with unique ids. Output: an immutable value with documents sorted
 * by id, so that writing it is deterministic.
 */
public record GoldFile(String schema, String annotator, List<GoldDocument> documents) {
  /** The schema identifier this code reads and writes. */
  public static final String SCHEMA = "framescope.gold/1";

  public GoldFile {
    if (!SCHEMA.equals(schema)) {
      throw new IllegalArgumentException("schema must be " + SCHEMA + ", got '" + schema + "'");
    }
    if (annotator == null || annotator.isBlank()) {
      throw new IllegalArgumentException("annotator is missing or blank");
    }
    List<GoldDocument> sorted = new ArrayList<>(documents == null ? List.of() : documents);
    sorted.sort(Comparator.comparing(GoldDocument::id));
    Set<String> seen = new HashSet<>();
    for (GoldDocument d : sorted) {
      if (!seen.add(d.id())) {
        throw new IllegalArgumentException("duplicate document id '" + d.id() + "'");
      }
    }
    documents = List.copyOf(sorted);
  }

  /** A file of the current schema. */
  public GoldFile(String annotator, List<GoldDocument> documents) {
    this(SCHEMA, annotator, documents);
  }

  /** The document with this id. */
  public Optional<GoldDocument> document(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
