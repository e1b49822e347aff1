package org.framescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a JSONL file a record at a time gives what reading its whole text gives: the same records (ids,
 * sources, text, hashes) and the same errors in the same order, on random files with blank, malformed and
 * unusable lines, CRLF line ends, a byte order mark and lines longer than the read buffer. A line that is not
 * UTF-8 or is too long costs that line only.
 */
class JsonlRecordsTest {
  @TempDir
  Path dir;

  private static final String[] WORDS = "troops ships left port the minister said talks failed \u00e9t\u00e9 \u201cquoted\u201d \\\" \\n"
      .split(" ");

  @Test
  void recordByRecordEqualsTheWholeText() throws Exception {
    Random rnd = new Random(20261130);
    for (int trial = 0; trial < 300; trial++) {
      StringBuilder text = new StringBuilder(trial % 7 == 0 ? "\uFEFF" : "");
      int lines = 1 + rnd.nextInt(40);
      for (int i = 0; i < lines; i++) {
        switch (rnd.nextInt(10)) {
          case 0 -> text.append("   ");
          case 1 -> text.append("{bad json");
          case 2 -> text.append("[1, 2]");
          case 3 -> text.append("{\"title\": \"no text\"}");
          case 4 -> text.append("{\"text\": \"a\"} trailing");
          default -> {
            text.append("{");
            if (rnd.nextBoolean()) {
              text.append("\"id\": \"r").append(rnd.nextInt(5)).append("\", ");
            }
            text.append("\"text\": \"");
            int words = rnd.nextInt(20) == 0 ? 15_000 : 1 + rnd.nextInt(30); // some lines span read buffers
            for (int w = 0; w < words; w++) {
              text.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
            }
            text.append("\"}");
          }
        }
        if (i < lines - 1 || rnd.nextBoolean()) {
          text.append(rnd.nextInt(4) == 0 ? "\r\n" : "\n");
        }
      }
      String t = text.toString();
      Path f = Files.writeString(dir.resolve("c" + trial + ".jsonl"), t);
      List<InputException> wholeErrors = new ArrayList<>();
      List<RawDocument> whole = JsonRecordReader.readJsonl(f.toString(), "c", t.startsWith("\uFEFF") ? t.substring(1)
          : t, wholeErrors::add);
      List<InputException> streamErrors = new ArrayList<>();
      List<RawDocument> streamed = stream(f, Long.MAX_VALUE, streamErrors);
      assertEquals(describe(whole), describe(streamed), "trial " + trial);
      assertEquals(messages(wholeErrors), messages(streamErrors), "trial " + trial);
    }
  }

  @Test
  void aLineThatIsNotUtf8CostsThatLineOnly() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("{\"text\":\"One.\"}\n".getBytes(StandardCharsets.UTF_8));
    b.writeBytes("{\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
    b.write(0xE9); // Latin-1 e-acute, byte 28 of the file: not UTF-8
    b.writeBytes("\"}\n{\"text\":\"Three.\"}\n".getBytes(StandardCharsets.UTF_8));
    Path f = Files.write(dir.resolve("latin.jsonl"), b.toByteArray());
    List<InputException> errors = new ArrayList<>();
    List<RawDocument> docs = stream(f, Long.MAX_VALUE, errors);
    assertEquals(List.of("One.", "Three."), docs.stream().map(RawDocument::content).toList());
    assertEquals(List.of(f + ":2: invalid UTF-8 (malformed byte sequence at offset 28); "
        + InputDecoder.ENCODING_HINT), messages(errors));
    assertEquals(f + "#3", docs.get(1).source(), "the bad line keeps its record number");
  }

