package org.framescope.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.framescope.model.ArticleResult;
import org.framescope.model.Attribution;
import org.framescope.model.BiasScore;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;
import org.framescope.model.Speaker;
import org.framescope.model.Voice;
import org.framescope.model.VoiceSegment;
import org.jsoup.nodes.Element;

/**
 * One article's text with its highlights, as every framescope page shows it. In: an {@link ArticleResult} and a
 * prefix for its sentence anchors. Out: the body, escaped, with
 *
 * <ul>
 *   <li>each sentence in an element with id {@code PREFIX-sN} (findings link to it);</li>
 *   <li>quotes and reported speech set apart, with one speaker badge per quote (a quote that runs over several
 *       sentences or segments gets one badge, at its start);</li>
 *   <li>highlights as whole spans: overlapping spans of any layers are one highlight covering all of them (never a
 *       span cut into pieces), widened to whole words when a span starts or ends inside a word; each carries the
 *       classes of its layers and an explanation shown on hover, click or tap;</li>
 *   <li>a marker before each sentence the bias model rates at least {@link Layers#SENTENCE_BIAS_SHOWN}.</li>
 * </ul>
 */
public final class ArticleView {
  private ArticleView() { }

  /** A highlight: whole spans merged where they overlap. */
  record Cluster(int begin, int end, List<Span> spans, Set<String> layers) { }

  /** The layers the article has highlights (or sentence scores) in. */
  public static Set<String> layersIn(ArticleResult a) {
    Set<String> out = new TreeSet<>();
    for (SentenceResult s : a.sentences()) {
      for (Span sp : s.spans()) {
        out.add(Layers.of(sp));
      }
      if (s.bias() != null) {
        out.add(Layers.SENTENCE_BIAS.key());
      }
    }
    return out;
  }

  /** A paragraph break in the body: a line with nothing but white space on it. */
  private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\n[ \t\r\f]*\n\\s*");

  /**
   * Appends the article's body to {@code target} (a div of class {@code body}), one {@code p} per paragraph (a
   * blank line in the body; sentences never span one, since CoreNLP splits there).
   */
  public static void body(Element target, ArticleResult a, String prefix) {
    String text = a.body();
    int len = text.length();
    List<Cluster> clusters = clusters(a, text);
    int cursor = 0;
    Voicing voicing = new Voicing(a);
    Element para = target.appendElement("p");
    for (SentenceResult s : a.sentences()) {
      int sb = clip(s.begin(), len);
      int se = clip(s.end(), len);
      if (sb < cursor) {
        continue; // overlapping sentences would duplicate text; they do not occur in pipeline output
      }
      if (sb > cursor) {
        voicing.gap(text.substring(cursor, sb));
        para = gap(target, para, text.substring(cursor, sb));
      }
      Element sent = para.appendElement("span").addClass("s").attr("id", prefix + "-s" + s.index());
      biasMarker(sent, s);
      renderSentence(sent, text, s, sb, se, clusters, voicing);
      cursor = se;
    }
    if (cursor < len) {
      para = gap(target, para, text.substring(cursor));
    }
    if (para.childNodeSize() == 0 && para.previousElementSibling() != null) {
      para.remove();
    }
  }

  /** Text between sentences into the current paragraph, a new paragraph at each break; the paragraph it ends in. */
  private static Element gap(Element target, Element para, String gap) {
    java.util.regex.Matcher m = PARAGRAPH_BREAK.matcher(gap);
    int from = 0;
    while (m.find()) {
      if (m.start() > from) {
        para.appendText(gap.substring(from, m.start()));
      }
      if (para.childNodeSize() > 0) {
        para = target.appendElement("p");
      }
      from = m.end();
    }
    if (from < gap.length()) {
      para.appendText(gap.substring(from));
    }
    return para;
  }

  private static void biasMarker(Element sent, SentenceResult s) {
    BiasScore b = s.bias();
    if (b == null || b.probability() < Layers.SENTENCE_BIAS_SHOWN) {
      return;
    }
    Element m = sent.appendElement("span").addClass("bm").attr("tabindex", "0")
        .attr("aria-label", "bias score " + Words.fmt(b.probability(), 2)).text(Words.fmt(b.probability(), 2));
    List<String> pushed = new ArrayList<>();
    for (BiasScore.Contribution c : b.explanation()) {
      if (c.weight() > 0 && pushed.size() < 5) {
        pushed.add(c.feature());
      }
    }
    m.appendElement("span").addClass("tip").attr("role", "tooltip").text("Sentence bias score "
        + Words.fmt(b.probability(), 2) + ": the bias model (trained on BABE) rates this sentence as likely biased."
        + (pushed.isEmpty() ? "" : " Features that pushed the score up: " + String.join(", ", pushed) + ".")
        + " " + capital(Layers.precisionText(Layers.SENTENCE_BIAS.key())) + ".");
  }

