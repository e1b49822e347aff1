package org.framescope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;

/**
 * A JSONL corpus file read one record at a time, so that a corpus of any size is analysed in bounded memory: at
 * most one line is held. In: the file (checked as every input is: exists, not empty, text), the limit of one
 * line. Out: its records in file order ({@link #next}), each made as {@link JsonRecordReader#readJsonl} makes it
 * from the whole text (same ids, sources, record numbers and error messages), then passed through the reader's
 * {@code enrich} (the manifest, the outlet registry).
 *
 * <p>A gzip-compressed file ({@code corpus.jsonl.gz}, recognised by its first bytes) is read the same way,
 * decompressed as it is read.
 *
 * <p>What differs from reading the whole file: a line that is not valid UTF-8, or longer than the limit, is
 * reported (file:line) and skipped, and the other lines are still read, where a whole-file read refuses the file.
 * Not thread-safe: one thread reads.
 */
public final class JsonlRecords implements AutoCloseable {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final Counting raw;
  private final String source;
  private final String idBase;
  private final long maxLineBytes;
  private final UnaryOperator<RawDocument> enrich;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharsetDecoder fallback; // lines that are not UTF-8, or null
  private final byte[] chunk = new byte[1 << 16];
  private int pos;
  private int lim;
  private byte[] line = new byte[8192];
  private int lineLen;
  private boolean lineTooLong;
  private long lineBytes;
  private long lineStart;
  private long consumed;
  private int lineNo;
  private int ordinal;
  private int usable;
  private boolean ended;

  private JsonlRecords(Counting raw, InputStream in, String source, String idBase, long maxLineBytes,
                       Charset encoding, UnaryOperator<RawDocument> enrich) {
    this.fallback = encoding == null || encoding.equals(StandardCharsets.UTF_8) ? null : encoding.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    this.raw = raw;
    this.in = in;
    this.source = source;
    this.idBase = idBase;
    this.maxLineBytes = maxLineBytes;
    this.enrich = enrich;
  }

  /**
   * Opens a JSONL file.
   *
   * @param source the file's name in sources and errors
   * @param idBase record ids default to {@code idBase#N}
   * @param maxLineBytes a longer line is reported and skipped
   * @param enrich applied to each record
   */
  public static JsonlRecords open(Path file, String source, String idBase, long maxLineBytes,
                                  UnaryOperator<RawDocument> enrich) throws InputException {
    return open(file, source, idBase, maxLineBytes, null, enrich);
  }

