package org.framescope.voice;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.framescope.resource.DataFile;
import org.framescope.model.InputException;

/**
 * The closed word lists of the voice stage, read from {@code lexicons/voice-words.tsv} and
 * {@code lexicons/first-names.tsv} (format lexicons/FORMAT.md) so that they are data, versioned and hashed into
 * provenance, not Java literals.
 *
 * <p>Input: the two files. Output: membership tests by category, the title an honorific implies, the gender a
 * word or first name implies ('m', 'f' or '?'), and {@link #hashes()} (file name to SHA-256). Unknown
 * categories or columns, genders other than m/f and duplicate entries fail naming file and line. Immutable.
 */
public final class VoiceWords {
  static final String FILE = "voice-words.tsv";
  static final String NAMES_FILE = "first-names.tsv";
  private static final List<String> COLUMNS = List.of("entry", "category", "title", "gender", "note");
  private static final List<String> NAME_COLUMNS = List.of("entry", "category", "note");
  private static final Set<String> CATEGORIES = Set.of("honorific", "title-abbreviation", "gendered", "accuse-verb",
      "xcomp-verb", "naming-verb", "document-noun", "speaker-noun", "institution-role", "scare-marker", "cue-object",
      "topic-verb", "heading-label", "claim-noun", "question-participle", "recording-noun", "inverting-verb",
      "speech-verb", "quantity-word", "posted-title", "body-noun", "name-suffix", "group-noun",
      "appoint-verb");

  private final Map<String, Set<String>> byCategory;
  private final Map<String, String> titles;
  private final Map<String, Character> gender;
  private final Map<String, Character> firstNames;
  private final Map<String, String> hashes;

  private VoiceWords(Map<String, Set<String>> byCategory, Map<String, String> titles, Map<String, Character> gender,
                     Map<String, Character> firstNames, Map<String, String> hashes) {
    this.byCategory = byCategory;
    this.titles = titles;
    this.gender = gender;
    this.firstNames = firstNames;
    this.hashes = hashes;
  }

  /** Loads both files from a lexicon folder. */
  public static VoiceWords fromLexicons(Path dir) throws InputException {
    Path words = dir.resolve(FILE);
    Path names = dir.resolve(NAMES_FILE);
    DataFile lf = DataFile.read(words);
    if (!lf.columns().equals(COLUMNS)) {
      throw new InputException(words.toString(), "expected columns " + COLUMNS + ", found " + lf.columns());
    }
    if (!lf.categories().keySet().equals(CATEGORIES)) {
      throw new InputException(words.toString(), "categories must be " + new java.util.TreeSet<>(CATEGORIES)
          + ", found " + lf.categories().keySet());
    }
    Map<String, Set<String>> cats = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    Map<String, Character> gender = new HashMap<>();
    for (DataFile.Row row : lf.rows()) {
      String where = words + ":" + row.line();
      String e = row.get("entry").toLowerCase(Locale.ROOT);
      String c = row.get("category");
      if (!CATEGORIES.contains(c)) {
        throw new InputException(where, "unknown category '" + c + "'");
      }
      if (!cats.computeIfAbsent(c, k -> new HashSet<>()).add(e)) {
        throw new InputException(where, "entry '" + e + "' given twice in category " + c);
      }
      if (!row.get("title").isEmpty()) {
        titles.put(e, row.get("title"));
      }
      String g = row.get("gender");
      if (!g.isEmpty()) {
        if (!g.equals("m") && !g.equals("f")) {
          throw new InputException(where, "gender must be m or f, got '" + g + "'");
        }
        gender.put(e, g.charAt(0));
      }
    }
    DataFile nf = DataFile.read(names);
    if (!nf.columns().equals(NAME_COLUMNS)) {
      throw new InputException(names.toString(), "expected columns " + NAME_COLUMNS + ", found " + nf.columns());
    }
    if (!nf.categories().keySet().equals(Set.of("female", "male"))) {
      throw new InputException(names.toString(), "categories must be [female, male], found " + nf.categories().keySet());
    }
    Map<String, Character> first = new HashMap<>();
    for (DataFile.Row row : nf.rows()) {
      String where = names + ":" + row.line();
      String c = row.get("category");
      if (!c.equals("female") && !c.equals("male")) {
        throw new InputException(where, "unknown category '" + c + "'");
      }
      if (first.put(row.get("entry").toLowerCase(Locale.ROOT), c.equals("female") ? 'f' : 'm') != null) {
        throw new InputException(where, "name '" + row.get("entry") + "' given twice");
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    cats.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    Map<String, String> h = new TreeMap<>();
    h.put(FILE, lf.sha256());
    h.put(NAMES_FILE, nf.sha256());
    return new VoiceWords(Collections.unmodifiableMap(frozen), Map.copyOf(titles), Map.copyOf(gender),
        Map.copyOf(first), Collections.unmodifiableMap(h));
  }

  /** Whether the lower-cased word is in the category. */
  public boolean is(String category, String word) {
    if (!CATEGORIES.contains(category)) {
      throw new IllegalArgumentException("unknown voice-word category: " + category);
    }
    return byCategory.getOrDefault(category, Set.of()).contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean honorific(String word) {
    return is("honorific", word);
  }

  /** The role an honorific or abbreviation implies ("sen." -> "senator"), or "". */
  public String titleOf(String word) {
    return titles.getOrDefault(word.toLowerCase(Locale.ROOT), "");
  }

  /** 'm' or 'f' when the word implies a gender, else {@code current}. */
  public char genderOf(String word, char current) {
    Character g = gender.get(word.toLowerCase(Locale.ROOT));
    return g == null ? current : g;
  }

  /** 'm' or 'f' for a known first name, else '?'. */
  public char firstNameGender(String name) {
    Character g = firstNames.get(name.toLowerCase(Locale.ROOT));
    return g == null ? '?' : g;
  }

  /** Whether a role ("Foreign Ministry spokesman") contains a word (or phrase) of an institutional role. */
  public boolean institutionalRole(String role) {
    String r = " " + role.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
    for (String w : byCategory.getOrDefault("institution-role", Set.of())) {
      if (r.contains(" " + w + " ")) {
        return true;
      }
    }
    return false;
  }

  /** File name to SHA-256 of the files read. */
  public Map<String, String> hashes() {
    return hashes;
  }
}
