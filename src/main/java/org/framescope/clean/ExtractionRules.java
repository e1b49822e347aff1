package org.framescope.clean;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.framescope.resource.DataFile;
import org.framescope.model.InputException;

/**
 * The markup cues {@link ArticleZone} uses, read from {@code lexicons/extraction.tsv} (format:
 * lexicons/FORMAT.md). Input: the file. Output: one pattern per category (unlikely, maybe, positive,
 * negative, card), each the alternation of the file's rows, matched case-insensitively against an element's class
 * or id; the file's SHA-256 for provenance. An unknown category or a bad pattern fails naming file and line.
 */
public final class ExtractionRules {
  /** File name under the lexicon directory. */
  public static final String FILE = "extraction.tsv";
  /** The categories, in the order their patterns are built. */
  private static final List<String> CATEGORIES = List.of("unlikely", "maybe", "positive", "negative", "card");

  private final Map<String, Pattern> patterns;
  private final String sha256;
  private final String name;

  private ExtractionRules(Map<String, Pattern> patterns, String sha256, String name) {
    this.patterns = patterns;
    this.sha256 = sha256;
    this.name = name;
  }

  /** Reads the rules from a lexicon directory. */
  public static ExtractionRules load(Path lexicons) throws InputException {
    Path file = lexicons.resolve(FILE);
    DataFile lf = DataFile.read(file);
    Map<String, List<String>> parts = new LinkedHashMap<>();
    for (String c : CATEGORIES) {
      parts.put(c, new ArrayList<>());
    }
    for (String c : lf.categories().keySet()) {
      if (!CATEGORIES.contains(c)) {
        throw new InputException(file.toString(), "unknown category '" + c + "' (expected " + CATEGORIES + ")");
      }
    }
    for (DataFile.Row r : lf.rows()) {
      String where = file + ":" + r.line();
      String c = r.get("category");
      if (!CATEGORIES.contains(c)) {
        throw new InputException(where, "unknown category '" + c + "' (expected " + CATEGORIES + ")");
      }
      String p = r.get("pattern");
      if (p.isEmpty()) {
        throw new InputException(where, "empty pattern");
      }
      try {
        Pattern.compile(p);
      } catch (PatternSyntaxException e) {
        throw new InputException(where, "bad pattern '" + p + "' (" + e.getDescription() + ")");
      }
      parts.get(c).add("(?:" + p + ")");
    }
    Map<String, Pattern> out = new LinkedHashMap<>();
    parts.forEach((c, ps) -> out.put(c, ps.isEmpty() ? Pattern.compile("(?!)")
        : Pattern.compile(String.join("|", ps), Pattern.CASE_INSENSITIVE)));
    return new ExtractionRules(out, lf.sha256(), FILE);
  }

  /**
   * The rules from the default lexicon directory: {@code -Dframescope.home}/lexicons, else ./lexicons (the
   * layout of a checkout; tests run there).
   */
  public static ExtractionRules defaults() {
    ExtractionRules r = defaults;
    if (r == null) {
      r = loadDefaults();
      defaults = r;
    }
    return r;
  }

  private static volatile ExtractionRules defaults;

  private static ExtractionRules loadDefaults() {
    String home = System.getProperty("framescope.home");
    Path dir = home == null || home.isBlank() ? Path.of("lexicons") : Path.of(home, "lexicons");
    if (!Files.isRegularFile(dir.resolve(FILE))) {
      dir = Path.of("lexicons");
    }
    try {
      return load(dir);
    } catch (InputException e) {
      throw new IllegalStateException("cannot load the extraction rules: " + e.getMessage(), e);
    }
  }

  /** True when the value (a class attribute or an id) matches the category's pattern. */
  public boolean matches(String category, String value) {
    Pattern p = patterns.get(category);
    if (p == null) {
      throw new IllegalArgumentException("unknown category '" + category + "'");
    }
    return !value.isEmpty() && p.matcher(value.toLowerCase(Locale.ROOT)).find();
  }

  /** SHA-256 of the rules file. */
  public String sha256() {
    return sha256;
  }

  /** The file name recorded in provenance. */
  public String name() {
    return name;
  }
}
