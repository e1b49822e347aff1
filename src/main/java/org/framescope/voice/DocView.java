package org.framescope.voice;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;

/**
 * What every part of the voice stage reads about one document: the dependency view of each sentence, the
 * paragraph of each sentence (a blank line between two sentences starts a new one), the located quotes and the
 * actor mentions of each sentence. Input: an {@link NlpDocument}, the actor registry and the voice words (their
 * {@code heading-label} list tells transcript speakers from headings). Built once per
 * analysis; not shared between threads.
 */
final class DocView {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

  final NlpDocument doc;
  final String body;
  final List<DependencyView> views;
  final int[] paragraph;
  /** Index of the sentence within its paragraph (0 = first). */
  final int[] inParagraph;
  final QuoteLocator quotes;
  /** The transcript turns of the body (paragraphs that begin with a speaker label), or none. */
  final List<QuoteFinder.Turn> turns;
  final List<List<ActorMention>> mentions;

  DocView(NlpDocument doc, ActorRegistry actors, VoiceWords words) {
    this.doc = doc;
    this.body = doc.body();
    List<DependencyView> vs = new ArrayList<>(doc.sentences().size());
    for (NlpSentence s : doc.sentences()) {
      vs.add(new DependencyView(s));
    }
    this.views = List.copyOf(vs);
    int m = vs.size();
    paragraph = new int[m];
    inParagraph = new int[m];
    int para = 0;
    for (int i = 0; i < m; i++) {
      if (i > 0) {
        int from = doc.sentences().get(i - 1).end();
        int to = doc.sentences().get(i).begin();
        if (from <= to && PARAGRAPH_BREAK.matcher(body.substring(from, to)).find()) {
          para++;
        }
        inParagraph[i] = paragraph[i - 1] == para ? inParagraph[i - 1] + 1 : 0;
      }
      paragraph[i] = para;
    }
    turns = QuoteFinder.turns(body, label -> words.is("heading-label", label));
    quotes = new QuoteLocator(body, views, turns);
    List<List<ActorMention>> ms = new ArrayList<>(m);
    for (NlpSentence s : doc.sentences()) {
      ms.add(actors.find(s));
    }
    mentions = List.copyOf(ms);
  }

  DependencyView view(int si) {
    return views.get(si);
  }

  int size() {
    return views.size();
  }

  BitSet quoteMask(int si) {
    return quotes.mask(si);
  }

  boolean inQuote(int si, int t) {
    return quotes.inQuote(si, t);
  }

  /**
   * Whether token {@code t} of sentence {@code si} is part of a transcript turn's speaker label ("HOST:"). The
   * parser hangs the turn's first sentence from its label, so the label looks like the subject of every verb in
   * it; the turn's own attribution names the label's speaker, an inner one never does.
   */
  boolean inLabel(int si, int t) {
    return turnOf(si, t, true) != null;
  }

  /** The transcript turn whose text (after its label) holds token {@code t} of sentence {@code si}, or null. */
  QuoteFinder.Turn turnOfText(int si, int t) {
    return turnOf(si, t, false);
  }

  /** Whether token {@code t} of sentence {@code si} is inside a quotation or a transcript turn's text. */
  boolean spoken(int si, int t) {
    return inQuote(si, t) || turnOf(si, t, false) != null;
  }

  /**
   * The registry title whose mention ends at token {@code t} of sentence {@code si} ("spokesman", "senior NATO
   * official", "Foreign Ministry spokeswoman": a role noun, which names a person), or null.
   */
  Actor titleAt(int si, int t) {
    for (ActorMention m : mentions.get(si)) {
      if (m.tokenEnd() - 1 == t && m.actor().kind().equals("title")) {
        return m.actor();
      }
    }
    return null;
  }

  /**
   * Whether token {@code t} of sentence {@code si} is a word of a registered actor's name that the tagger took for
   * a verb ("think" in "the New Democrat Network think tank"): such a word is never a cue. Only a word before the
   * name's last one: a one-word title can be a verb as well ("voters judge that ...").
   */
  boolean insideActorName(int si, int t) {
    if (!views.get(si).tok(t).pos().startsWith("VB")) {
      return false;
    }
    for (ActorMention m : mentions.get(si)) {
      if (m.tokenBegin() <= t && t < m.tokenEnd() - 1) {
        return true;
      }
    }
    return false;
  }

  /** The turn whose label (from the label to its text) or text (to the turn's end) holds the token, or null. */
  private QuoteFinder.Turn turnOf(int si, int t, boolean label) {
    var tok = views.get(si).tok(t);
    for (QuoteFinder.Turn turn : turns) {
      int from = label ? turn.label() : turn.text();
      int to = label ? turn.text() : turn.end();
      if (tok.begin() >= from && tok.end() <= to) {
        return turn;
      }
    }
    return null;
  }
}
