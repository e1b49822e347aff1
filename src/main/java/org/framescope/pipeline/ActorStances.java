package org.framescope.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.classify.StanceModel;
import org.framescope.model.ActorStance;
import org.framescope.model.NlpSentence;
import org.framescope.model.SentenceResult;
import org.framescope.model.Voice;
import org.framescope.model.Voices;
import org.framescope.model.StanceScore;
import org.framescope.voice.ActorMention;
import org.framescope.voice.ActorRegistry;

/**
 * Aggregates target-dependent stance to the article. Input: sentences with their voice segments, the
 * actor registry and the stance model. Output: for each canonical actor (a country, e.g. "United States",
 * found through aliases such as "Washington" or "the Pentagon"), the mean of P(positive) - P(negative) over
 * its mentions in the author's voice and, separately, in quoted or reported voices, with the mention count
 * and the sentences with the strongest evidence.
 */
public final class ActorStances {
  /** |score| at or above this is labelled positive or negative. */
  public static final double LABEL_THRESHOLD = 0.15;
  private static final int EVIDENCE = 3;

  private final ActorRegistry actors;
  private final StanceModel model;

  private final org.framescope.classify.SentenceEncoder encoder;

  public ActorStances(ActorRegistry actors, StanceModel model) {
    this(actors, model, null);
  }

  /** With the sentence encoder an embedding-based stance model needs (accurate profile). */
  public ActorStances(ActorRegistry actors, StanceModel model, org.framescope.classify.SentenceEncoder encoder) {
    this.actors = actors;
    this.model = model;
    this.encoder = encoder;
  }

  private record Mention(int sentence, double score) { }

  public SortedMap<String, ActorStance> score(List<NlpSentence> nlp, List<SentenceResult> sentences) {
    return score(nlp, sentences, null);
  }

  /** As above; {@code embeddings}: each sentence's embedding (accurate profile), else null. */
  public SortedMap<String, ActorStance> score(List<NlpSentence> nlp, List<SentenceResult> sentences,
                                              List<float[]> embeddings) {
    Map<String, List<Mention>> author = new TreeMap<>();
    Map<String, List<Mention>> quoted = new TreeMap<>();
    for (int i = 0; i < nlp.size(); i++) {
      NlpSentence s = nlp.get(i);
      for (ActorMention m : actors.find(s)) {
        String actor = stanceKey(m.actor());
        if (actor == null) {
          continue;
        }
        double[] p = model.probabilities(s.text(), m.begin() - s.begin(), m.end() - s.begin(), encoder,
            embeddings == null ? null : embeddings.get(i));
        Mention mention = new Mention(i, p[2] - p[0]);
        boolean isAuthor = Voices.at(sentences.get(i).segments(), m.begin()) == Voice.AUTHOR;
        (isAuthor ? author : quoted).computeIfAbsent(actor, k -> new ArrayList<>()).add(mention);
      }
    }
    SortedMap<String, ActorStance> out = new TreeMap<>();
    java.util.Set<String> all = new java.util.TreeSet<>(author.keySet());
    all.addAll(quoted.keySet());
    for (String actor : all) {
      out.put(actor, ActorStance.of(aggregate(author.get(actor)), aggregate(quoted.get(actor))));
    }
    return out;
  }

  /**
   * The actor a mention counts for. A named person counts for themselves ("Vladimir Putin": stance toward a
   * leader is not stance toward the country); a country, or an institution of one, counts for the country
   * ("the Pentagon" -> United States); an international organisation counts for itself (NATO, United
   * Nations). Bare titles ("the spokeswoman") and generic institutions ("the police", "the ministry"),
   * whose canonical names are common nouns, name no actor.
   */
  public static String stanceKey(org.framescope.voice.Actor actor) {
    String kind = actor.kind();
    String canonical = actor.canonical();
    boolean properName = canonical.chars().anyMatch(Character::isUpperCase); // "al-Qaeda" yes, "ministry" no
    if ("title".equals(kind) || !properName) {
      return null;
    }
    if ("person".equals(kind)) {
      return canonical;
    }
    if (actor.country() != null && !actor.country().isBlank()) {
      return actor.country();
    }
    return "organisation".equals(kind) ? canonical : null;
  }

  static StanceScore aggregate(List<Mention> mentions) {
    if (mentions == null || mentions.isEmpty()) {
      return null;
    }
    double sum = 0;
    for (Mention m : mentions) {
      sum += m.score();
    }
    double mean = ArticleMetrics.round(sum / mentions.size());
    String label = mean >= LABEL_THRESHOLD ? "positive" : mean <= -LABEL_THRESHOLD ? "negative" : "neutral";
    List<Integer> evidence = mentions.stream()
        .sorted(Comparator.comparingDouble((Mention m) -> -Math.abs(m.score())).thenComparingInt(Mention::sentence))
        .map(Mention::sentence).distinct().limit(EVIDENCE).sorted().toList();
    return new StanceScore(mean, label, mentions.size(), evidence);
  }
}
