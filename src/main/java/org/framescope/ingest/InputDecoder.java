package org.framescope.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.framescope.model.InputException;

/**
 * Reads an input file's bytes (decompressed when the file is gzip) and decodes them as text, refusing what is not
 * usable text. Input: a path and a size limit. Output: the bytes and the decoded text (BOM stripped).
 * Every refusal is an {@link InputException} whose one-line message names the file and the problem:
 * missing, unreadable, a directory, empty, too large, binary, invalid UTF-8 (with the byte offset).
 */
public final class InputDecoder {
  /** Default limit: a news article is rarely above 2 MB; 20 MB leaves room for corpora files. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  /** JSON/JSONL corpus files may hold many articles. */
  public static final long DEFAULT_MAX_CORPUS_BYTES = 1024L * 1024 * 1024;

  /** Decoded input. */
  public record Decoded(byte[] bytes, String text) { }

  private InputDecoder() { }

  /** The size of a file that exists and is not a directory; otherwise the problem, worded for the user. */
  private static long existingFileSize(Path path) throws InputException {
    String name = path.toString();
    if (!Files.exists(path)) {
      throw new InputException(name, "no such file or directory");
    }
    if (Files.isDirectory(path)) {
      throw new InputException(name, "is a directory");
    }
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new InputException(name, "cannot read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static void checkLimit(String name, long size, long maxBytes) throws InputException {
    if (size > maxBytes) {
      throw new InputException(name, String.format(java.util.Locale.ROOT,
          "file too large (%.1f MB, limit %.1f MB; raise it with --max-mb)", size / 1048576.0, maxBytes / 1048576.0));
    }
  }

  /**
   * The file's bytes, decompressed when it is gzip ({@link #gzip}: by its first bytes, whatever its name), at most
   * {@code maxBytes} of them (on disk and, for gzip, decompressed).
   */
  public static byte[] readBytes(Path path, long maxBytes) throws InputException {
    String name = path.toString();
    long size = existingFileSize(path);
    checkLimit(name, size, maxBytes);
    if (!Files.isReadable(path)) {
      throw new InputException(name, "cannot read (permission denied)");
    }
    boolean gz = gzip(path);
    try (java.io.InputStream in = content(Files.newInputStream(path), gz)) {
      byte[] b = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
      if (b.length > maxBytes) {
        throw new InputException(name, String.format(java.util.Locale.ROOT, "file too large (over %.1f MB"
            + " decompressed, limit %.1f MB; raise it with --max-mb)", maxBytes / 1048576.0, maxBytes / 1048576.0));
      }
      return b;
    } catch (AccessDeniedException e) {
      throw new InputException(name, "cannot read (permission denied)");
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file or directory");
    } catch (IOException e) {
      throw new InputException(name, (gz ? "not a readable gzip file (" : "cannot read (") + e.getMessage() + ")");
    }
  }

  /**
   * What can be checked without reading a whole file: it exists, is a readable regular file, is not empty and
   * not over the limit (on disk), and its first 8 KB (decompressed, for gzip) are text (no NUL byte, few control
   * bytes, whitespace-only when that is the whole file). Input: a path and the size limit. Output: nothing, or the
   * problem as {@link InputException}, worded as {@link #read} words it.
   */
  public static void check(Path path, long maxBytes) throws InputException {
    String name = path.toString();
    checkSize(path, maxBytes);
    boolean gz = gzip(path);
    byte[] head;
    boolean whole;
    try (java.io.InputStream in = content(Files.newInputStream(path), gz)) {
      head = in.readNBytes(8192);
      whole = head.length < 8192 || in.read() < 0;
    } catch (AccessDeniedException e) {
      throw new InputException(name, "cannot read (permission denied)");
    } catch (IOException e) {
      throw new InputException(name, (gz ? "not a readable gzip file (" : "cannot read (") + e.getMessage() + ")");
    }
    if (gz && head.length == 0) {
      throw new InputException(name, "empty file (nothing inside the gzip)");
    }
    checkHead(name, head, whole);
  }

  /** True when the file starts with the gzip magic bytes (whatever its name); false when it cannot be opened. */
  static boolean gzip(Path file) throws InputException {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      return false; // the callers word the problem
    }
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(2);
      return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read (" + e.getMessage() + ")", e);
    }
  }

  /** A file's content: decompressed when it is gzip (closing {@code raw} when the gzip header is bad). */
  static java.io.InputStream content(java.io.InputStream raw, boolean gz) throws IOException {
    if (!gz) {
      return raw;
    }
    try {
      return new java.util.zip.GZIPInputStream(raw, 1 << 16);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * The text checks of {@link #check} on the first bytes of a file's content ({@code whole}: they are all of it):
   * not binary, and not only white space.
   */
  static void checkHead(String name, byte[] head, boolean whole) throws InputException {
    probeBinary(name, head);
    if (whole && new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").isBlank()) {
      throw new InputException(name, "empty file (only whitespace)");
    }
  }

  /** The size of an existing, non-empty file within the limit; the problem otherwise, worded as {@link #check}. */
  static long checkSize(Path path, long maxBytes) throws InputException {
    long size = existingFileSize(path);
    if (size == 0) {
      throw new InputException(path.toString(), "empty file");
    }
    checkLimit(path.toString(), size, maxBytes);
    return size;
  }

  /** Reads and decodes as strict UTF-8. */
  public static Decoded read(Path path, long maxBytes) throws InputException {
    byte[] bytes = readBytes(path, maxBytes);
    return new Decoded(bytes, decode(path.toString(), bytes, StandardCharsets.UTF_8));
  }

  /** Decodes bytes strictly; empty, binary and malformed input is refused. */
  public static String decode(String name, byte[] bytes, Charset charset) throws InputException {
    if (bytes.length == 0) {
      throw new InputException(name, "empty file");
    }
    probeBinary(name, bytes);
    CharsetDecoder dec = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = dec.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (MalformedInputException e) {
      throw new InputException(name, "invalid " + charset.name() + " (malformed byte sequence at offset "
          + firstMalformed(bytes, charset) + ")");
    } catch (CharacterCodingException e) {
      throw new InputException(name, "invalid " + charset.name() + " (" + e.getMessage() + ")");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new InputException(name, "empty file (only whitespace)");
    }
    return text;
  }

  /** Refuses bytes that are not text: a NUL byte or more than 10% control bytes in the first 8 KB. */
  private static void probeBinary(String name, byte[] bytes) throws InputException {
    int probe = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < probe; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        throw new InputException(name, "binary file (NUL byte at offset " + i + "), not text");
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
        control++;
      }
    }
    if (control > probe / 10) {
      throw new InputException(name, "binary file (" + control + " control bytes in the first " + probe + "), not text");
    }
  }

  /** Offset of the first byte of {@code bytes} that is not {@code charset}. */
  static long firstMalformed(byte[] bytes, Charset charset) {
    CharsetDecoder dec = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    dec.decode(in, out, true);
    return in.position();
  }
}
