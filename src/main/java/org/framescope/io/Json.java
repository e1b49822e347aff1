package org.framescope.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The one Jackson configuration for framescope output: stable key order (map keys sorted), "\n" line
 * endings, two-space indent, so the same result always serialises to the same bytes.
 */
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      // Readers of framescope documents accept newer documents with more fields (the schema only grows).
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .withConfigOverride(java.util.List.class, o -> o.setSetterInfo(
          com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(com.fasterxml.jackson.annotation.Nulls.AS_EMPTY)))
      .withConfigOverride(java.util.Map.class, o -> o.setSetterInfo(
          com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(com.fasterxml.jackson.annotation.Nulls.AS_EMPTY)))
      .withConfigOverride(java.util.SortedMap.class, o -> o.setSetterInfo(
          com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(com.fasterxml.jackson.annotation.Nulls.AS_EMPTY)))
      .build();

  private static final ObjectWriter PRETTY;
  private static final ObjectWriter PRETTY_INLINE_ARRAYS;

  static {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    PRETTY = MAPPER.writer(pp);
    PRETTY_INLINE_ARRAYS = MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
  }

  private Json() { }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Pretty, deterministic writer (documents). */
  public static ObjectWriter pretty() {
    return PRETTY;
  }

  /**
   * Pretty writer with arrays on one line ({@code [ 1.0, 2.0 ]}): model files, whose weight arrays would
   * otherwise take a line per number. Object indent and line ends as {@link #pretty()}.
   */
  public static ObjectWriter prettyInlineArrays() {
    return PRETTY_INLINE_ARRAYS;
  }

  /** Compact writer (one document per line, JSONL). */
  public static ObjectWriter compact() {
    return MAPPER.writer();
  }

  /**
   * A gzip-compressed JSON cache entry read back, or null when the file is absent or cannot be read as
   * {@code type} (a truncated or foreign entry is never trusted: the caller computes it again).
   */
  public static <T> T readGzipped(Path f, com.fasterxml.jackson.databind.JavaType type) {
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      return MAPPER.readValue(in, type);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Writes {@code value} as compact gzip-compressed JSON, atomically ({@link AtomicFiles}). */
  public static void writeGzipped(Path f, Object value) throws IOException {
    AtomicFiles.write(f, o -> {
      GZIPOutputStream gz = new GZIPOutputStream(o);
      compact().writeValue((OutputStream) gz, value);
      gz.finish();
    });
  }
}
