package org.framescope.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framescope.model.InputException;

/**
 * A corpus manifest: CSV with header {@code file,outlet,group,date,event} (file relative to the manifest,
 * optionally {@code file.jsonl#N} for the N-th record of a corpus file; other columns optional per row). Its values override what ingestion detected.
 */
public final class Manifest {
  /** One manifest row; empty strings become null. */
  public record Entry(String file, String outlet, String group, String date, String event) { }

  private static final Set<String> COLUMNS = Set.of("file", "outlet", "group", "date", "event");

  private final Path dir;
  private final Map<String, Entry> byFile;
  /** Row key -> "manifest.csv:LINE", for messages about the row. */
  private final Map<String, String> where;
  /** Keys of rows some document or article matched. */
  private final Set<String> used = java.util.concurrent.ConcurrentHashMap.newKeySet();
  /** Files (absolute, normalized) that documents were looked up for. */
  private final Set<String> filesSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private Manifest(Path dir, Map<String, Entry> byFile, Map<String, String> where) {
    this.dir = dir;
    this.byFile = byFile;
    this.where = where;
  }

  public static Manifest read(Path path) throws InputException {
    String text = InputDecoder.read(path, InputDecoder.DEFAULT_MAX_BYTES).text();
    Map<String, Entry> map = new HashMap<>();
    Map<String, String> rows = new HashMap<>();
    Path dir = path.toAbsolutePath().normalize().getParent();
    try (Reader r = new StringReader(text);
         CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
             .setIgnoreEmptyLines(true).build().parse(r)) {
      List<String> header = p.getHeaderNames();
      if (!header.contains("file")) {
        throw new InputException(path.toString(), "manifest has no 'file' column (header: " + header + ")");
      }
      for (String h : header) {
        if (!COLUMNS.contains(h)) {
          throw new InputException(path.toString(), "unknown manifest column '" + h + "' (expected " + COLUMNS + ")");
        }
      }
      for (CSVRecord rec : p) {
        String where = path + ":" + (rec.getRecordNumber() + 1);
        String file = get(rec, "file");
        if (file == null) {
          throw new InputException(where, "empty 'file' value");
        }
        String date = Dates.require(where, get(rec, "date"));
        String record = "";
        int hash = file.lastIndexOf('#');
        if (hash > 0 && file.substring(hash + 1).matches("\\d+")) {
          record = file.substring(hash);
          file = file.substring(0, hash);
        }
        String key = dir.resolve(file).normalize() + record;
        if (map.put(key, new Entry(file, get(rec, "outlet"), get(rec, "group"), date, get(rec, "event"))) != null) {
          throw new InputException(where, "file '" + file + "' listed twice");
        }
        rows.put(key, where);
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new InputException(path.toString(), "malformed manifest CSV (" + e.getMessage() + ")");
    }
    return new Manifest(dir, map, rows);
  }

  private static String get(CSVRecord r, String col) {
    if (!r.isMapped(col) || !r.isSet(col)) {
      return null;
    }
    String v = r.get(col).trim();
    return v.isEmpty() ? null : v;
  }

  /** The row for a file. */
  public Optional<Entry> lookup(Path file) {
    String key = file.toAbsolutePath().normalize().toString();
    filesSeen.add(key);
    return mark(key);
  }

  private Optional<Entry> mark(String key) {
    Entry e = byFile.get(key);
    if (e != null) {
      used.add(key);
    }
    return Optional.ofNullable(e);
  }

  /**
   * The row for record {@code n} (1-based) of a JSON/JSONL corpus file ("feed.jsonl#2"), falling back to
   * a row for the whole file.
   */
  public Optional<Entry> lookup(Path file, int record) {
    String f = file.toAbsolutePath().normalize().toString();
    filesSeen.add(f);
    Optional<Entry> e = mark(f + "#" + record);
    return e.isPresent() ? e : lookup(file);
  }

  /**
   * The row for an article's {@code source} ("path" or "path#N" for a corpus record). Falls back to the
   * file name when exactly one manifest row has it (articles analysed elsewhere keep relative sources).
   */
  public Optional<Entry> lookupSource(String source) {
    if (source == null || source.isBlank()) {
      return Optional.empty();
    }
    try {
      int hash = source.lastIndexOf('#');
      Optional<Entry> e = hash > 0 && source.substring(hash + 1).matches("\\d+")
          ? lookup(Path.of(source.substring(0, hash)), Integer.parseInt(source.substring(hash + 1)))
          : lookup(Path.of(source));
      if (e.isPresent()) {
        return e;
      }
      String name = Path.of(source).getFileName().toString();
      List<Map.Entry<String, Entry>> same = byFile.entrySet().stream()
          .filter(x -> Path.of(x.getValue().file()).getFileName().toString().equals(name)).toList();
      if (same.size() != 1) {
        return Optional.empty();
      }
      used.add(same.get(0).getKey());
      return Optional.of(same.get(0).getValue());
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Rows that name something that is not there: a file that does not exist and that no document or article
   * matched, or record N of a file that was read but gave no article N (fewer records, or a bad one). One problem each, naming the manifest
   * line, in line order. Call after the documents or articles were looked up.
   */
  public List<InputException> rowsWithoutFile() {
    List<InputException> out = new java.util.ArrayList<>();
    for (Map.Entry<String, String> row : where.entrySet().stream()
        .sorted(java.util.Comparator.comparingInt(r -> lineOf(r.getValue()))).toList()) {
      String key = row.getKey();
      if (used.contains(key)) {
        continue;
      }
      int hash = key.lastIndexOf('#');
      boolean record = hash > 0 && key.substring(hash + 1).matches("\\d+");
      String file = record ? key.substring(0, hash) : key;
      String named = byFile.get(key).file() + (record ? key.substring(hash) : "");
      if (!java.nio.file.Files.exists(Path.of(file))) {
        out.add(new InputException(row.getValue(), "manifest row names '" + named + "', which does not exist"));
      } else if (record && filesSeen.contains(file)) {
        out.add(new InputException(row.getValue(), "manifest row names '" + named + "', but no article came from record "
            + key.substring(hash + 1) + " of that file"));
      }
    }
    return out;
  }

  private static int lineOf(String where) {
    int colon = where.lastIndexOf(':');
    try {
      return Integer.parseInt(where.substring(colon + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public Path dir() {
    return dir;
  }

  public int size() {
    return byFile.size();
  }
}
