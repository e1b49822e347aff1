package org.framescope.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers for provenance. */
public final class Hashing {
  private Hashing() { }

  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Streams a file through SHA-256. */
  public static String sha256(Path file) throws IOException {
    MessageDigest md = digest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static String codeSha256;

  /**
   * SHA-256 of framescope's own compiled code: its jar, or every class file of its class folder (sorted paths and
   * contents) when it runs from a build tree. A key for caches of results that the code computes (not only the
   * models and lexicons): a rebuilt class means a new key. Computed once per JVM; "unknown" when the code's
   * location cannot be read.
   */
  public static synchronized String codeSha256() {
    if (codeSha256 == null) {
      codeSha256 = computeCodeSha256();
    }
    return codeSha256;
  }

  private static String computeCodeSha256() {
    try {
      Path where = Path.of(Hashing.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(where)) {
        return sha256(where);
      }
      MessageDigest md = digest();
      try (java.util.stream.Stream<Path> files = Files.walk(where)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
          md.update(where.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
          md.update(Files.readAllBytes(f));
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JRE", e);
    }
  }
}
