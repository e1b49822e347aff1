package org.framescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
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
  void invalidUtf8SaysHowToNameTheEncoding() throws Exception {
    Path p = Files.write(dir.resolve("cp1252.txt"), new byte[] {'I', (byte) 0x92, 'm', ' ', 'o', 'k'});
    assertTrue(refuse(p, 1000).endsWith(InputDecoder.ENCODING_HINT));
    assertEquals("I\u2019m ok", InputDecoder.read(p, 1000, Charset.forName("windows-1252")).text());
  }

  @Test
  void aNamedEncodingIsForFilesThatAreNotUtf8() throws Exception {
    // a folder mixing UTF-8 files with legacy ones reads whole: UTF-8 stays UTF-8 ("é", not "Ã©")
    Path utf8 = Files.writeString(dir.resolve("utf8.txt"), "caf\u00e9 and cr\u00e8me");
    Path latin = Files.write(dir.resolve("latin.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Charset cp1252 = Charset.forName("windows-1252");
    assertEquals("caf\u00e9 and cr\u00e8me", InputDecoder.read(utf8, 1000, cp1252).text());
    assertEquals("caf\u00e9", InputDecoder.read(latin, 1000, cp1252).text());
    // a byte that windows-1252 leaves unassigned is still refused, named
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0x81, 'b'});
    InputException e = assertThrows(InputException.class, () -> InputDecoder.read(bad, 1000, cp1252));
    assertTrue(e.reason().startsWith("invalid windows-1252"), e.reason());
  }

  @Test
  void utf16WithAByteOrderMarkIsText() throws Exception {
    String text = "The minister said the talks failed.\n";
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = text.getBytes(StandardCharsets.UTF_16); // Java writes the big-endian mark
    for (byte[] b : new byte[][] {le, be}) {
      Path p = Files.write(dir.resolve("u16.txt"), b);
      InputDecoder.check(p, 1000);
      assertEquals(text, InputDecoder.read(p, 1000).text());
    }
    // without a mark it looks binary, unless the user names the encoding
    Path bare = Files.write(dir.resolve("bare.txt"), text.getBytes(StandardCharsets.UTF_16LE));
    assertTrue(refuse(bare, 1000).startsWith("binary file"));
    InputDecoder.check(bare, 1000, StandardCharsets.UTF_16LE);
    assertEquals(text, InputDecoder.read(bare, 1000, StandardCharsets.UTF_16LE).text());
    // and real binary is still binary in UTF-16
    Path bin = Files.write(dir.resolve("bin.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 1, 0, 2, 0});
    assertTrue(refuse(bin, 1000).startsWith("binary file"));
  }

  /** {@code a} then {@code b}. */
  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
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
