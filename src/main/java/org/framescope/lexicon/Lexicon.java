package org.framescope.lexicon;

import org.framescope.resource.DataFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framescope.model.InputException;

/**
 * A validated set of lexicon entries from one source (a framescope lexicon file or an imported
 * third-party dictionary).
 *
 * <p>Input: a file in the lexicons/FORMAT.md format ({@link #load(Path)}) or entries built by an
 * importer ({@link #of}). Output: entries in file order, the span categories they use with their
 * definitions, and the name, version, source tag and SHA-256 for provenance.
 *
 * <p>{@link #load(Path)} rejects, with an {@link InputException} naming file:line: unknown columns,
 * categories that are not declared in the header or not allowed for the file's kind, malformed valence,
 * intensity, POS or flags, label rows without group or side, and duplicate entries (same normalized
 * entry, category and POS).
 */
public final class Lexicon {
  /** Columns a lexicon file may have; {@code entry} and {@code category} are required. */
  public static final Set<String> COLUMNS =
      Set.of("entry", "category", "valence", "intensity", "pos", "flags", "group", "side", "note");

  /** The 15 dimensions of the Media Frames Corpus codebook (Boydstun et al. 2014). */
  public static final List<String> FRAMES = List.of("economic", "capacity_resources", "morality",
      "fairness_equality", "legality", "policy_prescription", "crime_punishment", "security_defense",
      "health_safety", "quality_of_life", "cultural_identity", "public_opinion", "political",
      "external_regulation", "other");

  /** Categories allowed per known file name ({@code #! name:}); other names may use any declared one. */
  static final Map<String, Set<String>> ALLOWED = Map.of(
      "loaded", Set.of("loaded"),
      "labels", Set.of("label"),
      "hedges", Set.of("hedge", "distancing", "intensifier", "assertive", "factive"),
      "frames", Set.copyOf(FRAMES));

  private static final Set<String> FLAGS = Set.of("cs");

  private final String name;
  private final String version;
  private final String source;
  private final String sha256;
  private final SortedMap<String, String> categories;
  private final List<LexiconEntry> entries;

  private Lexicon(String name, String version, String source, String sha256, Map<String, String> categories,
                  List<LexiconEntry> entries) {
    this.name = Objects.requireNonNull(name, "name");
    this.version = Objects.requireNonNull(version, "version");
    this.source = Objects.requireNonNull(source, "source");
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.categories = Collections.unmodifiableSortedMap(new TreeMap<>(categories));
    this.entries = List.copyOf(entries);
    for (LexiconEntry e : this.entries) {
      if (!this.categories.containsKey(e.category())) {
        throw new IllegalArgumentException("entry '" + e.text() + "' uses undeclared category '" + e.category() + "'");
      }
    }
  }

  /**
   * Builds a lexicon from entries made elsewhere (importers).
   *
   * @param categories span category -> definition; every entry's category must be a key
   * @throws IllegalArgumentException when an entry uses a category not in {@code categories}
   */
  public static Lexicon of(String name, String version, String source, String sha256,
                           Map<String, String> categories, List<LexiconEntry> entries) {
    return new Lexicon(name, version, source, sha256, categories, entries);
  }

  /** Span category for a category written in a file: frame names become "frame:NAME". */
  static String spanCategory(String fileKind, String category) {
    return "frames".equals(fileKind) ? org.framescope.model.SpanCategory.frame(category) : category;
  }

