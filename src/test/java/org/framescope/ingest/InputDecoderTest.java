package org.framescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.framescope.model.InputException;
import org.framescope.testing.Gzip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDecoderTest {
  @TempDir
  Path dir;

  private String refuse(Path p, long max) {
    InputException e = assertThrows(InputException.class, () -> InputDecoder.read(p, max));
    assertTrue(e.getMessage().startsWith(p.toString() + ": "), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), "one-line message");
    return e.reason();
  }

  @Test
  void emptyFile() throws Exception {
    Path p = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertEquals("empty file", refuse(p, 1000));
    Files.writeString(p, " \n\t\n");
    assertTrue(refuse(p, 1000).startsWith("empty file"));
  }

  @Test
  void binaryFile() throws Exception {
    Path p = Files.write(dir.resolve("img.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertTrue(refuse(p, 1000).startsWith("binary file"));
  }

  @Test
  void invalidUtf8NamesOffset() throws Exception {
    byte[] b = "caf\u00e9 ok".getBytes(StandardCharsets.ISO_8859_1);
    Path p = Files.write(dir.resolve("latin1.txt"), b);
    String r = refuse(p, 1000);
    assertTrue(r.contains("invalid UTF-8") && r.contains("offset 3"), r);
  }

  @Test
  void fiftyMegabyteFileRefusedWithoutReadingIt() throws Exception {
    Path p = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    String r = refuse(p, InputDecoder.DEFAULT_MAX_BYTES);
    assertTrue(r.startsWith("file too large (50.0 MB, limit 20.0 MB"), r);
  }

  @Test
  void missingAndDirectory() throws Exception {
    assertEquals("no such file or directory", refuse(dir.resolve("nope.txt"), 1000));
    assertEquals("is a directory", refuse(dir, 1000));
  }

  @Test
  void bomIsStripped() throws Exception {
    Path p = Files.write(dir.resolve("bom.txt"), "\uFEFFHello".getBytes(StandardCharsets.UTF_8));
    assertEquals("Hello", InputDecoder.read(p, 1000).text());
  }

  @Test
  void gzipIsReadDecompressedWithinTheLimitAndABrokenOneIsNamed() throws Exception {
    Path ok = Files.write(dir.resolve("a.txt.gz"), Gzip.of("Port struck.".getBytes(StandardCharsets.UTF_8)));
    assertEquals("Port struck.", InputDecoder.read(ok, 1000).text());
    InputDecoder.check(ok, 1000);
    // 5,000 bytes inside 40 on disk: the limit is on what comes out
    Path bomb = Files.write(dir.resolve("bomb.txt.gz"), Gzip.of("a".repeat(5000).getBytes(StandardCharsets.UTF_8)));
    assertTrue(Files.size(bomb) < 1000);
    String r = refuse(bomb, 1000);
    assertTrue(r.startsWith("file too large (over 0.0 MB decompressed"), r);
    Path broken = Files.write(dir.resolve("broken.html.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
    assertTrue(refuse(broken, 1000).startsWith("not a readable gzip file"), refuse(broken, 1000));
    InputException e = assertThrows(InputException.class, () -> InputDecoder.check(broken, 1000));
    assertTrue(e.reason().startsWith("not a readable gzip file"), e.getMessage());
    Path empty = Files.write(dir.resolve("empty.txt.gz"), Gzip.of(new byte[0]));
    InputException e2 = assertThrows(InputException.class, () -> InputDecoder.check(empty, 1000));
    assertEquals("empty file (nothing inside the gzip)", e2.reason());
    Path binary = Files.write(dir.resolve("img.html.gz"), Gzip.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
    assertTrue(refuse(binary, 1000).startsWith("binary file"));
  }
}
