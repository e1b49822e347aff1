package org.framescope.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framescope.classify.StanceModel;
import org.framescope.model.ActorStance;
import org.framescope.model.NlpSentence;
import org.framescope.model.SentenceResult;
import org.framescope.model.Voice;
import org.framescope.model.StanceScore;
import org.framescope.model.Token;
import org.framescope.model.VoiceSegment;
import org.framescope.voice.ActorMention;
import org.framescope.voice.ActorRegistry;

/**
 * Aggregates target-dependent stance to the article, keeping voices apart. Input: sentences with their voice
 * segments, the actor registry and the stance model. Output: for each canonical actor (a country, e.g. "United
 * States", found through aliases such as "Washington" or "the Pentagon"; a named person; an international body)
 * the mean of P(positive) - P(negative) over its mentions
 * <ul>
 *   <li>in the outlet's own voice: each such mention is scored on the outlet's own words of the sentence only -
 *   its clauses, including the cue it chose ("claimed", "accused" against "said", "noted") - with the words it
 *   attributes to others left out, so a reported accusation never counts as the outlet's;</li>
 *   <li>in quoted or reported voices ({@code quoted}): scored on the whole sentence (the speaker's words and the
 *   act of speaking the outlet reports), and split by speaker ({@code speakers}).</li>
 * </ul>
 * with the mention count and the sentences with the strongest evidence.
 */
public final class ActorStances {
  /** |score| at or above this is labelled positive or negative. */
  public static final double LABEL_THRESHOLD = 0.15;
  /** The speaker name for quoted words whose speaker is not known. */
  public static final String UNKNOWN_SPEAKER = "unknown";
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
    return score(nlp, sentences, embeddings, null);
  }

  /**
   * As above; {@code mentions}: each sentence's actor mentions as this scorer's registry finds them (the voice
   * stage found them already), or null to find them here.
   */
  public SortedMap<String, ActorStance> score(List<NlpSentence> nlp, List<SentenceResult> sentences,
                                              List<float[]> embeddings, List<List<ActorMention>> mentions) {
    if (mentions != null && mentions.size() != nlp.size()) {
      throw new IllegalArgumentException("actor mentions for " + mentions.size() + " sentences, document has "
          + nlp.size());
    }
    Map<String, List<Mention>> author = new TreeMap<>();
    Map<String, List<Mention>> quoted = new TreeMap<>();
    Map<String, Map<String, List<Mention>>> bySpeaker = new TreeMap<>();
    for (int i = 0; i < nlp.size(); i++) {
      NlpSentence s = nlp.get(i);
      List<VoiceSegment> segs = sentences.get(i).segments();
      for (ActorMention m : mentions != null ? mentions.get(i) : actors.find(s)) {
        String actor = stanceKey(m.actor());
        if (actor == null) {
          continue;
        }
        float[] embedding = embeddings == null ? null : embeddings.get(i);
        VoiceSegment seg = segmentAt(segs, m.begin());
        if (seg == null || seg.voice() == Voice.AUTHOR) {
          OwnWords own = OwnWords.of(s, segs, m.begin(), m.end());
          // the sentence's embedding only describes the own words when nothing was left out
          double[] p = model.probabilities(own.text(), own.targetBegin(), own.targetEnd(), encoder,
              own.text().equals(s.text()) ? embedding : null);
          author.computeIfAbsent(actor, k -> new ArrayList<>()).add(new Mention(i, p[2] - p[0]));
        } else {
          double[] p = model.probabilities(s.text(), m.begin() - s.begin(), m.end() - s.begin(), encoder, embedding);
          Mention mention = new Mention(i, p[2] - p[0]);
          quoted.computeIfAbsent(actor, k -> new ArrayList<>()).add(mention);
          String who = seg.speaker() == null ? UNKNOWN_SPEAKER : seg.speaker().name();
          bySpeaker.computeIfAbsent(actor, k -> new TreeMap<>()).computeIfAbsent(who, k -> new ArrayList<>())
              .add(mention);
        }
      }
    }
    SortedMap<String, ActorStance> out = new TreeMap<>();
    TreeSet<String> all = new TreeSet<>(author.keySet());
    all.addAll(quoted.keySet());
    for (String actor : all) {
      SortedMap<String, StanceScore> speakers = new TreeMap<>();
      bySpeaker.getOrDefault(actor, Map.of()).forEach((who, ms) -> speakers.put(who, aggregate(ms)));
      out.put(actor, ActorStance.of(aggregate(author.get(actor)), aggregate(quoted.get(actor)), speakers));
    }
    return out;
  }

  private static VoiceSegment segmentAt(List<VoiceSegment> segments, int offset) {
    for (VoiceSegment s : segments) {
      if (offset >= s.begin() && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  /**
   * The outlet's own words of a sentence: its tokens in the author's voice plus the target mention, joined with
   * the sentence's own spacing (a single space where attributed words were left out), and the target's offsets
   * in that text.
   */
  record OwnWords(String text, int targetBegin, int targetEnd) {
    static OwnWords of(NlpSentence s, List<VoiceSegment> segs, int mentionBegin, int mentionEnd) {
      StringBuilder b = new StringBuilder();
      int tb = -1;
      int te = -1;
      Token prev = null;
      boolean gap = false;
      for (Token t : s.tokens()) {
        boolean inMention = t.begin() >= mentionBegin && t.end() <= mentionEnd;
        VoiceSegment seg = segmentAt(segs, t.begin());
        boolean own = inMention || seg == null || seg.voice() == Voice.AUTHOR;
        if (!own) {
          gap = true;
          continue;
        }
        if (prev != null) {
          b.append(gap ? " " : s.text().substring(prev.end() - s.begin(), t.begin() - s.begin()));
        }
        if (inMention && tb < 0) {
          tb = b.length();
        }
        b.append(t.word());
        if (inMention) {
          te = b.length();
        }
        prev = t;
        gap = false;
      }
      if (tb < 0) {
        return new OwnWords(s.text(), mentionBegin - s.begin(), mentionEnd - s.begin());
      }
      return new OwnWords(b.toString(), tb, te);
    }
  }

  /**
   * The actor a mention counts for. A named person counts for themselves ("Vladimir Putin": stance toward a
   * leader is not stance toward the country); a country, or a state institution of one (an organisation of type
   * government, military or intelligence), counts for the country ("the Pentagon" -> United States); any other
   * organisation counts for itself: an international one (NATO, United Nations), a party ("Republican senators"
   * -> Republican Party, not the United States) and a media outlet ("the New York Times"). Bare titles ("the
   * spokeswoman") and generic institutions ("the police", "the ministry"), whose canonical names are common
   * nouns, name no actor.
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
    boolean state = "country".equals(kind) || actor.type() != null && actor.type().stateBody();
    if (state && actor.country() != null && !actor.country().isBlank()) {
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
