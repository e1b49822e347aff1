package org.framescope.compare;

import org.framescope.text.Tokenizer;
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
 * Out: word counts per voice (author vs quoted/reported, with the simple {@link Tokenizer} tokeniser, so
 * counts do not depend on the NLP profile), loaded spans per voice, author-voice stance per actor,
 * label uses, frame cues, and the metric map written to articles.csv.
 *
 * <p>Voice of an offset: the voice segment covering it, else the voice of the sentence covering it,
 * else author.
 */
public final class ArticleFeatures {
  /** Metric names (columns of articles.csv rows). */
  public static final String AUTHOR_WORDS = "authorWords";
  public static final String QUOTED_WORDS = "quotedWords";
  public static final String LOADED_AUTHOR = "loadedAuthor";
  public static final String LOADED_QUOTED = "loadedQuoted";
  public static final String LOADED_PER100_AUTHOR = "loadedPer100Author";
  public static final String LOADED_PER100_QUOTED = "loadedPer100Quoted";
  public static final String ATTRIBUTIONS = "attributions";
  public static final String LABELS = "labels";
  public static final String FRAME_CUES = "frameCues";


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
    String body = article.body();
    int authorWords = 0;
    int quotedWords = 0;
    if (segments.isEmpty()) {
      authorWords = Tokenizer.count(body);
    }
    for (VoiceSegment seg : segments) {
      int b = Math.min(Math.max(0, seg.begin()), body.length());
      int e = Math.min(Math.max(b, seg.end()), body.length());
      int n = Tokenizer.count(body.substring(b, e));
      if (seg.voice() == Voice.AUTHOR) {
        authorWords += n;
      } else {
        quotedWords += n;
      }
    }
    int loadedAuthor = 0;
    int loadedQuoted = 0;
    int labelCount = 0;
    int frameCount = 0;
    for (Span span : spans()) {
      String cat = span.category();
      if ("loaded".equals(cat)) {
        if (voiceAt(span.begin()) == Voice.AUTHOR) {
          loadedAuthor++;
        } else {
          loadedQuoted++;
        }
      } else if ("label".equals(cat) && span.group() != null && !span.group().isBlank()) {
        labelCount++;
        String[] gs = splitGroup(span.group());
        labels.computeIfAbsent(gs[0], k -> new TreeMap<>()).merge(gs[1], 1, Integer::sum);
      } else if (cat.startsWith("frame:")) {
        frameCount++;
        frameCues.merge(cat.substring("frame:".length()), 1, Integer::sum);
      }
    }
    metrics.put(AUTHOR_WORDS, (double) authorWords);
    metrics.put(QUOTED_WORDS, (double) quotedWords);
    metrics.put(LOADED_AUTHOR, (double) loadedAuthor);
    metrics.put(LOADED_QUOTED, (double) loadedQuoted);
    if (authorWords > 0) {
      metrics.put(LOADED_PER100_AUTHOR, 100.0 * loadedAuthor / authorWords);
    }
    if (quotedWords > 0) {
      metrics.put(LOADED_PER100_QUOTED, 100.0 * loadedQuoted / quotedWords);
    }
    metrics.put(ATTRIBUTIONS, (double) article.attributions().size());
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
