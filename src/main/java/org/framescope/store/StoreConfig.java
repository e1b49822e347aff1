package org.framescope.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.framescope.model.InputException;
import org.framescope.model.Versions;
import org.framescope.pipeline.PipelineFactory;
import org.framescope.pipeline.Settings;
import org.framescope.resource.Hashing;

/**
 * The configuration a store's results belong to: what, besides an input's bytes, shapes its article JSON.
 * Entries: the framescope version, the profile, the pipeline fingerprint ({@link PipelineFactory#fingerprint}:
 * CoreNLP settings, lexicon and model hashes), each lexicon file's SHA-256 (so a difference can be named), and
 * ingestion's settings (the manifest's name and SHA-256, the outlet and date overrides), which every article's
 * provenance records. The fingerprint is the SHA-256 of the entries. Thread count and the size limit are not
 * entries: they do not change any article's document.
 *
 * @param fingerprint SHA-256 (hex) of the entries as {@code key=value} lines in key order
 * @param entries the configuration, by name
 */
public record StoreConfig(String fingerprint, SortedMap<String, String> entries) {
  public StoreConfig {
    entries = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    if (!fingerprint.equals(hash(entries))) {
      throw new IllegalArgumentException("fingerprint " + fingerprint + " does not match the entries");
    }
  }

  /** A configuration from its entries. */
  public static StoreConfig of(Map<String, String> entries) {
    return new StoreConfig(hash(new TreeMap<>(entries)), new TreeMap<>(entries));
  }

  /** The configuration of a run with these settings (cheap: loads no model). */
  public static StoreConfig of(Settings s) throws InputException {
    SortedMap<String, String> e = new TreeMap<>();
    e.put("framescope", Versions.FRAMESCOPE);
    e.put("profile", s.profile().toString());
    e.put("pipeline", PipelineFactory.fingerprint(s));
    try (Stream<Path> files = Files.list(s.lexicons())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        e.put("lexicon:" + f.getFileName(), Hashing.sha256(f));
      }
      if (s.manifest() != null) {
        e.put("ingest.manifest", s.manifest().getFileName().toString());
        e.put("ingest.manifestSha256", Hashing.sha256(s.manifest()));
      }
    } catch (IOException ex) {
      throw new InputException(s.lexicons().toString(), "cannot read (" + ex.getMessage() + ")");
    }
    if (s.outlet() != null) {
      e.put("ingest.outlet", s.outlet());
    }
    if (s.date() != null) {
      e.put("ingest.date", s.date());
    }
    return of(e);
  }

  /** One line per entry that differs: {@code name: stored -> this run} (absent shown as "(none)"). */
  public List<String> differences(StoreConfig other) {
    List<String> out = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(entries.keySet());
    names.addAll(other.entries.keySet());
    for (String n : names) {
      String a = entries.get(n);
      String b = other.entries.get(n);
      if (a == null ? b != null : !a.equals(b)) {
        out.add(n + ": " + show(a) + " (stored) -> " + show(b) + " (this run)");
      }
    }
    return out;
  }

  private static String show(String v) {
    return v == null ? "(none)" : v.matches("[0-9a-f]{64}") ? v.substring(0, 12) + "..." : v;
  }

  private static String hash(SortedMap<String, String> entries) {
    StringBuilder b = new StringBuilder();
    entries.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
    return Hashing.sha256(b.toString());
  }
}
