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
 * usable text. Input: a path, a size limit and the encoding of files without a byte order mark (UTF-8 unless the
 * user names another). A byte order mark decides: UTF-8, or UTF-16 (little- or big-endian), which would otherwise
 * look binary. Output: the bytes and the decoded text (mark stripped). Every refusal is an {@link InputException}
 * whose one-line message names the file and the problem: missing, unreadable, a directory, empty, too large,
 * binary, invalid UTF-8 (with the byte offset, and how to name another encoding).
 */
public final class InputDecoder {
  /** Default limit: a news article is rarely above 2 MB; 20 MB leaves room for corpora files. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  /** JSON/JSONL corpus files may hold many articles. */
  public static final long DEFAULT_MAX_CORPUS_BYTES = 1024L * 1024 * 1024;

  /** Decoded input. */
  public record Decoded(byte[] bytes, String text) { }

  /** What an invalid-UTF-8 refusal adds, so the user knows the way out. */
  public static final String ENCODING_HINT = "if the file is in another encoding, name it with --encoding, e.g."
      + " --encoding windows-1252";

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
    check(path, maxBytes, null);
  }

  /**
   * {@link #check(Path, long)} for an input that may be in {@code fallback} ({@link #decodeText}): one not
   * ASCII-compatible (UTF-16 without a byte order mark) is not refused for its NUL bytes.
   */
  public static void check(Path path, long maxBytes, Charset fallback) throws InputException {
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
    if (fallback != null && !asciiCompatible(fallback) && bomCharset(head) == null) {
      return; // UTF-16 text has NUL bytes; decoding it checks the rest
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
    Charset cs = bomCharset(head);
    if (cs == null) {
      probeBinary(name, head);
      cs = StandardCharsets.UTF_8;
    }
    if (whole && new String(head, cs).replace("\uFEFF", "").isBlank()) {
      throw new InputException(name, "empty file (only whitespace)");
    }
  }

  /**
   * The charset a byte order mark at the start of {@code bytes} names: UTF-8 (EF BB BF) or UTF-16 (FE FF, FF FE;
   * the mark tells the byte order); null without one.
   */
  public static Charset bomCharset(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
        || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
      return StandardCharsets.UTF_16;
    }
    return null;
  }

  /** Whether text in {@code cs} keeps ASCII's bytes (so a NUL byte means binary): not UTF-16 or UTF-32. */
  public static boolean asciiCompatible(Charset cs) {
    String n = cs.name().toUpperCase(java.util.Locale.ROOT);
    return !n.startsWith("UTF-16") && !n.startsWith("UTF-32") && !n.startsWith("X-UTF-16") && !n.startsWith("X-UTF-32");
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

  /** Reads and decodes as strict UTF-8 (or as its byte order mark says). */
  public static Decoded read(Path path, long maxBytes) throws InputException {
    return read(path, maxBytes, StandardCharsets.UTF_8);
  }

  /** Reads and decodes as {@link #decodeText} does. */
  public static Decoded read(Path path, long maxBytes, Charset fallback) throws InputException {
    byte[] bytes = readBytes(path, maxBytes);
    return new Decoded(bytes, decodeText(path.toString(), bytes, fallback));
  }

  /**
   * Decodes an input's bytes: as its byte order mark says, else as strict UTF-8, else (when they are not UTF-8) as
   * {@code fallback}, the encoding the user named for such inputs (null: none, UTF-8 is required). A fallback that
   * is not ASCII-compatible (UTF-16 without a mark) is used directly, since such text is never valid UTF-8. So a
   * folder mixing UTF-8 files with files in one legacy encoding reads whole.
   */
  public static String decodeText(String name, byte[] bytes, Charset fallback) throws InputException {
    if (fallback == null || fallback.equals(StandardCharsets.UTF_8) || bomCharset(bytes) != null) {
      return decode(name, bytes, StandardCharsets.UTF_8);
    }
    if (!asciiCompatible(fallback)) {
      return decode(name, bytes, fallback);
    }
    try {
      return decode(name, bytes, StandardCharsets.UTF_8);
    } catch (InputException e) {
      if (!e.reason().startsWith("invalid")) {
        throw e;
      }
      return decode(name, bytes, fallback);
    }
  }

  /**
   * Decodes bytes strictly as {@code charset}, unless they start with a byte order mark ({@link #bomCharset}),
   * which decides; empty, binary and malformed input is refused.
   */
  public static String decode(String name, byte[] bytes, Charset charset) throws InputException {
    if (bytes.length == 0) {
      throw new InputException(name, "empty file");
    }
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      charset = bom;
    }
    if (asciiCompatible(charset)) {
      probeBinary(name, bytes);
    }
    CharsetDecoder dec = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = dec.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (MalformedInputException e) {
      String hint = charset.equals(StandardCharsets.UTF_8) ? "; " + ENCODING_HINT : "";
      throw new InputException(name, "invalid " + charset.name() + " (malformed byte sequence at offset "
          + firstMalformed(bytes, charset) + ")" + hint);
    } catch (CharacterCodingException e) {
      throw new InputException(name, "invalid " + charset.name() + " (" + e.getMessage() + ")");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (!asciiCompatible(charset)) {
      probeBinaryText(name, text);
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

  /** {@link #probeBinary} on decoded text (for encodings where a NUL byte is part of a character). */
  private static void probeBinaryText(String name, String text) throws InputException {
    int probe = Math.min(text.length(), 8192);
    int control = 0;
    for (int i = 0; i < probe; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new InputException(name, "binary file (NUL character at character " + i + "), not text");
      }
      if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
        control++;
      }
    }
    if (control > probe / 10) {
      throw new InputException(name, "binary file (" + control + " control characters in the first " + probe
          + "), not text");
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
