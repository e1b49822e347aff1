package org.framescope.voice;

import java.util.Set;
import org.framescope.model.Speaker;
import org.framescope.model.SpeakerType;

/**
 * The last sieve: any other source is its noun phrase as written ("Western officials", "the U.S. State
 * Department"), with country and type from the registry mentions inside it; a phrase that is just a country
 * name speaks as the country ("Moscow said" -> Russia). An actor only in the modifiers gives its country, and only
 * when the head can speak ({@link #headCanSpeak}). The phrase runs on to the right over a proper-noun "of" phrase
 * that is part of a name ("the UK Ministry of Defence") and over a noun joined by "and" ("intelligence
 * agencies and governments"), and after a role noun over its affiliation ("a spokesman for the Kremlin": country
 * and, for a title flagged inherit-type, type from the Kremlin), each at most {@value #RIGHT_MAX} tokens; a place
 * after a role noun gives the country but stays out of the name ("officials in Kyiv": Officials, Ukraine). A body
 * named in apposition after a common noun is the speaker ("The group that owns most of her music, Big Machine,
 * says": Big Machine). Always answers.
 */
final class NounPhraseSieve implements SpeakerSieve {
  private static final Set<String> NP_LEFT = Set.of("compound", "amod", "nmod:poss", "flat", "nummod");
  /** Longest part of a name to the right of its head, in tokens ("of Homeland Security"). */
  static final int RIGHT_MAX = 5;

  @Override
  public Speaker resolve(SpeakerContext ctx, int si, int h) {
    int named = apposedBody(ctx.v.view(si), h);
    return nounPhrase(ctx, si, named >= 0 ? named : h);
  }

  /**
   * The proper noun set off by a comma in apposition after common noun {@code h} ("The group that owns most of her
   * music, Big Machine, says": Machine), or -1: a body named so names the speaker.
   */
  static int apposedBody(DependencyView p, int h) {
    if (!p.tok(h).pos().startsWith("NN") || p.tok(h).pos().startsWith("NNP")) {
      return -1;
    }
    for (int k : p.kids.get(h)) {
      // a proper noun, or a capitalised word tagged otherwise ("Big/JJ Machine/NN")
      if (k > h + 1 && p.rel[k].equals("appos")
          && (p.tok(k).pos().startsWith("NNP") || Character.isUpperCase(p.tok(k).word().charAt(0)))
          && p.isPunct(p.subtree(k).nextSetBit(0) - 1)) {
        return k;
      }
    }
    return -1;
  }

  static Speaker nounPhrase(SpeakerContext ctx, int si, int h) {
    DependencyView p = ctx.v.view(si);
    int lo = h;
    for (int k : p.kids.get(h)) {
      // ", an accusation Hamas denies": CoreNLP may make the claim noun a compound of the speaker; it is the
      // claim, not part of the name
      boolean claim = p.rel[k].equals("compound") && ctx.words.is("claim-noun", p.tok(k).lemma());
      if (k < h && NP_LEFT.contains(p.rel[k]) && !claim) {
        lo = Math.min(lo, p.subtree(k).nextSetBit(0));
      }
    }
    lo = ContentRules.afterDateline(p, lo, h); // "Feb 9 (Reuters) - Puerto Rico" is Puerto Rico
    while (lo < h && (p.tok(lo).pos().equals("DT") || p.isPunct(lo))) {
      lo++;
    }
    Actor title = ctx.v.titleAt(si, h);
    // "One of the protesters", "Most of the modern theories": a number's or quantity's "of" phrase says whose
    boolean quantity = p.tok(h).pos().equals("CD")
        || ctx.words.is("quantity-word", p.tok(h).lemma().toLowerCase(java.util.Locale.ROOT));
    int hi = right(p, h, title != null, false, quantity);
    int reach = right(p, h, title != null, true, quantity); // "officials in Kyiv": the place gives the country
    String text = p.text(lo, hi);
    String country = null;
    SpeakerType type = null;
    String canonical = null;
    boolean headSpeaks = headCanSpeak(ctx, si, h);
    for (ActorMention m : ctx.v.mentions.get(si)) {
      boolean coversHead = m.tokenEnd() > h && m.tokenBegin() <= h;
      if (!coversHead && !headSpeaks) {
        continue; // "Iran regime change": a country modifying a thing is not the thing's voice
      }
      if (m.tokenEnd() > lo && m.tokenBegin() <= reach) {
        if (country == null) {
          country = m.actor().country();
        }
        if (coversHead) {
          type = m.actor().type();
          if (m.tokenBegin() <= lo + 1 && !m.actor().kind().equals("title")) {
            canonical = m.actor().kind().equals("country") ? m.actor().canonical() : null;
          }
        }
        // an actor only in the modifiers gives its country, not its type: "a London underwriter" and "Kremlin
        // critics" do not speak for a government
      }
    }
    if (title != null && hi > h && ctx.actors.inheritsType(title)) {
      // "a spokesman for the Kremlin" speaks for the Kremlin, as "the Kremlin spokesman" does
      for (ActorMention m : ctx.v.mentions.get(si)) {
        if (m.tokenBegin() > h && m.tokenEnd() <= hi + 1 && !m.actor().kind().equals("title")) {
          type = m.actor().type();
          break;
        }
      }
    }
    return new Speaker(canonical != null ? canonical : text, null, country, type == null ? SpeakerType.OTHER : type);
  }

