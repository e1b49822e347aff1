package org.framescope.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.framescope.model.NlpDocument;
import org.framescope.resource.Hashing;
import org.framescope.io.Json;

/**
 * A {@link TextAnnotator} that keeps what another annotator produced on disk, so evaluations and training
 * that annotate the same corpus again (PolNeAR, BASIL) take seconds instead of CoreNLP's minutes.
 *
 * <p>Input: a delegate annotator, a cache folder and a fingerprint of everything that shapes the delegate's
 * output (toolkit version, annotators, properties). Output: the delegate's {@link NlpDocument}, read from
 * {@code DIR/<fingerprint[0..12]>/<sha256(text)>.json.gz} when present and its body equals the text, else
 * annotated and written there atomically. An unreadable cache entry is annotated again, never trusted.
 * Thread-safe when the delegate is.
 */
public final class CachedAnnotator implements TextAnnotator {
  private final java.util.function.Supplier<TextAnnotator> delegate;
  private final List<String> annotators;
  private final String version;
  private final Path dir;
  private final String fingerprint;

  /**
   * @param delegate the annotator whose output is cached
   * @param cacheDir the cache root (created on first write)
   * @param fingerprint identifies the delegate's configuration; a different fingerprint uses a different folder
   */
  public CachedAnnotator(TextAnnotator delegate, Path cacheDir, String fingerprint) {
    this(() -> delegate, Objects.requireNonNull(delegate, "delegate").annotators(), delegate.version(), cacheDir,
        fingerprint);
  }

  /**
   * As above with a delegate built on first cache miss (loading CoreNLP takes seconds; a warm cache needs none).
   *
   * @param delegate supplies the annotator whose output is cached
   * @param annotators what the delegate runs, for provenance
   * @param version the delegate's toolkit version, for provenance
   * @param cacheDir the cache root (created on first write)
   * @param fingerprint identifies the delegate's configuration; a different fingerprint uses a different folder
   */
  public CachedAnnotator(java.util.function.Supplier<TextAnnotator> delegate, List<String> annotators, String version,
                         Path cacheDir, String fingerprint) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.annotators = List.copyOf(annotators);
    this.version = Objects.requireNonNull(version, "version");
    Objects.requireNonNull(cacheDir, "cacheDir");
    if (fingerprint == null || fingerprint.length() < 12) {
      throw new IllegalArgumentException("fingerprint must have at least 12 characters, got: " + fingerprint);
    }
    this.fingerprint = fingerprint;
    this.dir = cacheDir.resolve(fingerprint.substring(0, 12));
  }

  /** The CoreNLP annotator of a profile, cached under {@code cacheDir}, keyed by version and properties. */
  public static CachedAnnotator coreNlp(Profile profile, Path cacheDir) {
    return new CachedAnnotator(() -> CoreNlpAnnotator.forProfile(profile), profile.annotators(),
        CoreNlpAnnotator.VERSION, cacheDir, fingerprint(profile));
  }

  /** Fingerprint of a CoreNLP profile: CoreNLP version, annotators and sorted properties. */
  public static String fingerprint(Profile profile) {
    StringBuilder b = new StringBuilder("corenlp ").append(CoreNlpAnnotator.VERSION).append('\n')
        .append(String.join(",", profile.annotators())).append('\n');
    new TreeMap<>(CoreNlpAnnotator.properties(profile)).forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
    return Hashing.sha256(b.toString());
  }

  /** The default cache root: {@code $XDG_CACHE_HOME/framescope/nlp}, else {@code ~/.cache/framescope/nlp}. */
  public static Path defaultDir() {
    return org.framescope.resource.UserCache.root().resolve("nlp");
  }

  @Override
  public NlpDocument annotate(String body) {
    Path f = dir.resolve(Hashing.sha256(body) + ".json.gz");
    NlpDocument cached = Json.readGzipped(f, Json.mapper().constructType(NlpDocument.class));
    if (cached != null && cached.body().equals(body)) {
      return cached;
    }
    // absent, truncated or foreign: annotate again and overwrite it
    NlpDocument d = delegate.get().annotate(body);
    try {
      Json.writeGzipped(f, d);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write annotation cache " + f, e);
    }
    return d;
  }

  /** Whether the text is already in the cache (no annotation is run). */
  public boolean contains(String body) {
    return Files.isRegularFile(dir.resolve(Hashing.sha256(body) + ".json.gz"));
  }

  @Override
  public List<String> annotators() {
    return annotators;
  }

  @Override
  public String version() {
    return version;
  }

  /** The fingerprint this cache is keyed by. */
  public String fingerprint() {
    return fingerprint;
  }
}
