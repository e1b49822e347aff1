package org.framescope.resource;

import java.nio.file.Path;

/** The user's cache folder for framescope: parses ({@code nlp/}) and ONNX Runtime's unpacked native libraries. */
public final class UserCache {
  private UserCache() {
  }

  /** {@code $XDG_CACHE_HOME/framescope}, else {@code ~/.cache/framescope}. */
  public static Path root() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("framescope");
  }
}
