package org.framescope.voice;

import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import org.framescope.model.Speaker;

/**
 * One attribution while it is being found: its cue in a sentence, its source head (if any) and its content per
 * sentence (content may continue in later or earlier sentences: multi-sentence quotes, quote paragraphs).
 * Filled by the model or the rules, then by {@link ContentRules} and the speaker sieves. Mutable; one analysis.
 */
final class AttributionDraft {
  /** Body order: by sentence, then cue head. */
  static final java.util.Comparator<AttributionDraft> BODY_ORDER =
      java.util.Comparator.comparingInt((AttributionDraft d) -> d.sentence).thenComparingInt(d -> d.cueHead);

  /**
   * The (last) draft of sentence {@code si} whose cue holds token {@code cueHead}, or a new one there, with the cue
   * group of {@code ContentRules.cueGroup} and score 1, inserted into {@code drafts} (in {@link #BODY_ORDER}) after
   * the drafts that do not come later: the rules that add an attribution the model may already have on the same
   * verb (ClaimTails, AsClauses) correct it instead, and the list stays in body order.
   */
  static AttributionDraft onCue(java.util.List<AttributionDraft> drafts, DependencyView p, int si, int cueHead) {
    AttributionDraft found = null;
    for (AttributionDraft d : drafts) {
      if (d.sentence == si && d.cue.get(cueHead)) {
        found = d;
      }
    }
    if (found == null) {
      found = new AttributionDraft(si, cueHead, ContentRules.cueGroup(p, cueHead), 1);
      int at = drafts.size();
      while (at > 0 && BODY_ORDER.compare(drafts.get(at - 1), found) > 0) {
        at--;
      }
      drafts.add(at, found);
    }
    return found;
  }

  final int sentence;
  int cueHead;
  final BitSet cue;
  double cueScore;
  /** Source head token in {@link #sentence}, or -1. */
  int sourceHead = -1;
  BitSet source = new BitSet();
  final TreeMap<Integer, BitSet> content = new TreeMap<>();
  /** Inside another attribution's content (PolNeAR annotates only the outermost). */
  boolean nested;
  /** Added by {@link CreditLines}: a layout (credit line, transcript turn) says who speaks. */
  boolean layout;
  /** Whether its content is someone else's voice (see {@link AttributionAnalyzer}'s voice gate). */
  boolean voiced;
  Speaker speaker;

  AttributionDraft(int sentence, int cueHead, BitSet cue, double cueScore) {
    this.sentence = sentence;
    this.cueHead = cueHead;
    this.cue = cue;
    this.cueScore = cueScore;
  }

  /** A copy to try a change on: spans and content are copied, the speaker is shared. */
  AttributionDraft copy() {
    AttributionDraft c = new AttributionDraft(sentence, cueHead, (BitSet) cue.clone(), cueScore);
    c.sourceHead = sourceHead;
    c.source = (BitSet) source.clone();
    content.forEach((si, b) -> c.content.put(si, (BitSet) b.clone()));
    c.nested = nested;
    c.layout = layout;
    c.voiced = voiced;
    c.speaker = speaker;
    return c;
  }

  /** Takes the source, speaker and content of {@code trial}, a {@link #copy} of this draft that was changed. */
  void adopt(AttributionDraft trial) {
    sourceHead = trial.sourceHead;
    source = trial.source;
    speaker = trial.speaker;
    content.clear();
    content.putAll(trial.content);
  }

  BitSet contentIn(int si) {
    return content.computeIfAbsent(si, k -> new BitSet());
  }

  boolean hasContent() {
    for (Map.Entry<Integer, BitSet> e : content.entrySet()) {
      if (!e.getValue().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the content takes in any token of the quotation. */
  boolean contentOverlaps(QuoteSpan q) {
    for (Map.Entry<Integer, BitSet> e : q.tokens().entrySet()) {
      BitSet c = content.get(e.getKey());
      if (c != null && c.intersects(e.getValue())) {
        return true;
      }
    }
    return false;
  }

  boolean contentHas(int si, int t) {
    BitSet b = content.get(si);
    return b != null && b.get(t);
  }

  int lastContentSentence() {
    int last = -1;
    for (Map.Entry<Integer, BitSet> e : content.entrySet()) {
      if (!e.getValue().isEmpty()) {
        last = e.getKey();
      }
    }
    return last;
  }
}
