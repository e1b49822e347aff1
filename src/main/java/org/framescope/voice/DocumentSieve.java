package org.framescope.voice;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import org.framescope.model.Speaker;

/**
 * A document that "says" ("the statement continued", "Trump's statement said"; nouns in the document-noun list
 * of voice-words.tsv): its owner when one is named ("Trump's statement", "the FBI summary", "a report by Human
 * Rights Watch", "the report, released by Human Rights Watch"), else whose an earlier mention of it says
 * ({@link #earlierMention}: "parents filed a federal complaint ... according to the complaint"), else the latest
 * speaker whose cue the noun is made from ({@link #derivingCue}: "FrontPage Magazine reported: ... The report said"),
 * else the latest speaker within six sentences (who issued it; a speaker whose sentence names the same document
 * spoke about it and is passed over: {@link #spokeAbout}). A word of an organisation's name is no document: "The
 * Washington Post" is named by the later sieves, "The Post" after it is that newspaper ({@link #shortName}). Not
 * inside a quotation or a
 * transcript turn, nor a recording (recording-noun: "Video released by CENTCOM showed ...", where the parse may
 * lose the owner; a video shown is no statement of whoever spoke last), nor a document the phrase introduces
 * ("another study", "studies show": {@link #introduced}): there the later sieves name the document itself.
 */
final class DocumentSieve implements SpeakerSieve {
  private final SpeakerResolver resolver;

