package org.framescope.pipeline;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.framescope.ingest.InputDecoder;
import org.framescope.nlp.Profile;

/**
 * Every setting that shapes an analysis run's output besides the inputs themselves, built once per run
 * (the command line builds it) and recorded in each article's provenance.
 *
 * @param profile the annotation profile
 * @param lexicons the lexicon directory (framing lexicons, reporting verbs, actors, outlets)
 * @param manifest the corpus manifest in effect (given, or found beside the inputs), or null
 * @param outlet outlet name for every input (overrides detection), or null
 * @param date publication date YYYY-MM-DD for every input, or null
 * @param maxBytes largest input file read
 * @param timeBudgetSeconds longest one article's cleaning and CoreNLP annotation ({@link ArticlePipeline#prepare})
 *     may take before it is skipped with an error (the run goes on); 0 = no limit. Recorded in provenance as
 *     {@code pipeline.timeBudgetSeconds}. Which articles a budget skips depends on the machine's speed and load;
 *     the articles it does not skip are the same bytes.
 * @param encoding the encoding of inputs that are not UTF-8 and have no byte order mark (and, for HTML, no charset
 *     of their own), or null: such inputs are refused. Recorded in provenance as {@code ingest.encoding} when set.
 */
public record Settings(Profile profile, Path lexicons, Path manifest, String outlet, String date, long maxBytes,
                       long timeBudgetSeconds, Charset encoding) {
  /**
   * Default time budget per article. A long real article (10,000 tokens) takes well under a minute in the
   * {@code full} profile even on a loaded machine; five minutes leaves room and still ends a stall.
   */
  public static final long DEFAULT_TIME_BUDGET_SECONDS = 300;

  public Settings {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(lexicons, "lexicons");
    if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new IllegalArgumentException("date must be YYYY-MM-DD, got '" + date + "'");
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be > 0, got " + maxBytes);
    }
    if (timeBudgetSeconds < 0) {
      throw new IllegalArgumentException("time budget must be >= 0 seconds (0 = no limit), got " + timeBudgetSeconds);
    }
    outlet = outlet == null || outlet.isBlank() ? null : outlet;
    encoding = StandardCharsets.UTF_8.equals(encoding) ? null : encoding;
  }

  /** Settings for UTF-8 inputs. */
  public Settings(Profile profile, Path lexicons, Path manifest, String outlet, String date, long maxBytes,
                  long timeBudgetSeconds) {
    this(profile, lexicons, manifest, outlet, date, maxBytes, timeBudgetSeconds, null);
  }

  /** Settings with the default time budget. */
  public Settings(Profile profile, Path lexicons, Path manifest, String outlet, String date, long maxBytes) {
    this(profile, lexicons, manifest, outlet, date, maxBytes, DEFAULT_TIME_BUDGET_SECONDS);
  }

  /** A profile and lexicon directory with no manifest, no overrides, the default size limit and time budget. */
  public static Settings of(Profile profile, Path lexicons) {
    return new Settings(profile, lexicons, null, null, null, InputDecoder.DEFAULT_MAX_BYTES);
  }

  /** The same settings with this manifest. */
  public Settings withManifest(Path m) {
    return new Settings(profile, lexicons, m, outlet, date, maxBytes, timeBudgetSeconds, encoding);
  }

  /** The same settings with these overrides and size limit. */
  public Settings withOverrides(String newOutlet, String newDate, long newMaxBytes) {
    return new Settings(profile, lexicons, manifest, newOutlet, newDate, newMaxBytes, timeBudgetSeconds, encoding);
  }

  /** The same settings with this time budget per article (seconds, 0 = no limit). */
  public Settings withTimeBudget(long seconds) {
    return new Settings(profile, lexicons, manifest, outlet, date, maxBytes, seconds, encoding);
  }

  /** The same settings with this encoding for inputs that are not UTF-8 (null: none). */
  public Settings withEncoding(Charset cs) {
    return new Settings(profile, lexicons, manifest, outlet, date, maxBytes, timeBudgetSeconds, cs);
  }

  /**
   * The manifest in effect for these inputs: the explicit one, else {@code manifest.csv} at the top of a
   * directory given as the only input, else null.
   */
  public static Path manifestFor(Path explicit, List<Path> roots) {
    if (explicit != null) {
      return explicit;
    }
    if (roots.size() == 1 && Files.isDirectory(roots.get(0)) && Files.exists(roots.get(0).resolve("manifest.csv"))) {
      return roots.get(0).resolve("manifest.csv");
    }
    return null;
  }
}
