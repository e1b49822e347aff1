package org.framescope.voice;

import java.util.List;
import java.util.Locale;
import org.framescope.model.Speaker;
import org.framescope.model.SpeakerType;

/**
 * Personal pronouns. "he"/"she" resolve, in this order, to:
 * <ol>
 *   <li>the subject of the clause above the pronoun's ({@link #bound}: "D'Souza was sentenced after he pleaded");
 *   <li>a person earlier in the same sentence (subjects first); not one inside the quotation the pronoun's clause
 *       closes ("“... behind Trump ...,” he added"), nor a name among the nominal dependents of the pronoun's own
 *       verb ("Of Obama, he said");
 *   <li>a person subject of the previous sentence, or of the sentence before the quotation when the pronoun's
 *       sentence continues one, outside what someone said there ("Bloomberg ... argued that Trump was ..." is
 *       Bloomberg), else inside it when its gender is known to agree; the main clause's subject before one of a
 *       clause inside it, and a subject of unknown gender before older persons;
 *   <li>the latest person speaker, even of unknown gender, else an older one, within three sentences, where the
 *       sentences of a quotation do not count;
 *   <li>a person subject of unknown gender inside what someone said in that previous sentence ("she said,
 *       Kavanaugh pinned her ... When she tried to scream, she said" is not Kavanaugh);
 *   <li>the nearest earlier sentence's person (subjects first).
 * </ol>
 * A known gender must agree (first strictly, then unknown genders are allowed, except where said above).
 * "it"/"they" resolve to the latest non-person speaker ("they" also to a plural or group subject earlier in its own
 * sentence, "a team of scientists has created ..., a simulation they call TNG50", else of the previous sentence:
 * "Officials met on Monday. They said ...", a body's name with a plural verb: "Big Machine have denied it. They
 * said ...", or a group noun: "the team is far from finished ... They also plan"; "it" also to a recent
 * organisation). I, we and you are the author's or
 * a quoted first person: no speaker (null). Inside a transcript turn, the turns' speaker labels are no
 * antecedents, and "he"/"she" is neither a turn's speaker nor the person whose turn it is. An unnamed speaker of
 * the previous sentence ("a senior official told reporters") comes before older named speakers.
 * Anything not a pronoun passes.
 */
final class PronounSieve implements SpeakerSieve {
  @Override
  public Speaker resolve(SpeakerContext ctx, int si, int h) {
    DependencyView p = ctx.v.view(si);
    var t = p.tok(h);
    if (!t.pos().equals("PRP") && !t.pos().equals("PRP$")) {
      return null;
    }
    String w = t.word().toLowerCase(Locale.ROOT);
    return switch (w) {
      case "he", "she", "him", "her", "his", "hers" -> person(ctx, si, h, genderOf(w));
      case "they", "them", "their" -> group(ctx, si, h);
      case "it", "its" -> thing(ctx, si, h);
      default -> null;
    };
  }

