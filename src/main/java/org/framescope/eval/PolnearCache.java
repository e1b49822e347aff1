package org.framescope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.framescope.model.AttributionSpans;
import org.framescope.model.InputException;
import org.framescope.resource.Hashing;
import org.framescope.io.Json;

/**
 * Keeps a slow system's attributions of a text on disk (the CoreNLP quote peer with coreference takes minutes
 * on a compartment). Input: the cache root, a fingerprint of the system's configuration, the system. Output: its
 * attributions, read from {@code DIR/<name>-<fingerprint[0..12]>/<sha256(text)>.json.gz} when present.
 */
public final class PolnearCache {
  private final Path dir;
  private final Function<String, List<AttributionSpans>> system;

  public PolnearCache(Path root, String name, String fingerprint, Function<String, List<AttributionSpans>> system) {
    this.dir = root.resolve(name + "-" + fingerprint.substring(0, 12));
    this.system = system;
  }

  public List<AttributionSpans> get(String text) throws InputException {
    Path f = dir.resolve(Hashing.sha256(text) + ".json.gz");
    List<AttributionSpans> cached = Json.readGzipped(f, Json.mapper().getTypeFactory()
        .constructCollectionType(List.class, AttributionSpans.class));
    if (cached != null) {
      return cached;
    }
    // absent or unreadable: compute again
    List<AttributionSpans> out = system.apply(text);
    try {
      Json.writeGzipped(f, out);
    } catch (IOException e) {
      throw new InputException(f.toString(), "cannot write cache (" + e.getMessage() + ")");
    }
    return out;
  }
}