  @Test
  void aLineOverTheLimitCostsThatLineOnly() throws Exception {
    Path f = Files.writeString(dir.resolve("long.jsonl"), "{\"text\":\"One.\"}\n{\"text\":\"" + "x".repeat(200_000)
        + "\"}\n{\"text\":\"Three.\"}");
    List<InputException> errors = new ArrayList<>();
    List<RawDocument> docs = stream(f, 100_000, errors);
    assertEquals(List.of("One.", "Three."), docs.stream().map(RawDocument::content).toList());
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).getMessage().startsWith(f + ":2: record line too long (0.2 MB, limit 0.1 MB"),
        errors.get(0).getMessage());
  }

  @Test
  void aFileWithoutAUsableRecordSaysSo() throws Exception {
    Path f = Files.writeString(dir.resolve("none.jsonl"), "{\"title\":\"x\"}\n\n");
    List<InputException> errors = new ArrayList<>();
    assertEquals(List.of(), stream(f, Long.MAX_VALUE, errors));
    assertEquals(List.of(f + ":1: record has neither 'text' nor 'html'", f + ": no usable records"),
        messages(errors));
  }

  @Test
  void aGzipFileReadsAsItsContent() throws Exception {
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      t.append("{\"id\":\"r").append(i).append("\",\"text\":\"Ships left port ").append(i).append(".\"}\n");
    }
    Path plain = Files.writeString(dir.resolve("c.jsonl"), t);
    Path gz = dir.resolve("c.jsonl.gz");
    try (java.io.OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(t.toString().getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(java.util.Optional.of(Ingestor.Kind.JSONL), Ingestor.kindOf(gz));
    JsonlRecords.check(gz);
    List<InputException> errors = new ArrayList<>();
    List<String> fromPlain = stream(plain, Long.MAX_VALUE, errors).stream().map(d -> d.id() + "|" + d.sha256()
        + "|" + d.content()).toList();
    List<String> fromGz = stream(gz, Long.MAX_VALUE, errors).stream().map(d -> d.id() + "|" + d.sha256()
        + "|" + d.content()).toList();
    assertEquals(5000, fromGz.size());
    assertEquals(fromPlain, fromGz);
    assertEquals(List.of(), errors);

    byte[] whole = Files.readAllBytes(gz);
    Path cut = Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
    List<RawDocument> before = new ArrayList<>();
    InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> {
      try (JsonlRecords r = JsonlRecords.open(cut, cut.toString(), "c", Long.MAX_VALUE, d -> d)) {
        for (RawDocument d = r.next(errors::add); d != null; d = r.next(errors::add)) {
          before.add(d);
        }
      }
    });
    assertTrue(e.getMessage().startsWith(cut + ":" + (before.size() + 1) + ": cannot read further"), e.getMessage());
    assertTrue(before.size() > 100, "the records before the cut are read: " + before.size());
  }

  @Test
  void aGzipFileIsCheckedForItsContent() throws Exception {
    Path bin = dir.resolve("bin.jsonl.gz");
    try (java.io.OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bin))) {
      o.write(new byte[] {'{', 0, '}'});
    }
    Path blank = dir.resolve("blank.jsonl.gz");
    try (java.io.OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(blank))) {
      o.write(" \n\n".getBytes(StandardCharsets.UTF_8));
    }
    Path broken = Files.write(dir.resolve("broken.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
    assertEquals(bin + ": binary file (NUL byte at offset 1), not text", problem(bin));
    assertEquals(blank + ": empty file (only whitespace)", problem(blank));
    assertTrue(problem(broken).startsWith(broken + ": not a readable gzip file"), problem(broken));
  }

  @Test
  void utf16JsonlIsRefusedWithTheWayOut() throws Exception {
    byte[] b = "{\"text\":\"One.\"}\n".getBytes(StandardCharsets.UTF_16);
    Path f = Files.write(dir.resolve("u16.jsonl"), b);
    InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
        () -> JsonlRecords.open(f, f.toString(), "c", Long.MAX_VALUE, d -> d));
    assertTrue(e.getMessage().startsWith(f + ": JSONL in UTF-16 is not read") && e.getMessage().contains("iconv"),
        e.getMessage());
  }

  private static String problem(Path p) {
    try {
      JsonlRecords.check(p);
      return "";
    } catch (InputException e) {
      return e.getMessage();
    }
  }

  private static List<RawDocument> stream(Path f, long maxLine, List<InputException> errors) throws Exception {
    List<RawDocument> out = new ArrayList<>();
    try (JsonlRecords r = JsonlRecords.open(f, f.toString(), "c", maxLine, d -> d)) {
      for (RawDocument d = r.next(errors::add); d != null; d = r.next(errors::add)) {
        out.add(d);
      }
      assertNull(r.next(errors::add), "stays at the end");
    }
    return out;
  }

  private static List<String> describe(List<RawDocument> docs) {
    return docs.stream().map(d -> d.id() + "|" + d.source() + "|" + d.sha256() + "|" + d.content()).toList();
  }

  private static List<String> messages(List<InputException> errors) {
    return errors.stream().map(InputException::getMessage).toList();
  }
}