  private static Speaker person(SpeakerContext ctx, int si, int h, char g) {
    // a transcript's speaker labels are not part of what is said, and inside a turn "he"/"she" is never one of the
    // speakers taking turns (they say "I" and "you"): "MILLER: He told me ..." is not Miller
    QuoteFinder.Turn turn = ctx.v.turnOfText(si, h);
    String speaking = turn == null ? null : turnSpeaker(ctx, turn);
    List<PersonRef> persons = ctx.v.turns.isEmpty() ? ctx.persons.persons() : ctx.persons.persons().stream()
        .filter(r -> !ctx.v.inLabel(r.sentence(), r.token())
            && !(speaking != null && speaking.equals(r.toSpeaker().name()))).toList();
    int[] paragraph = ctx.v.paragraph;
    boolean quoted = ctx.v.inQuote(si, h);
    Speaker bound = bound(ctx, persons, si, h, g);
    if (bound != null) {
      return bound; // "Archbishop Eamon Martin said he expected ...", "D'Souza was sentenced after he pleaded ..."
    }
    for (boolean strict : new boolean[] {true, false}) {
      PersonRef same = null;
      for (PersonRef r : persons) {
        // a person named inside the quotation "he added" closes is what was said, not who said it ("“... what is
        // behind Trump ...,” he added")
        if (r.sentence() == si && r.token() < h && genderOk(r.gender(), g, strict)
            && (quoted || !ctx.v.inQuote(si, r.token())) && !coArgument(ctx.v.view(si), r.token(), h)
            && (same == null || r.subject() && !same.subject())) {
          same = r;
        }
      }
      if (same != null) {
        return same.toSpeaker();
      }
      // a subject of the sentence before: one outside what someone said there first ("Bloomberg criticized
      // Democrats, but argued that Trump was ... . “...,” he said" is Bloomberg), and of those the one whose gender
      // agrees first, else one whose gender is unknown ("Economist Gennady Orlov told ... “...,” he explained"): an
      // older person whose gender agrees does not outrank it; at each pass a subject of the main clause before one
      // of a clause inside it ("Braun has worked with ... - both of whom Taylor Swift has had feuds with. He ..." is
      // Braun)
      int before = sentenceBeforeQuotation(ctx, si);
      boolean near = before >= 0 && paragraph[before] >= paragraph[si] - 1;
      if (near) {
        PersonRef subject = previousSubject(ctx, persons, before, g, false, false);
        subject = subject != null ? subject : previousSubject(ctx, persons, before, g, true, true);
        if (subject != null) {
          return subject.toSpeaker();
        }
      }
      Speaker described = strict ? describedSpeaker(ctx, si, g) : null; // gender-blind: the relaxed pass adds nothing
      if (described != null) {
        return described;
      }
      // the latest person speaker even when its gender is unknown ("“...,” Fox said. ... “...,” he added" is Fox,
      // not a man named earlier), else an older one whose gender agrees
      boolean latest = true;
      for (int k = ctx.speakers.size() - 1; k >= 0; k--) {
        SpeakerRef r = ctx.speakers.get(k);
        if (narrativeBetween(ctx, r.sentence(), si) > 2) {
          break;
        }
        if (r.person() && r.sentence() < si && !(turn != null && ctx.v.inLabel(r.sentence(), r.token()))) {
          if (genderOk(ctx.persons.genderOfName(r.speaker().name()), g, strict && !latest)) {
            return r.speaker();
          }
          latest = false;
        }
      }
      // a subject inside what was said there, after the one who said it ("While his friend watched, she said,
      // Kavanaugh pinned her ... When she tried to scream, she said" is the woman quoted, not Kavanaugh)
      PersonRef reportedSubject = near ? previousSubject(ctx, persons, before, g, true, false) : null;
      if (reportedSubject != null) {
        return reportedSubject.toSpeaker();
      }
      PersonRef best = null;
      for (int k = persons.size() - 1; k >= 0; k--) {
        PersonRef r = persons.get(k);
        if (r.sentence() >= si || !genderOk(r.gender(), g, strict)) {
          continue;
        }
        if (best != null && r.sentence() != best.sentence()) {
          break;
        }
        if (best == null || r.subject() && !best.subject()) {
          best = r;
        }
      }
      if (best != null) {
        return best.toSpeaker();
      }
    }
    return null;
  }