  /**
   * Opens a JSONL file whose lines that are not UTF-8 are in {@code encoding} (null: none; such a line is reported
   * and skipped). The encoding must keep ASCII's bytes, since lines are split at the newline byte: a UTF-16 file is
   * refused, named, with the way to convert it.
   */
  public static JsonlRecords open(Path file, String source, String idBase, long maxLineBytes, Charset encoding,
                                  UnaryOperator<RawDocument> enrich) throws InputException {
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be >= 1, got " + maxLineBytes);
    }
    boolean gz = InputDecoder.gzip(file);
    if (encoding != null && !InputDecoder.asciiCompatible(encoding) || utf16(file, gz)) {
      throw new InputException(source, "JSONL in UTF-16 is not read (lines are split at newline bytes); convert it,"
          + " e.g. iconv -f UTF-16 -t UTF-8");
    }
    InputDecoder.check(file, Long.MAX_VALUE);
    try {
      Counting raw = new Counting(Files.newInputStream(file));
      try {
        return new JsonlRecords(raw, InputDecoder.content(raw, gz), source, idBase, maxLineBytes, encoding, enrich);
      } catch (IOException e) {
        raw.close();
        throw e;
      }
    } catch (IOException e) {
      throw new InputException(source, "cannot read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The checks every input gets before the models load ({@link InputDecoder#check}: exists, not empty, text),
   * made on the decompressed content of a gzip file. No size limit: the file is read a record at a time.
   */
  public static void check(Path file) throws InputException {
    InputDecoder.check(file, Long.MAX_VALUE);
  }



  /** Counts the bytes read from the file (compressed ones, for a gzip file): how far a run has got. */
  private static final class Counting extends java.io.FilterInputStream {
    private long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      count += k;
      return k;
    }
  }

  /** Bytes of the file read so far (of the compressed file, for a gzip file; read ahead of the records given). */
  public long fileBytesRead() {
    return raw.count;
  }

  /**
   * The next usable record, or null at the end of the file. A line that cannot be a record is reported to
   * {@code errors} and skipped; at the end, a file without a usable record is reported ("no usable records").
   *
   * @throws InputException when the file cannot be read further (the records before stay good)
   */
  public RawDocument next(Consumer<InputException> errors) throws InputException {
    while (!ended) {
      boolean got;
      try {
        got = readLine();
      } catch (IOException e) {
        ended = true;
        throw new InputException(source + ":" + (lineNo + 1), "cannot read further (" + e.getMessage() + ")", e);
      }
      if (!got) {
        ended = true;
        if (usable == 0) {
          errors.accept(new InputException(source, "no usable records"));
        }
        return null;
      }
      lineNo++;
      String where = source + ":" + lineNo;
      if (lineTooLong) {
        ordinal++;
        errors.accept(new InputException(where, String.format(Locale.ROOT,
            "record line too long (%.1f MB, limit %.1f MB; raise it with --max-mb)", lineBytes / 1048576.0,
            maxLineBytes / 1048576.0)));
        continue;
      }
      String text;
      try {
        text = decode();
      } catch (CharacterCodingException e) {
        ordinal++;
        errors.accept(new InputException(where, (fallback == null ? "invalid UTF-8" : "neither UTF-8 nor "
            + fallback.charset().name()) + " (malformed byte sequence at offset " + (lineStart + malformedAt()) + ")"
            + (fallback == null ? "; " + InputDecoder.ENCODING_HINT : "")));
        continue;
      }
      String stripped = text.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      ordinal++;
      try {
        RawDocument d = enrich.apply(JsonRecordReader.jsonlRecord(source, idBase, lineNo, ordinal, stripped));
        usable++;
        return d;
      } catch (InputException e) {
        errors.accept(e);
      } catch (RuntimeException | StackOverflowError e) {
        errors.accept(InputException.failure(where, "reading failed", e));
      }
    }
    return null;
  }

  /** Bytes of content read so far (decompressed, for a gzip file). */
  public long bytesRead() {
    return consumed;
  }

  /** Reads the next line (without its '\n') into {@link #line}; false at the end of the file. */
  private boolean readLine() throws IOException {
    lineLen = 0;
    lineBytes = 0;
    lineTooLong = false;
    lineStart = consumed;
    boolean any = false;
    while (true) {
      if (pos == lim) {
        int n = in.read(chunk);
        if (n < 0) {
          pos = 0;
          lim = 0;
          consumed += lineBytes;
          return any;
        }
        pos = 0;
        lim = n;
      }
      any = true;
      int start = pos;
      while (pos < lim && chunk[pos] != '\n') {
        pos++;
      }
      append(start, pos - start);
      if (pos < lim) {
        pos++;
        consumed += lineBytes + 1;
        return true;
      }
    }
  }

  private void append(int from, int n) {
    lineBytes += n;
    if (lineTooLong) {
      return;
    }
    if (lineBytes > maxLineBytes) {
      lineTooLong = true;
      lineLen = 0;
      return;
    }
    if (lineLen + n > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(line.length * 2L, lineLen + (long) n)));
    }
    System.arraycopy(chunk, from, line, lineLen, n);
    lineLen += n;
  }

  /**
   * The line as strict UTF-8 (else in the fallback encoding, when one is given), without a byte order mark on the
   * first line and a '\r' at the end.
   */
  private String decode() throws CharacterCodingException {
    int from = lineNo == 1 && lineLen >= 3 && Arrays.equals(line, 0, 3, BOM, 0, 3) ? 3 : 0;
    int to = lineLen > from && line[lineLen - 1] == '\r' ? lineLen - 1 : lineLen;
    try {
      return utf8.decode(ByteBuffer.wrap(line, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      if (fallback == null) {
        throw e;
      }
      return fallback.decode(ByteBuffer.wrap(line, from, to - from)).toString();
    }
  }

  /** Whether the file (decompressed) starts with a UTF-16 byte order mark. */
  private static boolean utf16(Path file, boolean gz) throws InputException {
    try (InputStream in = InputDecoder.content(Files.newInputStream(file), gz)) {
      Charset cs = InputDecoder.bomCharset(in.readNBytes(2));
      return cs != null && !InputDecoder.asciiCompatible(cs);
    } catch (IOException e) {
      return false; // the check that follows words the problem
    }
  }

  /** Offset of the first malformed byte within the current line. */
  private long malformedAt() {
    return InputDecoder.firstMalformed(Arrays.copyOf(line, lineLen), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws InputException {
    try {
      in.close();
    } catch (IOException e) {
      throw new InputException(source, "cannot close (" + e.getMessage() + ")", e);
    }
  }
}