  /** Which voice segment a position is in, and whether a quote there needs its speaker badge. */
  private static final class Voicing {
    final List<VoiceSegment> segments = new ArrayList<>();
    final List<Attribution> attributions;
    String lastSpeaker;
    Attribution lastAttribution;
    boolean authorWordsSince = true;

    Voicing(ArticleResult a) {
      attributions = a.attributions();
      int len = a.body().length();
      for (SentenceResult s : a.sentences()) {
        if (s.segments().isEmpty()) {
          segments.add(new VoiceSegment(clip(s.begin(), len), clip(s.end(), len), s.voice(), s.speaker()));
        } else {
          for (VoiceSegment v : s.segments()) {
            segments.add(new VoiceSegment(clip(v.begin(), len), clip(v.end(), len), v.voice(), v.speaker()));
          }
        }
      }
    }

    VoiceSegment at(int offset) {
      for (VoiceSegment v : segments) {
        if (offset >= v.begin() && offset < v.end()) {
          return v;
        }
      }
      return null;
    }

    /** Text outside any quote: letters there end the current quote (the next one gets a badge). */
    void gap(String s) {
      if (s.chars().anyMatch(Character::isLetterOrDigit)) {
        authorWordsSince = true;
      }
    }

    /**
     * True when a quote segment starting here begins a new quote (so it gets a badge): not when it continues the
     * same attribution (a quote interrupted by "he said"), nor when it follows the same speaker's quote with no
     * author words between (a quote running over several sentences).
     */
    boolean newQuote(VoiceSegment v, Attribution at) {
      String key = v.speaker() == null ? "" : v.speaker().name().toLowerCase(Locale.ROOT);
      boolean sameAttribution = at != null && at == lastAttribution;
      boolean fresh = !sameAttribution && (authorWordsSince || !key.equals(lastSpeaker));
      lastSpeaker = key;
      lastAttribution = at;
      authorWordsSince = false;
      return fresh;
    }

    Attribution attributionAt(int offset) {
      for (Attribution at : attributions) {
        if (offset >= at.begin() && offset < at.end()) {
          return at;
        }
      }
      return null;
    }
  }

  private static void renderSentence(Element sent, String text, SentenceResult s, int sb, int se,
                                     List<Cluster> clusters, Voicing voicing) {
    SortedSet<Integer> cuts = new TreeSet<>();
    cuts.add(sb);
    cuts.add(se);
    for (VoiceSegment v : voicing.segments) {
      if (v.begin() > sb && v.begin() < se) {
        cuts.add(v.begin());
      }
      if (v.end() > sb && v.end() < se) {
        cuts.add(v.end());
      }
    }
    for (Cluster c : clusters) {
      if (c.begin() > sb && c.begin() < se) {
        cuts.add(c.begin());
      }
      if (c.end() > sb && c.end() < se) {
        cuts.add(c.end());
      }
    }
    Integer[] cs = cuts.toArray(Integer[]::new);
    Element wrapper = null;
    VoiceSegment current = null;
    Element mark = null;
    Cluster markCluster = null;
    for (int i = 0; i + 1 < cs.length; i++) {
      int b = cs[i];
      int e = cs[i + 1];
      String piece = text.substring(b, e);
      VoiceSegment seg = voicing.at(b);
      if (seg == null || seg.voice() == Voice.AUTHOR) {
        voicing.gap(piece);
        current = null;
        wrapper = null;
      } else if (seg != current) {
        current = seg;
        mark = null;
        wrapper = sent.appendElement("span").addClass("v-" + seg.voice().json());
        Attribution at = voicing.attributionAt(seg.begin());
        if (voicing.newQuote(seg, at) && seg.speaker() != null) {
          badge(wrapper, seg, at);
        }
      }
      Element into = wrapper == null ? sent : wrapper;
      Cluster c = clusterAt(clusters, b, e);
      if (c == null) {
        into.appendText(piece);
        mark = null;
        markCluster = null;
        continue;
      }
      if (mark == null || markCluster != c || mark.parent() != into) {
        mark = into.appendElement("mark").attr("tabindex", "0");
        for (String l : c.layers()) {
          mark.addClass("l-" + l);
        }
        mark.attr("data-category", c.spans().get(0).category());
        markCluster = c;
        mark.appendText(piece);
        tip(mark, c);
      } else {
        // the tip stays last inside the mark: insert the text before it
        mark.child(mark.childrenSize() - 1).before(new org.jsoup.nodes.TextNode(piece));
      }
    }
  }

  private static Cluster clusterAt(List<Cluster> clusters, int b, int e) {
    for (Cluster c : clusters) {
      if (c.begin() <= b && c.end() >= e) {
        return c;
      }
    }
    return null;
  }

