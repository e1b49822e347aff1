package org.framescope.lexicon;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.framescope.model.InputException;

/**
 * Reads the MPQA subjectivity lexicon ({@code .tff}) of Wilson, Wiebe and Hoffmann (2005).
 *
 * <p>Input: lines of {@code key=value} fields, e.g.
 * {@code type=strongsubj len=1 word1=abandoned pos1=adj stemmed1=n priorpolarity=negative}.
 * {@code type} and {@code word1} are required; the polarity is read from {@code priorpolarity} (or
 * {@code polarity}). Stray fields without '=' are ignored, as the distributed file has a few.
 * Output: a {@link Lexicon} with one category (given by the caller); valence from the polarity
 * (negative/weakneg -1, positive +1, neutral/both 0), intensity 2 for strongsubj and 1 for weaksubj,
 * POS constraint from pos1 (adj JJ, noun NN, verb VB, adverb RB, anypos none). Entries match by lemma,
 * which covers what stemmed1=y means in MPQA.
 */
public final class MpqaTffImporter implements LexiconImporter {
  private static final Map<String, String> POS = Map.of("adj", "JJ", "noun", "NN", "verb", "VB", "adverb", "RB",
      "anypos", "");
  private final String category;

  public MpqaTffImporter(String category) {
    this.category = Objects.requireNonNull(category, "category").strip();
    if (this.category.isEmpty()) {
      throw new IllegalArgumentException("category must not be blank");
    }
  }

  public MpqaTffImporter() {
    this("subjective");
  }

  @Override
  public Lexicon read(Path path) throws InputException {
    ImportSupport.Source src = new ImportSupport.Source(path);
    ImportSupport.Collector out = new ImportSupport.Collector();
    for (ImportSupport.Line l : src.dataLines()) {
      String line = l.text();
      String at = src.at(l.number());
      Map<String, String> f = new HashMap<>();
      for (String field : line.split("\\s+")) {
        int eq = field.indexOf('=');
        if (eq > 0) {
          f.put(field.substring(0, eq), field.substring(eq + 1));
        }
      }
      String type = f.get("type");
      String word = f.get("word1");
      if (type == null || word == null || word.isEmpty()) {
        throw new InputException(at, "an MPQA line needs type= and word1=");
      }
      int intensity;
      if (type.equals("strongsubj")) {
        intensity = 2;
      } else if (type.equals("weaksubj")) {
        intensity = 1;
      } else {
        throw new InputException(at, "unknown type '" + type + "' (expected strongsubj or weaksubj)");
      }
      String pol = f.getOrDefault("priorpolarity", f.getOrDefault("polarity", "neutral"));
      int valence = switch (pol) {
        case "negative", "weakneg", "strongneg" -> -1;
        case "positive", "weakpos", "strongpos" -> 1;
        case "neutral", "both" -> 0;
        default -> throw new InputException(at, "unknown polarity '" + pol + "'");
      };
      String pos1 = f.getOrDefault("pos1", "anypos");
      String tag = POS.get(pos1);
      if (tag == null) {
        throw new InputException(at, "unknown pos1 '" + pos1 + "'");
      }
      String note = type + ", prior polarity " + pol + (pos1.equals("anypos") ? "" : ", " + pos1);
      try {
        out.add(LexiconEntry.parse(word, category, valence, intensity, tag.isEmpty() ? List.of() : List.of(tag),
            false, "", note, src.tag, l.number()));
      } catch (IllegalArgumentException e) {
        throw new InputException(at, e.getMessage());
      }
    }
    return Lexicon.of(src.name, src.version, src.tag, src.sha256,
        Map.of(category, "subjectivity clue from the MPQA subjectivity lexicon"), out.entries());
  }
}
