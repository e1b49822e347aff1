package org.framescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations shared by the commands: the install home (set by the launcher) and its data folders. */
final class Common {
  private Common() { }

  /** The framescope home: -Dframescope.home, else the working directory. */
  static Path home() {
    String h = System.getProperty("framescope.home");
    return h == null || h.isBlank() ? Path.of("").toAbsolutePath() : Path.of(h);
  }

  /** A profile that parses (full or accurate), for the commands that analyse attribution; names a bad value. */
  static org.framescope.nlp.Profile parsedProfile(String value) {
    org.framescope.nlp.Profile p = org.framescope.nlp.Profile.parse(value);
    if (!p.hasDependencies()) {
      throw new IllegalArgumentException("--profile must be full or accurate (attribution needs the parse), got '"
          + value + "'");
    }
    return p;
  }

  /** The lexicon directory: an explicit one, else home/lexicons, else ./lexicons. */
  static Path lexicons(Path explicit) {
    if (explicit != null) {
      return explicit;
    }
    Path p = home().resolve("lexicons");
    return Files.isDirectory(p) ? p : Path.of("lexicons");
  }

  /**
   * True when a progress bar is wanted and makes sense: an interactive terminal, not CI, and more than one
   * article to come (several inputs, or a corpus file).
   */
  static boolean progress(boolean wanted, java.util.List<org.framescope.ingest.Ingestor.InputRef> inputs) {
    return wanted && interactive() && (inputs.size() > 1 || inputs.stream().anyMatch(r -> r.kind().corpus()));
  }

  /** True when a progress bar makes sense: an interactive terminal and not CI. */
  static boolean interactive() {
    String ci = System.getenv("CI");
    return System.console() != null && (ci == null || ci.isBlank() || ci.equalsIgnoreCase("false"));
  }
}
