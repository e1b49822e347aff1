package org.framescope.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.model.ActorStance;
import org.framescope.model.ArticleResult;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;
import org.framescope.model.Voice;
import org.framescope.model.VoiceSegment;
import org.framescope.model.Voices;

/**
 * The countable features of one article that the comparison uses. In: an {@link ArticleResult}.
 * Out: the per-voice token counts, loaded-span counts and loaded-language rates of the article document
 * (read from its {@code metrics}, computed once by {@code pipeline.ArticleMetrics}: one name and one definition per
 * metric everywhere, see docs/data-dictionary.md), the attribution count, author-voice stance per actor, label
 * uses, frame cues, and the metric map written to articles.csv. A rate is absent when the article has none
 * (its voice has no tokens, or the article was not scored).
 *
 * <p>Voice of an offset: the voice segment covering it, else the voice of the sentence covering it,
 * else author.
 */
public final class ArticleFeatures {
  /** Metric names of the article document that the comparison reads and writes to articles.csv. */
  public static final String TOKENS_AUTHOR = "tokensAuthor";
  public static final String TOKENS_QUOTED = "tokensQuoted";
  public static final String LOADED_AUTHOR = "loadedAuthor";
  public static final String LOADED_QUOTED = "loadedQuoted";
  public static final String LOADED_PER100_AUTHOR = "loadedPer100TokensAuthor";
  public static final String LOADED_PER100_QUOTED = "loadedPer100TokensQuoted";
  public static final String ATTRIBUTIONS = "attributions";
  /** The comparison's own counts (not in the article document): label spans with a contested-name group. */
  public static final String LABELS = "labels";
  /** The comparison's own counts: frame-cue spans in every voice. */
  public static final String FRAME_CUES = "frameCues";
  /** Metric names read from the article document as they are. */
  static final List<String> FROM_DOCUMENT = List.of(TOKENS_AUTHOR, TOKENS_QUOTED, LOADED_AUTHOR, LOADED_QUOTED,
      LOADED_PER100_AUTHOR, LOADED_PER100_QUOTED, ATTRIBUTIONS);

  private final ArticleResult article;
  private final List<VoiceSegment> segments = new ArrayList<>();
  private final SortedMap<String, Double> metrics = new TreeMap<>();
  private final SortedMap<String, Double> stance = new TreeMap<>();
  private final SortedMap<String, Integer> frameCues = new TreeMap<>();
  private final SortedMap<String, SortedMap<String, Integer>> labels = new TreeMap<>();

  /** Computes the features of {@code article}. */
  public ArticleFeatures(ArticleResult article) {
    this.article = article;
    for (SentenceResult s : article.sentences()) {
      if (s.segments().isEmpty()) {
        segments.add(new VoiceSegment(s.begin(), s.end(), s.voice(), null));
      } else {
        segments.addAll(s.segments());
      }
    }
    for (String name : FROM_DOCUMENT) {
      Double v = article.metrics().get(name);
      if (v != null && Double.isFinite(v)) {
        metrics.put(name, v);
      }
    }
    int labelCount = 0;
    int frameCount = 0;
    for (Span span : spans()) {
      String cat = span.category();
      if ("label".equals(cat) && span.group() != null && !span.group().isBlank()) {
        labelCount++;
        String[] gs = splitGroup(span.group());
        labels.computeIfAbsent(gs[0], k -> new TreeMap<>()).merge(gs[1], 1, Integer::sum);
      } else if (cat.startsWith("frame:")) {
        frameCount++;
        frameCues.merge(cat.substring("frame:".length()), 1, Integer::sum);
      }
    }
    metrics.put(LABELS, (double) labelCount);
    metrics.put(FRAME_CUES, (double) frameCount);
    for (Map.Entry<String, ActorStance> e : article.stance().entrySet()) {
      ActorStance st = e.getValue();
      if (st != null && st.score() != null && st.mentions() > 0 && Double.isFinite(st.score())) {
        stance.put(e.getKey(), st.score());
        metrics.put("stance:" + e.getKey(), st.score());
      }
      if (st != null && st.quoted() != null && st.quoted().mentions() > 0 && Double.isFinite(st.quoted().score())) {
        metrics.put("stanceQuoted:" + e.getKey(), st.quoted().score());
      }
    }
  }

  /** Splits a label group "group:side" into {group, side}; without a colon the side is the group. */
  static String[] splitGroup(String group) {
    int c = group.lastIndexOf(':');
    if (c <= 0 || c == group.length() - 1) {
      return new String[] {group, group};
    }
    return new String[] {group.substring(0, c), group.substring(c + 1)};
  }

  /** All spans of the article, in sentence order. */
  public List<Span> spans() {
    List<Span> out = new ArrayList<>();
    for (SentenceResult s : article.sentences()) {
      out.addAll(s.spans());
    }
    return out;
  }

  /** Voice (author | quote | reported) at a body offset. */
  public Voice voiceAt(int offset) {
    return Voices.at(segments, offset);
  }

  public ArticleResult article() {
    return article;
  }

  /** Metric name to value, sorted (rates are absent when the voice has no words). */
  public SortedMap<String, Double> metrics() {
    return new TreeMap<>(metrics);
  }

  /** Author-voice stance score per actor mentioned in the author's voice. */
  public SortedMap<String, Double> stance() {
    return new TreeMap<>(stance);
  }

  /** Frame name to number of cue spans. */
  public SortedMap<String, Integer> frameCues() {
    return new TreeMap<>(frameCues);
  }

  /** Label group to side to count. */
  public SortedMap<String, SortedMap<String, Integer>> labels() {
    SortedMap<String, SortedMap<String, Integer>> out = new TreeMap<>();
    labels.forEach((k, v) -> out.put(k, new TreeMap<>(v)));
    return out;
  }

  /** Value of a metric, or NaN when absent. */
  public double metric(String name) {
    Double v = metrics.get(name);
    return v == null ? Double.NaN : v;
  }
}
