package org.framescope.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framescope.model.ActorStance;
import org.framescope.model.ArticleResult;
import org.framescope.model.Attribution;
import org.framescope.model.Provenance;
import org.framescope.model.RemovedBlock;
import org.framescope.model.SentenceResult;

/**
 * The one way tests build an {@link ArticleResult} by hand: every field has a harmless default (empty lists
 * and maps, a test provenance), and each test sets what it is about. Domain fixtures (the comparison's
 * {@code ArticleBuilder}, BASIL results, hostile reports) build on it.
 */
public final class Articles {
  private String id;
  private String source;
  private String title = "";
  private String outlet = "";
  private String published;
  private String url;
  private String group;
  private String event;
  private String country;
  private String ownership;
  private String body = "";
  private List<RemovedBlock> removed = List.of();
  private final List<SentenceResult> sentences = new ArrayList<>();
  private final List<Attribution> attributions = new ArrayList<>();
  private final Map<String, ActorStance> stance = new TreeMap<>();
  private final Map<String, Double> frames = new TreeMap<>();
  private final Map<String, Double> metrics = new TreeMap<>();
  private List<String> flags = List.of();
  private Provenance provenance;

  private Articles(String id) {
    this.id = id;
    this.source = id;
  }

  /** A builder for article {@code id} (source defaults to the id). */
  public static Articles article(String id) {
    return new Articles(id);
  }

  /** The provenance tests use unless they set their own: fixed versions, no files, the given input hash. */
  public static Provenance provenance(String inputSha256) {
    return new Provenance("0.1.0", "4.5.10", List.of("tokenize"), new TreeMap<>(Map.of("test", "abc123")),
        new TreeMap<>(), new TreeMap<>(Map.of("profile", "fast")), inputSha256);
  }

  public Articles source(String v) {
    source = v;
    return this;
  }

  public Articles title(String v) {
    title = v;
    return this;
  }

  public Articles outlet(String v) {
    outlet = v;
    return this;
  }

  public Articles published(String v) {
    published = v;
    return this;
  }

  public Articles url(String v) {
    url = v;
    return this;
  }

  public Articles group(String v) {
    group = v;
    return this;
  }

  public Articles event(String v) {
    event = v;
    return this;
  }

  public Articles country(String v) {
    country = v;
    return this;
  }

  public Articles ownership(String v) {
    ownership = v;
    return this;
  }

  public Articles body(String v) {
    body = v;
    return this;
  }

  public Articles removed(List<RemovedBlock> v) {
    removed = List.copyOf(v);
    return this;
  }

  public Articles sentences(List<SentenceResult> v) {
    sentences.addAll(v);
    return this;
  }

  public Articles attributions(List<Attribution> v) {
    attributions.addAll(v);
    return this;
  }

  public Articles stance(Map<String, ActorStance> v) {
    stance.putAll(v);
    return this;
  }

  public Articles frames(Map<String, Double> v) {
    frames.putAll(v);
    return this;
  }

  public Articles metrics(Map<String, Double> v) {
    metrics.putAll(v);
    return this;
  }

  public Articles flags(List<String> v) {
    flags = List.copyOf(v);
    return this;
  }

  public Articles provenance(Provenance v) {
    provenance = v;
    return this;
  }

  public ArticleResult build() {
    return new ArticleResult(ArticleResult.SCHEMA, id, source, title, outlet, published, url, group, event, country,
        ownership, body, removed, sentences, attributions, new TreeMap<>(stance), new TreeMap<>(frames),
        new TreeMap<>(metrics), flags, provenance != null ? provenance : provenance("sha-" + id));
  }
}
