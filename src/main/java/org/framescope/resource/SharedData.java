package org.framescope.resource;

import java.nio.file.Path;

/**
 * Where the research data lives: {@code $FRAMESCOPE_SHARED}, else {@code ../shared} relative to the working
 * directory (the layout of a checkout beside the shared folder). Data there is read in place, never copied.
 */
public final class SharedData {
  private SharedData() { }

  /** The shared folder. */
  public static Path dir() {
    String env = System.getenv("FRAMESCOPE_SHARED");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared");
  }

  /** A data set folder under {@code datasets/} (e.g. "basil", "ptc"). */
  public static Path dataset(String name) {
    return dir().resolve("datasets").resolve(name);
  }
}
