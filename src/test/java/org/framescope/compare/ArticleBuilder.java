package org.framescope.compare;

import org.framescope.testing.Articles;
import org.framescope.model.VerbClass;
import org.framescope.model.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framescope.model.ActorStance;
import org.framescope.model.ArticleResult;
import org.framescope.model.Attribution;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;
import org.framescope.model.Speaker;
import org.framescope.model.StanceScore;
import org.framescope.model.VoiceSegment;

/**
 * Builds small, consistent {@link ArticleResult}s for tests: sentences in author, quote or reported voice,
 * with spans found by a tiny built-in lexicon, attributions with reporting verbs, and stance scores.
 */
final class ArticleBuilder {
  /** word -> {category, group or null, explanation, intensity} */
  static final Map<String, String[]> LEXICON = new TreeMap<>();

  static {
    for (String w : List.of("reckless", "provocation", "aggression", "heroic")) {
      LEXICON.put(w, new String[] {"loaded", null, "carries a judgement", "2"});
    }
    for (String w : List.of("brutal", "cowardly", "shameful", "thugs")) {
      LEXICON.put(w, new String[] {"loaded", null, "carries a strong judgement", "3"});
    }
    LEXICON.put("regime", new String[] {"label", "kyiv-authorities:regime", "delegitimising name", "1"});
    LEXICON.put("government", new String[] {"label", "kyiv-authorities:government", "neutral name", "0"});
    LEXICON.put("militants", new String[] {"label", "fighters:militants", "hostile name", "1"});
    LEXICON.put("rebels", new String[] {"label", "fighters:rebels", "neutral name", "0"});
    LEXICON.put("allegedly", new String[] {"hedge", null, "softens the claim", "0"});
    for (String w : List.of("troops", "missile", "military", "border")) {
      LEXICON.put(w, new String[] {"frame:security", null, "security frame cue", "0"});
    }
    for (String w : List.of("prices", "sanctions", "economy", "trade")) {
      LEXICON.put(w, new String[] {"frame:economic", null, "economic frame cue", "0"});
    }
    for (String w : List.of("civilians", "refugees", "aid", "families")) {
      LEXICON.put(w, new String[] {"frame:humanitarian", null, "humanitarian frame cue", "0"});
    }
  }

  static final Map<String, VerbClass> VERB_CLASS = Map.of("claimed", VerbClass.DISTANCING, "said", VerbClass.NEUTRAL,
      "warned", VerbClass.EMOTIVE, "confirmed", VerbClass.ENDORSING, "insisted", VerbClass.DISTANCING,
      "explained", VerbClass.NEUTRAL);

  private static final Pattern WORD = Pattern.compile("[A-Za-z']+");

  private final String id;
  private final String outlet;
  private final String published;
  private String title = "";
  private String event;
  private String group;
  private final StringBuilder body = new StringBuilder();
  private final List<SentenceResult> sentences = new ArrayList<>();
  private final List<Attribution> attributions = new ArrayList<>();
  private final Map<String, ActorStance> stance = new TreeMap<>();
  private final Map<String, Double> frames = new TreeMap<>();

  ArticleBuilder(String id, String outlet, String published) {
    this.id = id;
    this.outlet = outlet;
    this.published = published;
  }

  ArticleBuilder title(String t) {
    this.title = t;
    return this;
  }

  ArticleBuilder event(String e) {
    this.event = e;
    return this;
  }

  ArticleBuilder group(String g) {
    this.group = g;
    return this;
  }

  ArticleBuilder stance(String actor, double score, int mentions) {
    String label = score > 0.2 ? "positive" : score < -0.2 ? "negative" : "neutral";
    stance.put(actor, ActorStance.of(new StanceScore(score, label, mentions, List.of(0)), null));
    return this;
  }

  ArticleBuilder frame(String name, double score) {
    frames.put(name, score);
    return this;
  }

  ArticleBuilder paragraph() {
    body.append('\n');
    return this;
  }

