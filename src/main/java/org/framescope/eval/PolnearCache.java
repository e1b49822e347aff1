package org.framescope.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.framescope.model.AttributionSpans;
import org.framescope.model.InputException;
import org.framescope.io.AtomicFiles;
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
    if (Files.isRegularFile(f)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        return Json.mapper().readValue(in, new TypeReference<List<AttributionSpans>>() { });
      } catch (IOException | RuntimeException e) {
        // unreadable entry: compute again
      }
    }
    List<AttributionSpans> out = system.apply(text);
    try {
      AtomicFiles.write(f, o -> {
        GZIPOutputStream gz = new GZIPOutputStream(o);
        Json.compact().writeValue((OutputStream) gz, out);
        gz.finish();
      });
    } catch (IOException e) {
      throw new InputException(f.toString(), "cannot write cache (" + e.getMessage() + ")");
    }
    return out;
  }
}
