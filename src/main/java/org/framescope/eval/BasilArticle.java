package org.framescope.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One BASIL article with its annotations, as read by {@link BasilCorpus}.
 *
 * @param id article id: the file name without ".json" ({@code <triplet>_<n>}); BASIL's own uuid field is not unique (four articles say "empty")
 * @param triplet the event (triplet) id shared by the three outlets' articles
 * @param source outlet code, lower case: fox | nyt | hpo
 * @param title headline
 * @param date YYYY-MM-DD or null
 * @param url article URL or null
 * @param mainEntities the annotated main entities, as written in the article file
 * @param paragraphs body paragraphs (sentences of a paragraph joined by a space)
 * @param authorFeelings entity (underscores turned into spaces) to author feeling: neg | neu | pos
 *     (BASIL's "str-" prefixes are folded); the "main event" feeling is not an entity and is kept apart
 * @param mainEventFeeling author feeling toward the main event, or null
 * @param relativeStance left | center | right as annotated, or ""
 * @param phrases phrase-level annotations
 */
public record BasilArticle(String id, String triplet, String source, String title, String date, String url,
                           List<String> mainEntities, List<String> paragraphs, SortedMap<String, String> authorFeelings,
                           String mainEventFeeling, String relativeStance, List<BasilPhrase> phrases) {
  /** Outlet display names by BASIL source code. */
  public static final Map<String, String> OUTLETS = Map.of("fox", "Fox News", "nyt", "New York Times",
      "hpo", "HuffPost");

  public BasilArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(triplet, "triplet");
    if (!OUTLETS.containsKey(source)) {
      throw new IllegalArgumentException("unknown BASIL source: " + source);
    }
    title = title == null ? "" : title;
    mainEntities = List.copyOf(mainEntities);
    paragraphs = List.copyOf(paragraphs);
    authorFeelings = new TreeMap<>(authorFeelings);
    relativeStance = relativeStance == null ? "" : relativeStance;
    phrases = List.copyOf(phrases);
  }

  /** Outlet display name ("Fox News", "New York Times", "HuffPost"). */
  public String outlet() {
    return OUTLETS.get(source);
  }

  /** The body text given to the pipeline: paragraphs separated by a blank line. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }

  /** Number of lexical-bias phrases. */
  public long lexicalCount() {
    return phrases.stream().filter(BasilPhrase::lexical).count();
  }

  /** Number of informational-bias phrases. */
  public long informationalCount() {
    return phrases.stream().filter(p -> !p.lexical()).count();
  }
}