  /**
   * The person subject of sentence {@code before} a pronoun of gender {@code g} refers to, or null: one inside what
   * someone said there ({@code inReported}: a quotation or a clausal complement) or one outside it; in this order:
   * gender agreeing before unknown (only agreeing with {@code knownGender}); the main clause's subject before one of
   * a clause inside it; the latest first.
   */
  private static PersonRef previousSubject(SpeakerContext ctx, List<PersonRef> persons, int before, char g,
                                          boolean inReported, boolean knownGender) {
    DependencyView p = ctx.v.view(before);
    for (boolean strictGender : knownGender ? new boolean[] {true} : new boolean[] {true, false}) {
      for (boolean mainOnly : new boolean[] {true, false}) {
        for (int k = persons.size() - 1; k >= 0; k--) {
          PersonRef r = persons.get(k);
          if (r.sentence() < before) {
            break;
          }
          if (r.sentence() == before && r.subject() && genderOk(r.gender(), g, strictGender)
              && reported(ctx, r) == inReported && (!mainOnly || mainClause(p, r.token()))) {
            return r;
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether the subject at {@code token} (or the subject it is in apposition to) is the subject of the sentence's
   * main clause: of its root, or of a clause coordinated with the root.
   */
  static boolean mainClause(DependencyView p, int token) {
    int subject = p.rel[token].startsWith("appos") && p.gov[token] >= 0 ? p.gov[token] : token;
    int clause = p.gov[subject];
    for (int hops = 0; clause >= 0 && p.rel[clause].startsWith("conj") && hops < p.n; hops++) {
      clause = p.gov[clause];
    }
    return clause >= 0 && p.rel[clause].equals("root");
  }

  /**
   * Whether the name at {@code name} is part of a nominal dependent of the verb whose subject is the pronoun at
   * {@code pronoun} ("Of Obama, he said": he is not Obama). A name inside a clause of that verb ("After Smith spoke,
   * he left") is not.
   */
  static boolean coArgument(DependencyView p, int name, int pronoun) {
    if (!p.rel[pronoun].startsWith("nsubj") || p.gov[pronoun] < 0) {
      return false;
    }
    int verb = p.gov[pronoun];
    for (int t = name, hops = 0; t >= 0 && hops < p.n; t = p.gov[t], hops++) {
      if (p.gov[t] == verb) {
        return DependencyView.nominalDependent(p.rel[t]);
      }
      if (!DependencyView.nominalDependent(p.rel[t]) && !p.rel[t].equals("flat") && !p.rel[t].equals("compound")
          && !p.rel[t].equals("appos") && !p.rel[t].startsWith("conj")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a person's mention lies in what someone is said to have said: inside a quotation or in a clausal
   * complement ("argued that Trump was ...").
   */
  private static boolean reported(SpeakerContext ctx, PersonRef r) {
    if (ctx.v.inQuote(r.sentence(), r.token())) {
      return true;
    }
    DependencyView p = ctx.v.view(r.sentence());
    for (int t = r.token(), hops = 0; t >= 0 && hops < p.n; t = p.gov[t], hops++) {
      if (p.rel[t].equals("ccomp")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence before the one the pronoun is in, or, when that sentence continues a quotation begun in sentences
   * before it ("X told ... . “First sentence. Second,” he said."), the sentence before the quotation began: the
   * quotation's own sentences are what the pronoun's speaker said, not where it was introduced. -1 for the first.
   */
  private static int sentenceBeforeQuotation(SpeakerContext ctx, int si) {
    int a = si;
    while (a > 0 && continuesQuotation(ctx, a)) {
      a--;
    }
    return a - 1;
  }

  /**
   * How many sentences strictly between {@code from} and {@code to} are not quoted whole: the sentences of a long
   * quotation are the speaker's, and do not put the speaker who introduced it out of reach.
   */
  static int narrativeBetween(SpeakerContext ctx, int from, int to) {
    int n = 0;
    for (int k = from + 1; k < to; k++) {
      if (!ContentRules.whollyQuoted(ctx.v, k)) {
        n++;
      }
    }
    return n;
  }

  /** Whether sentence {@code si} begins inside a quotation that the previous sentence ends inside of. */
  private static boolean continuesQuotation(SpeakerContext ctx, int si) {
    DependencyView p = ctx.v.view(si);
    DependencyView prev = ctx.v.view(si - 1);
    int first = 0;
    while (first < p.n - 1 && p.isPunct(first)) {
      first++;
    }
    int last = prev.n - 1;
    while (last > 0 && prev.isPunct(last)) {
      last--;
    }
    return p.n > 0 && prev.n > 0 && ctx.v.inQuote(si, first) && ctx.v.inQuote(si - 1, last)
        && ctx.v.paragraph[si] == ctx.v.paragraph[si - 1];
  }

  /**
   * The latest speaker when it is an unnamed person of the previous sentence, a role noun whose gender does not
   * contradict the pronoun: "A senior official told reporters ... He said ..." is the official, not a person named
   * before. Not in a transcript (a document with speaker turns), where the turns say who is talking.
   */
  private static Speaker describedSpeaker(SpeakerContext ctx, int si, char g) {
    if (ctx.speakers.isEmpty() || !ctx.v.turns.isEmpty()) {
      return null;
    }
    SpeakerRef r = ctx.speakers.get(ctx.speakers.size() - 1);
    if (r.person() || r.sentence() != si - 1 || ctx.v.paragraph[si] - ctx.v.paragraph[r.sentence()] > 1) {
      return null;
    }
    Actor title = ctx.v.titleAt(r.sentence(), r.token());
    if (title == null) {
      return null;
    }
    char own = ctx.words.genderOf(ctx.v.view(r.sentence()).tok(r.token()).lemma().toLowerCase(Locale.ROOT), '?');
    return own == '?' || own == g ? r.speaker() : null;
  }

  /** The name of the speaker of a transcript turn: the speaker recorded with the turn's label as source, or null. */
  private static String turnSpeaker(SpeakerContext ctx, QuoteFinder.Turn turn) {
    for (SpeakerRef r : ctx.speakers) {
      var tok = ctx.v.view(r.sentence()).tok(r.token());
      if (tok.begin() >= turn.label() && tok.end() <= turn.text()) {
        return r.speaker().name();
      }
    }
    return null;
  }

  private static Speaker group(SpeakerContext ctx, int si, int h) {
    Speaker recent = recentNonPerson(ctx, si);
    if (recent != null) {
      return recent;
    }
    // a subject earlier in its own sentence: "an international team of scientists has created ..., a simulation
    // they call TNG50"
    DependencyView here = ctx.v.view(si);
    for (int k = h - 1; k >= 0; k--) {
      if (here.rel[k].equals("nsubj") && here.gov[h] != here.gov[k] && (plural(here, k) || groupNoun(ctx, here, k))) {
        return NounPhraseSieve.nounPhrase(ctx, si, k);
      }
    }
    if (si > 0) {
      DependencyView prev = ctx.v.view(si - 1);
      for (int k = 0; k < prev.n; k++) {
        if (prev.rel[k].equals("nsubj") && plural(prev, k)) {
          return NounPhraseSieve.nounPhrase(ctx, si - 1, k);
        }
      }
      for (int k = 0; k < prev.n; k++) {
        // a proper noun, or a capitalised singular noun inside the sentence ("Big/JJ Machine/NN")
        boolean name = prev.tok(k).pos().equals("NNP")
            || prev.tok(k).pos().equals("NN") && k > 0 && Character.isUpperCase(prev.tok(k).word().charAt(0));
        if (prev.rel[k].equals("nsubj") && name && !prev.tok(k).ner().equals("PERSON")
            && pluralVerb(prev, prev.gov[k])) {
          return NounPhraseSieve.nounPhrase(ctx, si - 1, k); // "Big Machine have twice denied ...": British plural
        }
      }
      for (int k = 0; k < prev.n; k++) {
        if (prev.rel[k].equals("nsubj") && groupNoun(ctx, prev, k)) {
          return NounPhraseSieve.nounPhrase(ctx, si - 1, k); // "the team is far from finished ... They also plan"
        }
      }
    }
    return new Speaker("they", null, null, SpeakerType.OTHER);
  }

  private static boolean plural(DependencyView p, int k) {
    return p.tok(k).pos().startsWith("NNS") || p.tok(k).pos().equals("NNPS");
  }

  /**
   * A singular common noun for a group of people: a {@code group-noun} of voice-words.tsv ("the team", "the
   * crowd"), or one with an "of" phrase of a plural noun ("a group of employees", "a mix of boomers").
   */
  private static boolean groupNoun(SpeakerContext ctx, DependencyView p, int k) {
    if (!p.tok(k).pos().equals("NN")) {
      return false;
    }
    if (ctx.words.is("group-noun", p.tok(k).lemma())) {
      return true;
    }
    for (int c : p.kids.get(k)) {
      if (c > k && p.rel[c].startsWith("nmod") && plural(p, c) && ClaimFinder.hasMarker(p, c, "of")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb group of clause head {@code v} is written plural: its first auxiliary or copula, else the head,
   * is tagged VBP ("have", "are") or is "were".
   */
  private static boolean pluralVerb(DependencyView p, int v) {
    if (v < 0) {
      return false;
    }
    int first = v;
    for (int k : p.kids.get(v)) {
      if ((p.rel[k].startsWith("aux") || p.rel[k].equals("cop")) && k < first) {
        first = k;
      }
    }
    var t = p.tok(first);
    return t.pos().equals("VBP") || t.word().equalsIgnoreCase("were");
  }

  private static Speaker thing(SpeakerContext ctx, int si, int h) {
    Speaker recent = recentNonPerson(ctx, si);
    if (recent != null) {
      return recent;
    }
    for (int k = ctx.orgMentions.size() - 1; k >= 0; k--) {
      ActorMention m = ctx.orgMentions.get(k);
      if (si - m.sentence() > 2) {
        break;
      }
      if (m.sentence() < si || m.tokenEnd() <= h) {
        return SpeakerContext.fromMention(m);
      }
    }
    return null;
  }

  /** The latest speaker that is not a person (a group, an organisation) within three sentences before, or null. */
  private static Speaker recentNonPerson(SpeakerContext ctx, int si) {
    for (int k = ctx.speakers.size() - 1; k >= 0; k--) {
      SpeakerRef r = ctx.speakers.get(k);
      if (si - r.sentence() > 3) {
        break;
      }
      if (!r.person()) {
        return r.speaker();
      }
    }
    return null;
  }

  /**
   * The one "he"/"she" at {@code h} is bound to by the clause above its own: going up the parse from the pronoun's
   * clause, the nearest clause head with a subject before the pronoun ({@code nsubj}, {@code nsubj:pass}; a relative
   * clause's "who"/"that" stands for the noun the clause modifies). A person there (or named in apposition to it)
   * whose gender does not contradict {@code g} is the answer, even when that gender is unknown and another person
   * earlier in the sentence is known to agree ("declaimed Jeff Flake in his oration against President Trump, just
   * before he announced ..." is Flake); a "he"/"she" of the same gender there passes the question on to that
   * pronoun ("He went ... and, after a talk with Schiff, he yelled"); any other subject ends the search. A pronoun
   * inside a quotation is bound only by a subject inside it, and one outside only by a subject outside. Null when
   * nothing binds it.
   */
  private static Speaker bound(SpeakerContext ctx, List<PersonRef> persons, int si, int h, char g) {
    DependencyView p = ctx.v.view(si);
    if (!p.rel[h].startsWith("nsubj") || p.gov[h] < 0) {
      return null;
    }
    boolean quoted = ctx.v.inQuote(si, h);
    for (int c = p.gov[p.gov[h]], hops = 0; c >= 0 && hops < p.n; c = p.gov[c], hops++) {
      int subject = -1;
      for (int k : p.kids.get(c)) {
        if (k < h && (p.rel[k].equals("nsubj") || p.rel[k].equals("nsubj:pass"))) {
          subject = k;
        }
      }
      if (subject < 0) {
        continue;
      }
      String w = p.tok(subject).word().toLowerCase(Locale.ROOT);
      if ((w.equals("who") || w.equals("that")) && p.rel[c].equals("acl:relcl") && p.gov[c] >= 0) {
        subject = p.gov[c]; // "Kristian Saucier, who served ... on which he worked": Saucier
      }
      if (quoted != ctx.v.inQuote(si, subject)) {
        return null; // "“My son Seth signed the petition ...,” he said": Seth is in what was said, not who says it
      }
      if (p.tok(subject).pos().equals("PRP")) {
        return genderOf(w) == g ? person(ctx, si, subject, g) : null;
      }
      for (PersonRef r : persons) {
        int t = r.token();
        if (r.sentence() != si || t >= h || !(t == subject || p.rel[t].equals("appos") && p.gov[t] == subject)
            || !genderOk(r.gender(), g, false)) {
          continue;
        }
        return r.toSpeaker();
      }
      return null;
    }
    return null;
  }

  /** 'f' for she, her, hers; 'm' for he, him, his; '?' for any other word (lower case). */
  private static char genderOf(String w) {
    return switch (w) {
      case "she", "her", "hers" -> 'f';
      case "he", "him", "his" -> 'm';
      default -> '?';
    };
  }

  private static boolean genderOk(char personGender, char pronounGender, boolean strict) {
    return strict ? personGender == pronounGender : personGender == '?' || personGender == pronounGender;
  }
}
