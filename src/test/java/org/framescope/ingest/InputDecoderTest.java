package org.framescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.framescope.model.InputException;
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
}
