package org.framescope.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framescope.resource.DataFile;
import org.framescope.model.InputException;

/**
 * Maps outlet domains and names to the outlet's canonical name, country, ownership type and comparison
 * group. Input: {@code lexicons/outlets.tsv} (columns key, outlet, country, ownership, group, note).
 * Output: lookups by URL host (longest matching domain suffix) or by lower-cased name.
 */
public final class OutletRegistry {
  /** Allowed ownership types. */
  public static final Set<String> OWNERSHIP =
      Set.of("state-controlled", "state-funded", "government", "commercial", "nonprofit", "unknown");

  /** One outlet. */
  public record Outlet(String name, String country, String ownership, String group) { }

  private final Map<String, Outlet> byKey;
  private final String sha256;

  private OutletRegistry(Map<String, Outlet> byKey, String sha256) {
    this.byKey = byKey;
    this.sha256 = sha256;
  }

  public static OutletRegistry empty() {
    return new OutletRegistry(Map.of(), "");
  }

  public static OutletRegistry load(Path file) throws InputException {
    DataFile lf = DataFile.read(file);
    Map<String, Outlet> map = new HashMap<>();
    Map<String, Outlet> byName = new HashMap<>();
    for (DataFile.Row row : lf.rows()) {
      String where = file + ":" + row.line();
      String key = row.get("key").toLowerCase(Locale.ROOT);
      String ownership = row.get("ownership");
      if (!OWNERSHIP.contains(ownership)) {
        throw new InputException(where, "unknown ownership '" + ownership + "' (expected one of " + OWNERSHIP + ")");
      }
      if (row.get("outlet").isEmpty()) {
        throw new InputException(where, "empty outlet name");
      }
      Outlet o = new Outlet(row.get("outlet"), emptyToNull(row.get("country")), ownership,
          emptyToNull(row.get("group")));
      if (map.put(key, o) != null) {
        throw new InputException(where, "duplicate key '" + key + "'");
      }
      byName.putIfAbsent(o.name().toLowerCase(Locale.ROOT), o);
    }
    byName.forEach(map::putIfAbsent);
    return new OutletRegistry(map, lf.sha256());
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** Looks up by name (case-insensitive) or, failing that, by the URL's host. */
  public Optional<Outlet> lookup(String name, String url) {
    if (name != null && !name.isBlank()) {
      Outlet o = byKey.get(name.trim().toLowerCase(Locale.ROOT));
      if (o != null) {
        return Optional.of(o);
      }
    }
    if (url != null && !url.isBlank()) {
      String host;
      try {
        host = URI.create(url.trim()).getHost();
      } catch (IllegalArgumentException e) {
        host = null;
      }
      if (host != null) {
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
          host = host.substring(4);
        }
        while (host.contains(".")) {
          Outlet o = byKey.get(host);
          if (o != null) {
            return Optional.of(o);
          }
          host = host.substring(host.indexOf('.') + 1);
        }
      }
    }
    return Optional.empty();
  }

  public String sha256() {
    return sha256;
  }

  public int size() {
    return byKey.size();
  }
}
