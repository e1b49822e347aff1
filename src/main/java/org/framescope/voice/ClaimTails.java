package org.framescope.voice;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The outlet's aside after a reported claim: "Ukraine says Russia shelled the plant, a charge Moscow denies";
 * "Kyiv has accused Moscow of war crimes, allegations the Kremlin rejects". The tail (a comma or dash, a claim
 * noun of voice-words.tsv's {@code claim-noun} list, a subject, a reporting verb, then the sentence's end or a
 * comma) is the outlet speaking, not the first speaker: it leaves every content it was in, and becomes an
 * attribution of its own, source the subject, cue the verb, content the claim noun's phrase (as PolNeAR's
 * annotators mark "a charge that Colorado Republican leaders strongly denied"). Found on the tokens, since the
 * parser attaches such tails in several ways (apposition, parataxis, a relative clause on the last noun).
 */
final class ClaimTails {
  private static final Set<String> SEPARATORS = Set.of(",", "--", "—", "–");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those");
  private static final Set<String> ENDS = Set.of(".", "!", "?", ";", ",", "--", "—", "–");
  /** Most tokens between the claim noun and its verb (the subject with auxiliaries and adverbs). */
  static final int SUBJECT_MAX = 8;

  private ClaimTails() {}

  /** A tail found: tokens [from, to] of the sentence, the claim phrase [claimFrom, claimTo], subject and verb. */
  record Tail(int from, int claimFrom, int claimTo, int subjectFrom, int subjectTo, int verb) { }

  static void apply(DocView v, List<AttributionDraft> drafts, ReportingVerbs verbs, VoiceWords words) {
    for (int si = 0; si < v.size(); si++) {
      for (Tail t : find(v.view(si), verbs, words)) {
        for (AttributionDraft d : drafts) {
          BitSet c = d.content.get(si);
          if (c != null && !d.cue.get(t.verb())) {
            c.clear(t.from(), t.verb() + 1);
          }
        }
        DependencyView p = v.view(si);
        AttributionDraft denial = AttributionDraft.onCue(drafts, p, si, t.verb());
        denial.sourceHead = p.head(t.subjectFrom(), t.subjectTo() + 1);
        denial.source = new BitSet();
        denial.source.set(t.subjectFrom(), t.subjectTo() + 1);
        denial.content.clear();
        denial.contentIn(si).set(t.claimFrom(), t.claimTo() + 1);
      }
    }
  }

  /** The tails of one sentence, left to right. */
  static List<Tail> find(DependencyView p, ReportingVerbs verbs, VoiceWords words) {
    List<Tail> out = new java.util.ArrayList<>();
    for (int c = 1; c < p.n; c++) {
      if (!SEPARATORS.contains(p.tok(c).word())) {
        continue;
      }
      int j = c + 1;
      int claimFrom = j;
      if (j < p.n && DETERMINERS.contains(lower(p, j))) {
        j++;
      }
      if (j < p.n && p.tok(j).pos().startsWith("JJ")) {
        j++; // "an unfounded allegation"
      }
      if (j >= p.n || !p.tok(j).pos().startsWith("NN") || !words.is("claim-noun", lower(p, j, true))) {
        continue;
      }
      int claimTo = j;
      int k = j + 1;
      if (k < p.n && (lower(p, k).equals("that") || lower(p, k).equals("which"))) {
        k++;
      }
      int verb = -1;
      for (int x = k; x < p.n && x <= k + SUBJECT_MAX; x++) {
        if (p.tok(x).pos().startsWith("VB") && verbs.match(p.s, x).isPresent()) {
          verb = x;
          break;
        }
        if (p.isPunct(x)) {
          break;
        }
      }
      if (verb < 0 || verb + 1 < p.n && !ENDS.contains(p.tok(verb + 1).word())) {
        continue;
      }
      int subjectTo = verb - 1;
      while (subjectTo >= k && (p.tok(subjectTo).pos().startsWith("RB") || p.tok(subjectTo).pos().equals("MD")
          || p.tok(subjectTo).pos().startsWith("VB"))) {
        subjectTo--; // "has strongly denied": auxiliaries and adverbs belong to the cue
      }
      if (subjectTo < k || !nominal(p, k, subjectTo)) {
        continue;
      }
      out.add(new Tail(c, claimFrom, claimTo, k, subjectTo, verb));
    }
    return out;
  }

  /** Whether tokens [a, b] are a noun phrase: a noun or pronoun, and no verb. */
  private static boolean nominal(DependencyView p, int a, int b) {
    boolean noun = false;
    for (int t = a; t <= b; t++) {
      String pos = p.tok(t).pos();
      if (pos.startsWith("VB") || p.isPunct(t)) {
        return false;
      }
      noun |= pos.startsWith("NN") || pos.equals("PRP");
    }
    return noun;
  }

  private static String lower(DependencyView p, int t) {
    return lower(p, t, false);
  }

  private static String lower(DependencyView p, int t, boolean lemma) {
    return (lemma ? p.tok(t).lemma() : p.tok(t).word()).toLowerCase(Locale.ROOT);
  }
}