  /** Reads and validates a lexicon file (format: lexicons/FORMAT.md). */
  public static Lexicon load(Path path) throws InputException {
    DataFile file = DataFile.read(path);
    String kind = file.name();
    String where = path + ":" + file.columnsLine();
    Set<String> cols = new LinkedHashSet<>(file.columns());
    if (cols.size() != file.columns().size()) {
      throw new InputException(where, "a column is named twice in '#! columns: " + file.header().get("columns") + "'");
    }
    for (String c : file.columns()) {
      if (!COLUMNS.contains(c)) {
        throw new InputException(where, "unknown column '" + c + "' (allowed: " + String.join(", ", new TreeSet<>(COLUMNS)) + ")");
      }
    }
    if (!file.columns().get(0).equals("entry") || !cols.contains("category")) {
      throw new InputException(where, "the first column must be 'entry' and a 'category' column is required");
    }
    Set<String> allowed = ALLOWED.get(kind);
    Map<String, String> declared = file.categories();
    if (allowed != null) {
      for (DataFile.Row row : file.rows()) {
        String cat = row.get("category");
        if (!cat.isEmpty() && !allowed.contains(cat)) {
          throw new InputException(path + ":" + row.line(), "category '" + cat + "' is not allowed in a '" + kind
              + "' lexicon (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
        }
      }
      for (Map.Entry<String, String> d : declared.entrySet()) {
        if (!allowed.contains(d.getKey())) {
          throw new InputException(where, "declared category '" + d.getKey() + "' is not allowed in a '" + kind
              + "' lexicon (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
        }
      }
    }
    boolean labels = "labels".equals(kind);
    boolean loaded = "loaded".equals(kind);
    if (labels && (!cols.contains("group") || !cols.contains("side"))) {
      throw new InputException(where, "a labels lexicon needs 'group' and 'side' columns");
    }
    String source = file.sourceTag();
    Map<String, String> spanCats = new LinkedHashMap<>();
    for (Map.Entry<String, String> d : declared.entrySet()) {
      String cat = spanCategory(kind, d.getKey());
      try {
        org.framescope.model.SpanCategory.of(cat);
      } catch (IllegalArgumentException e) {
        throw new InputException(where, "declared category '" + d.getKey() + "': " + e.getMessage());
      }
      spanCats.put(cat, d.getValue());
    }
    List<LexiconEntry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (DataFile.Row row : file.rows()) {
      String at = path + ":" + row.line();
      String cat = row.get("category");
      if (cat.isEmpty()) {
        throw new InputException(at, "empty category");
      }
      if (!declared.containsKey(cat)) {
        throw new InputException(at, "unknown category '" + cat + "' (not declared with '#! category " + cat + ": ...')");
      }
      int valence = parseInt(at, "valence", row.get("valence"), -1, 1);
      int intensity = parseInt(at, "intensity", row.get("intensity"), 0, 3);
      if (loaded && (valence == 0 || intensity == 0)) {
        throw new InputException(at, "a loaded entry needs valence -1 or +1 and intensity 1..3");
      }
      boolean cs = false;
      String flags = row.get("flags");
      if (!flags.isEmpty()) {
        for (String f : flags.split("\\s*,\\s*")) {
          if (!FLAGS.contains(f)) {
            throw new InputException(at, "unknown flag '" + f + "' (allowed: cs)");
          }
          cs |= f.equals("cs");
        }
      }
      String posCell = row.get("pos");
      List<String> pos = posCell.isEmpty() ? List.of() : Arrays.asList(posCell.split("\\s+"));
      String group = "";
      if (cols.contains("group") || cols.contains("side")) {
        String g = row.get("group");
        String s = row.get("side");
        if (g.isEmpty() != s.isEmpty()) {
          throw new InputException(at, "group and side must be given together");
        }
        if (labels && g.isEmpty()) {
          throw new InputException(at, "a label needs a group and a side");
        }
        if (g.contains(":") || s.contains(":")) {
          throw new InputException(at, "group and side must not contain ':'");
        }
        group = g.isEmpty() ? "" : g + ":" + s;
      }
      LexiconEntry entry;
      try {
        entry = LexiconEntry.parse(row.get("entry"), spanCategory(kind, cat), valence, intensity, pos, cs, group,
            row.get("note"), source, row.line());
      } catch (IllegalArgumentException e) {
        throw new InputException(at, e.getMessage());
      }
      Integer first = seen.putIfAbsent(entry.key(), row.line());
      if (first != null) {
        throw new InputException(at, "duplicate entry '" + entry.text() + "' in category '" + cat + "'"
            + (pos.isEmpty() ? "" : " with POS " + posCell) + " (first on line " + first + ")");
      }
      entries.add(entry);
    }
    return new Lexicon(kind, file.version(), source, file.sha256(), spanCats, entries);
  }

  private static int parseInt(String at, String column, String cell, int min, int max) throws InputException {
    if (cell.isEmpty()) {
      return 0;
    }
    String c = cell.startsWith("+") ? cell.substring(1) : cell;
    int v;
    try {
      v = Integer.parseInt(c);
    } catch (NumberFormatException e) {
      throw new InputException(at, "malformed " + column + " '" + cell + "' (expected an integer " + min + ".." + max + ")");
    }
    if (v < min || v > max) {
      throw new InputException(at, column + " " + cell + " out of range " + min + ".." + max);
    }
    return v;
  }

  public String name() { return name; }

  public String version() { return version; }

  /** "lexicon:file@version" (or the importer's equivalent). */
  public String source() { return source; }

  /** SHA-256 of the source file bytes. */
  public String sha256() { return sha256; }

  /** Span category -> definition, sorted. */
  public SortedMap<String, String> categories() { return categories; }

  /** Entries in file order. */
  public List<LexiconEntry> entries() { return entries; }

  /** Entry counts per span category, sorted by category. */
  public SortedMap<String, Integer> counts() {
    SortedMap<String, Integer> m = new TreeMap<>();
    for (LexiconEntry e : entries) {
      m.merge(e.category(), 1, Integer::sum);
    }
    return m;
  }
}