  /**
   * Whether a phrase with this head can speak, so that an actor named only in its modifiers is its voice ("Iranian
   * officials", "Kremlin critics", "the Russian statement", "U.S. Navy"): a named or proper-noun head, a plural
   * noun (a group of people, as a rule), a registry title, a speaking or document noun of voice-words.tsv, or an
   * agent noun ({@link #AGENT}). A singular common noun outside those ("Iran regime change", "the U.S. decision",
   * "Israel's accusation") cannot: the actor in its modifiers gives it neither country nor type, and the phrase
   * fails the voice gate.
   */
  static boolean headCanSpeak(SpeakerContext ctx, int si, int h) {
    return headCanSpeak(ctx.v, ctx.words, si, h);
  }

  /** {@link #headCanSpeak(SpeakerContext, int, int)} from the document and the voice words alone. */
  static boolean headCanSpeak(DocView v, VoiceWords words, int si, int h) {
    var t = v.view(si).tok(h);
    String pos = t.pos();
    return !t.ner().equals("O") || pos.startsWith("NNP") || pos.equals("NNS") || pos.startsWith("PRP")
        || v.titleAt(si, h) != null || words.is("speaker-noun", t.lemma())
        || words.is("document-noun", t.lemma())
        || agentNoun(t.lemma());
  }

  /** Whether a noun's lemma has the ending of an English agent noun ({@link #AGENT}: "broker", "resident"). */
  static boolean agentNoun(String lemma) {
    return AGENT.matcher(lemma.toLowerCase(java.util.Locale.ROOT)).matches();
  }

  /**
   * The endings of English agent nouns ("a London underwriter", "a Kyiv shopkeeper", "a Tehran economist",
   * "the Ukrainian commander"): a person no list can name in full; "-ment" is no agent ("acknowledgment").
   * "Man" itself counts too ("A man said he had voted willingly"; "woman" has the ending already).
   */
  private static final java.util.regex.Pattern AGENT =
      java.util.regex.Pattern.compile("[a-z-]{2,}(?:er|or|ist|ian|ant|(?<!m)ent|man|woman|person|ee)|man");

  /**
   * The last token of the phrase: the head, or the end of an "of" phrase of proper nouns (after a proper noun also a
   * "for" phrase: "Center for Disease Control"), of an "of" phrase after a number or a quantity-word ("One of the
   * protesters", "Most of the modern theories"), or of a
   * noun joined by "and" that follows it directly; after a role noun also its affiliation ("spokesman for the
   * company", "an official from the ministry") and, with {@code places}, where it is ("officials in Kyiv").
   */
  private static int right(DependencyView p, int h, boolean role, boolean places, boolean quantity) {
    int hi = h;
    for (int k : p.kids.get(h)) {
      if (k <= h) {
        continue;
      }
      java.util.BitSet sub = p.subtree(k);
      if (quantity && p.rel[k].startsWith("nmod")) {
        sub.clear(k + 1, p.n); // "Most of the modern theories of penal law": the group up to its noun
      }
      if (role && p.rel[k].startsWith("nmod")) {
        for (int c : p.kids.get(k)) {
          if (c > k && (p.rel[c].equals("punct") || p.rel[c].startsWith("acl") || p.rel[c].equals("appos"))) {
            sub.andNot(p.subtree(c)); // "officials in Kyiv, who spoke on condition of anonymity": the core phrase
          }
        }
      }
      int first = sub.nextSetBit(0);
      int last = sub.length() - 1;
      if (first != hi + 1 || last - first + 1 > RIGHT_MAX || sub.cardinality() != last - first + 1) {
        continue;
      }
      String pos = p.tok(k).pos();
      String firstWord = p.tok(first).word();
      boolean ofName = p.rel[k].startsWith("nmod") && pos.startsWith("NNP") && (firstWord.equals("of")
          || firstWord.equals("for") && p.tok(h).pos().startsWith("NNP")); // "Center for Disease Control"
      boolean joined = p.rel[k].equals("conj") && firstWord.equals("and") && pos.startsWith("NN");
      boolean partitive = quantity && p.rel[k].startsWith("nmod") && firstWord.equals("of");
      boolean affiliation = role && p.rel[k].startsWith("nmod") && pos.startsWith("NN")
          && PersonTracker.AFFILIATION.contains(firstWord.toLowerCase(java.util.Locale.ROOT))
          && (places || !firstWord.equalsIgnoreCase("in"));
      if (ofName || joined || affiliation || partitive) {
        hi = last;
      }
    }
    return hi;
  }
}
