package org.framescope.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.Settings;

/**
 * The run's settings as plain values, sent from the driver to the executors (a {@link Settings} holds paths,
 * which do not serialise). Paths must be readable at the same location on every executor (a shared file system, or
 * files shipped with spark-submit --files/--archives).
 *
 * @param profile fast, full or accurate
 * @param lexicons lexicon directory
 * @param manifest corpus manifest or null
 * @param outlet outlet override or null
 * @param date date override or null
 * @param maxBytes largest input read
 * @param encoding the encoding of input files that are not UTF-8 (a charset name), or null
 */
public record JobSettings(String profile, String lexicons, String manifest, String outlet, String date,
                          long maxBytes, String encoding) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The settings of a run, as {@code analyze} builds them. */
  public Settings settings() {
    return Settings.of(Profile.parse(profile), Path.of(lexicons))
        .withManifest(manifest == null ? null : Path.of(manifest)).withOverrides(outlet, date, maxBytes)
        .withEncoding(encoding == null ? null : java.nio.charset.Charset.forName(encoding));
  }

  /** Plain values of a run's settings. */
  public static JobSettings of(Settings s) {
    return new JobSettings(s.profile().toString(), s.lexicons().toString(),
        s.manifest() == null ? null : s.manifest().toString(), s.outlet(), s.date(), s.maxBytes(),
        s.encoding() == null ? null : s.encoding().name());
  }
}