  private static void tip(Element mark, Cluster c) {
    Element tip = mark.appendElement("span").addClass("tip").attr("role", "tooltip");
    boolean first = true;
    for (Span sp : c.spans()) {
      if (!first) {
        tip.appendElement("br");
      }
      first = false;
      String layer = Layers.of(sp);
      tip.appendElement("b").text(Layers.layer(layer).name());
      StringBuilder sb = new StringBuilder(" ").append(Words.quote(sp.text()));
      if (sp.group() != null && !sp.group().isBlank() && "label".equals(sp.category())) {
        sb.append(" (one of several names for the same thing)");
      }
      if (!sp.explanation().isBlank()) {
        sb.append(": ").append(sp.explanation());
      }
      sb.append(" [").append(sp.source()).append("; ").append(Layers.precisionText(layer)).append(']');
      tip.appendText(sb.toString());
    }
  }

  private static void badge(Element wrapper, VoiceSegment seg, Attribution at) {
    Speaker s = seg.speaker();
    Element b = wrapper.appendElement("span").addClass("badge").attr("tabindex", "0")
        .text(s.name() + (s.country() != null && !s.country().isBlank() ? " (" + s.country() + ")" : ""));
    StringBuilder t = new StringBuilder(seg.voice() == Voice.QUOTE ? "Direct quote" : "Reported speech");
    t.append(": ").append(s.name());
    if (s.role() != null && !s.role().isBlank()) {
      t.append(", ").append(s.role());
    }
    if (s.country() != null && !s.country().isBlank()) {
      t.append(", ").append(s.country());
    }
    t.append(" (").append(Words.typePlural(s.type().json()).replaceFirst("s$", "")).append(')');
    if (at != null) {
      t.append(". Introduced with ").append(Words.quote(at.verb())).append(", a ").append(at.verbClass().json())
          .append(" verb");
    }
    b.appendElement("span").addClass("tip").attr("role", "tooltip").text(t + ".");
  }

  /** Visible spans merged into highlights where they overlap, widened to whole words, sorted by position. */
  static List<Cluster> clusters(ArticleResult a, String text) {
    int len = text.length();
    List<int[]> bounds = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (SentenceResult s : a.sentences()) {
      for (Span sp : s.spans()) {
        if (sp.begin() >= len || sp.end() <= sp.begin()) {
          continue;
        }
        int b = sp.begin();
        int e = Math.min(sp.end(), len);
        while (b > 0 && wordChar(text, b - 1) && wordChar(text, b)) {
          b--;
        }
        while (e < len && wordChar(text, e - 1) && wordChar(text, e)) {
          e++;
        }
        bounds.add(new int[] {b, e, spans.size()});
        spans.add(sp);
      }
    }
    bounds.sort(java.util.Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1]));
    List<Cluster> out = new ArrayList<>();
    int cb = -1;
    int ce = -1;
    List<Span> members = new ArrayList<>();
    for (int[] x : bounds) {
      if (cb >= 0 && x[0] < ce) {
        ce = Math.max(ce, x[1]);
        members.add(spans.get(x[2]));
        continue;
      }
      if (cb >= 0) {
        out.add(cluster(cb, ce, members));
      }
      cb = x[0];
      ce = x[1];
      members = new ArrayList<>(List.of(spans.get(x[2])));
    }
    if (cb >= 0) {
      out.add(cluster(cb, ce, members));
    }
    return out;
  }

  private static Cluster cluster(int b, int e, List<Span> members) {
    // the most telling span first in the explanation: by layer order, then the longer one
    List<Span> sorted = new ArrayList<>(members);
    sorted.sort(java.util.Comparator.comparingInt((Span s) -> layerRank(Layers.of(s)))
        .thenComparing(java.util.Comparator.comparingInt((Span s) -> s.end() - s.begin()).reversed())
        .thenComparing(Span::category));
    Set<String> layers = new LinkedHashSet<>();
    sorted.forEach(s -> layers.add(Layers.of(s)));
    return new Cluster(b, e, List.copyOf(sorted), layers);
  }

  private static int layerRank(String layer) {
    for (int i = 0; i < Layers.ALL.size(); i++) {
      if (Layers.ALL.get(i).key().equals(layer)) {
        return i;
      }
    }
    return Layers.ALL.size();
  }

  /** A letter or digit, or a hyphen or apostrophe between two of them (inside "war-risk", "Kyiv's"). */
  private static boolean wordChar(String text, int i) {
    char c = text.charAt(i);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    boolean joiner = c == '-' || c == '\'' || c == '\u2019';
    return joiner && i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static int clip(int v, int len) {
    return Math.max(0, Math.min(v, len));
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