  /** A sentence in the author's voice. */
  ArticleBuilder author(String text) {
    int begin = start();
    body.append(text);
    sentences.add(new SentenceResult(sentences.size(), begin, begin + text.length(), text, Voice.AUTHOR, null,
        List.of(new VoiceSegment(begin, begin + text.length(), Voice.AUTHOR, null)), spans(text, begin), null));
    return this;
  }

  /** {@code "<quoted>," <name> <verb>.} as a direct quote with its attribution. */
  ArticleBuilder quote(Speaker sp, String verb, String quoted) {
    int begin = start();
    String q = "\u201c" + quoted + ",\u201d";
    String text = q + " " + sp.name() + " " + verb + ".";
    body.append(text);
    int qEnd = begin + q.length();
    List<VoiceSegment> segs = List.of(new VoiceSegment(begin, qEnd, Voice.QUOTE, sp),
        new VoiceSegment(qEnd, begin + text.length(), Voice.AUTHOR, null));
    List<Span> spans = new ArrayList<>(spans(text, begin));
    int v = text.lastIndexOf(verb);
    spans.add(new Span(begin + v, begin + v + verb.length(), verb, "reporting-verb", "lexicon:verbs@1",
        "introduces a source", 0, 0, false, VERB_CLASS.get(verb).json()));
    spans.sort(java.util.Comparator.comparingInt(Span::begin).thenComparingInt(Span::end));
    sentences.add(new SentenceResult(sentences.size(), begin, begin + text.length(), text, Voice.QUOTE, sp, segs, spans,
        null));
    attributions.add(new Attribution(sp, verb, VERB_CLASS.get(verb), begin, qEnd, q, Voice.QUOTE, sentences.size() - 1));
    return this;
  }

  /** {@code <name> <verb> that <reported>.} as reported speech. */
  ArticleBuilder reported(Speaker sp, String verb, String reported) {
    int begin = start();
    String head = sp.name() + " " + verb + " that ";
    String text = head + reported + ".";
    body.append(text);
    List<VoiceSegment> segs = List.of(new VoiceSegment(begin, begin + head.length(), Voice.AUTHOR, null),
        new VoiceSegment(begin + head.length(), begin + text.length(), Voice.REPORTED, sp));
    sentences.add(new SentenceResult(sentences.size(), begin, begin + text.length(), text, Voice.REPORTED, sp, segs,
        spans(text, begin), null));
    attributions.add(new Attribution(sp, verb, VERB_CLASS.get(verb), begin + head.length(), begin + text.length(),
        reported + ".", Voice.REPORTED, sentences.size() - 1));
    return this;
  }

  private int start() {
    if (body.length() > 0 && body.charAt(body.length() - 1) != '\n') {
      body.append(' ');
    }
    return body.length();
  }

  private static List<Span> spans(String text, int offset) {
    List<Span> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String[] e = LEXICON.get(m.group().toLowerCase(Locale.ROOT));
      if (e != null) {
        int valence = "loaded".equals(e[0]) || e[2].startsWith("delegitimising") || e[2].startsWith("hostile") ? -1 : 0;
        out.add(new Span(offset + m.start(), offset + m.end(), m.group(), e[0], "lexicon:test@1", e[2],
            valence, Integer.parseInt(e[3]), false, e[1]));
      }
    }
    return out;
  }

  ArticleResult build() {
    // Metrics as the pipeline computes them (pipeline.ArticleMetrics), over the raw-text tokenizer's CoreNLP-like
    // tokens: the comparison reads its loaded-language rates from the document.
    String text = body.toString();
    List<org.framescope.model.NlpSentence> nlp = new ArrayList<>();
    for (SentenceResult s : sentences) {
      nlp.add(org.framescope.text.Tokenizer.sentence(s.index(), text, s.begin(), s.end()));
    }
    Map<String, Double> metrics = org.framescope.pipeline.ArticleMetrics.metrics(
        new org.framescope.model.NlpDocument(text, nlp, List.of("tokenize")), sentences, attributions, 0);
    return Articles.article(id).metrics(metrics).source(id + ".html").title(title).outlet(outlet).published(published).group(group)
        .event(event).body(body.toString()).sentences(sentences).attributions(attributions).stance(stance)
        .frames(frames).build();
  }
}
