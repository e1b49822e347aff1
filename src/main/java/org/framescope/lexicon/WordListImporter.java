package org.framescope.lexicon;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.framescope.model.InputException;

/**
 * Reads a plain word list: one entry per line (multi-word entries allowed, a trailing {@code *} makes
 * a prefix match), blank lines and lines starting with {@code #} ignored.
 *
 * <p>Input: the file; the category, its definition and the valence/intensity to give every entry come
 * from the caller. Output: a {@link Lexicon} with that one category.
 */
public final class WordListImporter implements LexiconImporter {
  private final String category;
  private final String definition;
  private final int valence;
  private final int intensity;

  /**
   * @throws IllegalArgumentException on a blank category or valence/intensity out of range
   */
  public WordListImporter(String category, String definition, int valence, int intensity) {
    this.category = Objects.requireNonNull(category, "category").strip();
    this.definition = Objects.requireNonNull(definition, "definition");
    if (this.category.isEmpty()) {
      throw new IllegalArgumentException("category must not be blank");
    }
    if (valence < -1 || valence > 1 || intensity < 0 || intensity > 3) {
      throw new IllegalArgumentException("valence must be -1..1 and intensity 0..3, got " + valence + ", " + intensity);
    }
    this.valence = valence;
    this.intensity = intensity;
  }

  public WordListImporter(String category, String definition) {
    this(category, definition, 0, 0);
  }

  @Override
  public Lexicon read(Path path) throws InputException {
    ImportSupport.Source src = new ImportSupport.Source(path);
    ImportSupport.Collector out = new ImportSupport.Collector();
    for (ImportSupport.Line l : src.dataLines()) {
      String line = l.text();
      try {
        out.add(LexiconEntry.parse(line, category, valence, intensity, List.of(), false, "", "", src.tag, l.number()));
      } catch (IllegalArgumentException e) {
        throw new InputException(src.at(l.number()), e.getMessage());
      }
    }
    return Lexicon.of(src.name, src.version, src.tag, src.sha256, Map.of(category, definition), out.entries());
  }
}
