package org.framescope.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** framescope's own version, from the build. */
public final class Versions {
  public static final String FRAMESCOPE = load();

  private Versions() { }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/org/framescope/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String v = p.getProperty("version", "unknown");
    return v.startsWith("$") ? "dev" : v;
  }
}