  DocumentSieve(SpeakerResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public Speaker resolve(SpeakerContext ctx, int si, int h) {
    DependencyView p = ctx.v.view(si);
    var t = p.tok(h);
    if (!t.pos().startsWith("NN") || !ctx.words.is("document-noun", t.lemma())) {
      return null;
    }
    if (inOrganisationName(ctx, si, h)) { // "The Washington Post said" is the newspaper, no post of Washington's
      return p.child(h, "compound") >= 0 ? null : shortName(ctx, si, t.word());
    }
    int owner = owner(p, h);
    if (owner >= 0) {
      return resolver.resolve(si, owner);
    }
    if (ctx.v.spoken(si, h)) {
      return null; // "MILLER: the river study found ...": a speaker cites a document, it need not be theirs
    }
    if (ownerlessRecording(ctx.words, p, h) || introduced(p, h)) {
      return null;
    }
    Speaker earlier = earlierMention(ctx, si, h);
    if (earlier != null) {
      return earlier;
    }
    Speaker deriving = derivingCue(ctx, si, h);
    if (deriving != null) {
      return deriving;
    }
    boolean byBody = commonCompound(p, h); // "the office release": a body issued it, not the man who spoke last
    for (int k = ctx.speakers.size() - 1; k >= 0; k--) {
      SpeakerRef r = ctx.speakers.get(k);
      if (si - r.sentence() > 6) {
        break;
      }
      if ((r.sentence() < si || r.token() < h) && !(byBody && personLike(r)) && !spokeAbout(ctx, r, si, h)) {
        return r.speaker();
      }
    }
    return null;
  }

  /**
   * Who issued the document as an earlier mention of it says, the latest such mention within six sentences
   * (outside quotations): one that was itself a source ("Court documents say ..." before "the documents said"; "The
   * report said ..." before "The report recalls"), one brought in with "a"/"an" or "in" by a speaker's verb ("parents
   * filed a federal complaint" before "according to the complaint"; "X said in a statement released by his
   * campaign": X), or one its phrase names the owner of ("a report by Human Rights Watch", {@link #owner}): that
   * speaker. A mention that says none of these ("Lawyers denounced the report") is passed over. Null when no mention
   * says who.
   */
  private Speaker earlierMention(SpeakerContext ctx, int si, int h) {
    String lemma = ctx.v.view(si).tok(h).lemma();
    for (int j = si; j >= 0 && si - j <= 6; j--) {
      DependencyView q = ctx.v.view(j);
      for (int m = (j == si ? h : q.n) - 1; m >= 0; m--) {
        if (!q.tok(m).pos().startsWith("NN") || !q.tok(m).lemma().equals(lemma) || ctx.v.spoken(j, m)) {
          continue;
        }
        Speaker by = issuer(ctx, j, m);
        if (by != null) {
          return by;
        }
      }
    }
    return null;
  }

  /** Who issued the document mentioned at token {@code m} of sentence {@code j}, as {@link #earlierMention} says. */
  private Speaker issuer(SpeakerContext ctx, int j, int m) {
    DependencyView q = ctx.v.view(j);
    SpeakerRef itself = recorded(ctx, j, m);
    if (itself != null) {
      return itself.speaker();
    }
    int prep = q.child(m, "case");
    boolean brought = indefinite(q, m) || prep >= 0 && q.tok(prep).word().equalsIgnoreCase("in");
    int verb = q.gov[m];
    if (brought && verb >= 0 && q.tok(verb).pos().startsWith("VB")) {
      for (int k = ctx.speakers.size() - 1; k >= 0; k--) {
        SpeakerRef r = ctx.speakers.get(k);
        if (r.sentence() == j && r.token() >= 0 && r.token() < q.n && q.gov[r.token()] == verb) {
          // "parents filed a federal complaint", "Trump said in a statement released by his campaign": the subject
          // of the verb that brought it in, before whoever released it
          return r.speaker();
        }
      }
    }
    int owner = owner(q, m);
    if (owner >= 0) {
      SpeakerRef r = recorded(ctx, j, owner);
      if (r != null) {
        return r.speaker();
      }
      return q.tok(owner).pos().startsWith("PRP") ? null : resolver.resolve(j, owner); // "his statement": then, not now
    }
    return null;
  }

  /** The speaker recorded with source head token {@code t} of sentence {@code j}, or null. */
  private static SpeakerRef recorded(SpeakerContext ctx, int j, int t) {
    for (int k = ctx.speakers.size() - 1; k >= 0; k--) {
      SpeakerRef r = ctx.speakers.get(k);
      if (r.sentence() == j && r.token() == t) {
        return r;
      }
      if (r.sentence() < j) {
        break;
      }
    }
    return null;
  }

  /**
   * The latest speaker within six sentences whose cue is the verb the document noun is made from ("FrontPage Magazine
   * reported: ..." before "The report said"; "stated" and "the statement", "complained" and "the complaint"), or
   * null.
   */
  private static Speaker derivingCue(SpeakerContext ctx, int si, int h) {
    String noun = ctx.v.view(si).tok(h).lemma().toLowerCase(Locale.ROOT);
    for (int k = ctx.speakers.size() - 1; k >= 0; k--) {
      SpeakerRef r = ctx.speakers.get(k);
      if (si - r.sentence() > 6) {
        break;
      }
      int verb = cueVerb(ctx, r);
      if ((r.sentence() < si || r.token() < h) && verb >= 0
          && derives(noun, ctx.v.view(r.sentence()).tok(verb).lemma())) {
        return r.speaker();
      }
    }
    return null;
  }

  /**
   * Whether a noun is made from a verb: the same word ("report", "tweet"), or the verb's stem (without a final "e",
   * "y" or "fy") begins it ("statement", "complaint", "declaration", "testimony"), the stem having four letters or
   * more.
   */
  static boolean derives(String noun, String verbLemma) {
    String v = verbLemma.toLowerCase(Locale.ROOT);
    if (noun.equals(v)) {
      return true;
    }
    String stem = v.endsWith("fy") ? v.substring(0, v.length() - 2) // "testify": "testimony"
        : v.endsWith("e") || v.endsWith("y") ? v.substring(0, v.length() - 1) : v;
    return stem.length() >= 4 && noun.startsWith(stem) && noun.length() > stem.length();
  }

  /**
   * Whether the phrase introduces a document the story did not have ("another study", "one study in 496 girls",
   * "several studies", "studies show", "the latest reports"): a determiner or quantity of {@link #INTRODUCING}, a
   * number, a plural with no determiner, a plural with an adjective of {@link #NEWS_ADJECTIVES}, or "a"/"an" with a
   * participle after the noun ("a statement of facts filed with his plea agreement": no owner, as {@link #owner} found
   * no "by" phrase in it). Such a
   * document is nobody's who spoke before; "the statement", "this study" and "a statement" are.
   */
  static boolean introduced(DependencyView p, int h) {
    if (indefinite(p, h)) {
      for (int k : p.kids.get(h)) {
        if (k > h && p.rel[k].startsWith("acl") && p.tok(k).pos().equals("VBN")) {
          return true; // "a statement of facts filed with his plea agreement said": the phrase says which document
        }
      }
    }
    if (p.tok(h).pos().equals("NNS")) {
      for (int k : p.kids.get(h)) {
        if (k < h && p.rel[k].equals("amod") && NEWS_ADJECTIVES.contains(p.tok(k).word().toLowerCase(Locale.ROOT))) {
          return true; // "according to the latest reports": reports in the news, not the last speaker's
        }
      }
    }
    boolean introducing = false;
    for (int k : p.kids.get(h)) {
      if (k > h) {
        continue;
      }
      String r = p.rel[k];
      String w = p.tok(k).word().toLowerCase(Locale.ROOT);
      if (r.equals("det") || r.equals("nmod:poss")) {
        if (!INTRODUCING.contains(w)) {
          return false; // "the two reports", "these studies", "a statement": one the story has, or may have
        }
        introducing = true;
      } else if (r.equals("nummod") && p.tok(k).pos().equals("CD") || r.equals("amod") && INTRODUCING.contains(w)) {
        introducing = true;
      }
    }
    return introducing || p.tok(h).pos().equals("NNS");
  }

  /**
   * Whether token {@code h} is a word of an organisation's name: tagged ORGANIZATION by NER, or inside the mention
   * of a registered organisation ("The Washington Post", "the Jerusalem Post").
   */
  private static boolean inOrganisationName(SpeakerContext ctx, int si, int h) {
    if (ctx.v.view(si).tok(h).ner().equals("ORGANIZATION")) {
      return true;
    }
    for (ActorMention m : ctx.v.mentions.get(si)) {
      if (m.tokenBegin() <= h && h < m.tokenEnd() && m.actor().kind().equals("organisation")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organisation a name's last word, written alone, refers back to ("The Washington Post noted ... The Post
   * reported ..."): the latest speaker within six sentences whose name ends with {@code word}, or null, when the
   * later sieves name the organisation from its own words (so always for a name with more words, "the Jerusalem
   * Post").
   */
  private static Speaker shortName(SpeakerContext ctx, int si, String word) {
    for (int k = ctx.speakers.size() - 1; k >= 0; k--) {
      SpeakerRef r = ctx.speakers.get(k);
      if (si - r.sentence() > 6) {
        break;
      }
      String name = r.speaker().name().trim();
      String last = lastWord(name);
      if (!last.equals(name) && last.equalsIgnoreCase(word)) {
        return r.speaker();
      }
    }
    return null;
  }

  /**
   * Whether speaker {@code r} spoke about document {@code h} ("Lawyers for Assange and Manafort denounced the report
   * as false." before "the report would suggest ..."; "Poveda said the Guardian report was false"): the same
   * document noun lies under the verb of which the speaker is the subject, that verb being the speaker's cue, and
   * not in a prepositional phrase ("said in a statement" issued it; "the NAACP passed a resolution" is no cue).
   */
  private static boolean spokeAbout(SpeakerContext ctx, SpeakerRef r, int si, int h) {
    int verb = cueVerb(ctx, r);
    if (verb < 0) {
      return false;
    }
    DependencyView at = ctx.v.view(r.sentence());
    String lemma = ctx.v.view(si).tok(h).lemma();
    BitSet under = at.subtree(verb);
    for (int t = under.nextSetBit(0); t >= 0; t = under.nextSetBit(t + 1)) {
      if (t != r.token() && !(r.sentence() == si && t == h) && at.tok(t).pos().startsWith("NN")
          && at.tok(t).lemma().equals(lemma) && at.child(t, "case") < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token of speaker {@code r}'s cue: the word its source head hangs from, when that word is the cue as recorded
   * (its last word: "lashed out"); -1 otherwise.
   */
  private static int cueVerb(SpeakerContext ctx, SpeakerRef r) {
    DependencyView at = ctx.v.view(r.sentence());
    int verb = r.token() >= 0 && r.token() < at.n ? at.gov[r.token()] : -1;
    return verb >= 0 && r.verb() != null && at.tok(verb).word().equalsIgnoreCase(lastWord(r.verb())) ? verb : -1;
  }

  /** Whether noun {@code h} has the determiner "a" or "an". */
  private static boolean indefinite(DependencyView p, int h) {
    int det = p.child(h, "det");
    return det >= 0 && (p.tok(det).word().equalsIgnoreCase("a") || p.tok(det).word().equalsIgnoreCase("an"));
  }

  /** NER tags of times and quantities, which a proper noun before a document may carry ("a March 11th letter"). */
  private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL");

  /** Adjectives of recency or status that make plural documents news reports ("the latest reports"). */
  private static final Set<String> NEWS_ADJECTIVES = Set.of("latest", "recent", "early", "earlier", "initial",
      "preliminary", "new", "unconfirmed", "conflicting");

  /** Determiners and quantities that bring in a new document ("another study", "several reports"). */
  private static final Set<String> INTRODUCING = Set.of("another", "other", "one", "several",
      "some", "many", "few", "both", "multiple", "numerous");

  /** A speaker that is a person: a named person, a pronoun, or a noun for one ("New York man", "a lawyer"). */
  private static boolean personLike(SpeakerRef r) {
    return r.person() || NounPhraseSieve.agentNoun(lastWord(r.speaker().name()));
  }

  /** The last of the words of {@code s} ("Washington Post": Post), all of it when it has one. */
  private static String lastWord(String s) {
    String[] words = s.trim().split("\\s+");
    return words[words.length - 1];
  }

  /** Whether a common noun is compounded before document {@code h} ("the office release", "a campaign memo"). */
  private static boolean commonCompound(DependencyView p, int h) {
    for (int k : p.kids.get(h)) {
      if (k < h && p.rel[k].equals("compound") && (p.tok(k).pos().equals("NN") || p.tok(k).pos().equals("NNS"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code h} heads a recording (recording-noun: video, footage) whose owner the phrase does not name:
   * evidence the outlet describes, not a statement of whoever spoke last, and no voice of its own (the voice gate).
   */
  static boolean ownerlessRecording(VoiceWords words, DependencyView p, int h) {
    return words.is("recording-noun", p.tok(h).lemma()) && owner(p, h) < 0;
  }

  /**
   * Who the document is by, as the phrase names it: "Trump's statement", "the FBI summary" (a proper noun
   * compounded before it), "a report by Human Rights Watch", "a statement from the ministry", "the report,
   * released by Human Rights Watch"; or -1.
   */
  static int owner(DependencyView p, int h) {
    int poss = p.child(h, "nmod:poss");
    if (poss >= 0) {
      return poss;
    }
    for (int k : p.kids.get(h)) {
      if (k < h && p.rel[k].equals("compound") && p.tok(k).pos().startsWith("NNP")
          && !(k == 0 && p.tok(k).ner().equals("O")) // "Court documents show": a capital only the sentence gives
          && !TIME_NER.contains(p.tok(k).ner())) { // "a March 11th letter signed by ...": a date, not its author
        return k; // "the FBI summary", "a CNN poll": a name before the document issued it
      }
    }
    for (int k : p.kids.get(h)) {
      if (k > h && p.rel[k].startsWith("nmod") && (p.agentPhrase(k, "by") || p.agentPhrase(k, "from"))) {
        return k;
      }
      if (k > h && p.rel[k].startsWith("acl") && p.tok(k).pos().equals("VBN")) {
        for (int a : p.kids.get(k)) {
          if (p.rel[a].startsWith("obl") && p.agentPhrase(a, "by")) {
            return a;
          }
        }
      }
    }
    return -1;
  }
}
