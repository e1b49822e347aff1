package org.framescope.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The article document (schema {@value #SCHEMA}) that {@code framescope analyze} writes.
 * Field names are a public contract (see docs/json-contract.md).
 *
 * <p>{@code id} is unique within a run; {@code originalId} is the id the input itself gave (a record's
 * {@code id}, or the path-derived id) and differs from {@code id} only when an earlier input of the run had
 * already claimed it (see {@code ingest.ArticleIds}). Read from older documents without it, it is the id.
 */
@JsonPropertyOrder({"schema", "id", "originalId", "source", "title", "outlet", "published", "url", "outletGroup", "event",
    "outletCountry", "ownership", "body", "removed", "sentences", "attributions", "stance", "frames", "metrics",
    "flags", "provenance"})
public record ArticleResult(String schema, String id, String originalId, String source, String title, String outlet, String published,
                            String url, String outletGroup, String event, String outletCountry, String ownership,
                            String body, List<RemovedBlock> removed, List<SentenceResult> sentences,
                            List<Attribution> attributions, SortedMap<String, ActorStance> stance,
                            SortedMap<String, Double> frames, SortedMap<String, Double> metrics,
                            List<String> flags, Provenance provenance) {
  public static final String SCHEMA = "framescope.article/1";

  public ArticleResult {
    if (!SCHEMA.equals(schema)) {
      throw new IllegalArgumentException("schema must be " + SCHEMA + ", got " + schema);
    }
    Objects.requireNonNull(id, "id");
    originalId = originalId == null ? id : originalId;
    Objects.requireNonNull(body, "body");
    removed = List.copyOf(removed);
    sentences = List.copyOf(sentences);
    attributions = List.copyOf(attributions);
    stance = new TreeMap<>(stance);
    frames = new TreeMap<>(frames);
    metrics = new TreeMap<>(metrics);
    flags = List.copyOf(flags);
    Objects.requireNonNull(provenance, "provenance");
  }

  /** An article whose id is the one its input gave ({@code originalId} = {@code id}). */
  public ArticleResult(String schema, String id, String source, String title, String outlet, String published,
                       String url, String outletGroup, String event, String outletCountry, String ownership,
                       String body, List<RemovedBlock> removed, List<SentenceResult> sentences,
                       List<Attribution> attributions, SortedMap<String, ActorStance> stance,
                       SortedMap<String, Double> frames, SortedMap<String, Double> metrics,
                       List<String> flags, Provenance provenance) {
    this(schema, id, id, source, title, outlet, published, url, outletGroup, event, outletCountry, ownership, body,
        removed, sentences, attributions, stance, frames, metrics, flags, provenance);
  }

  /** The same article under another id (unique within a run); {@code originalId} is kept. */
  public ArticleResult withId(String newId) {
    return new ArticleResult(schema, newId, originalId, source, title, outlet, published, url, outletGroup, event,
        outletCountry, ownership, body, removed, sentences, attributions, stance, frames, metrics, flags, provenance);
  }
}
