package org.framescope.voice;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The attribution rules on the dependency parse: a reporting verb (lexicons/reporting-verbs.tsv) outside quotes,
 * not negated, with a subject, and its complement. These claims are what the rules alone find; the trained
 * model ({@link AttributionModel}) uses them as features and adds what they miss.
 *
 * <p>Subject: the verb's {@code nsubj}; else the subject of the clause it hangs from (conj, xcomp, advcl, dep,
 * acl: "X did not back down, saying ...", "X was quick to retort", "X released a statement saying"), else the
 * reporting verb above it ("X told reporters A and added B"), else an inverted name after it ("..., says Perry in
 * the new ad"). A relative-pronoun subject speaks for its antecedent. Complement: ccomp, parataxis, xcomp (for
 * promise/call-type verbs only), dep, an object that is a quote, object plus of/for clause for accuse-type verbs,
 * an as-phrase for naming verbs; inverted "The plan, he said, is dead" (parataxis) and the misparse "X said he
 * spoke" (advcl) are handled. "according to X" makes the rest of X's clause X's claim. Stateless apart from its
 * word lists; thread-safe.
 */
final class ClaimFinder {
  private static final Set<String> COMPLEMENT = Set.of("ccomp", "parataxis", "xcomp", "dep", "discourse");

  private final ReportingVerbs verbs;
  private final ActorRegistry actors;
  private final VoiceWords words;

  ClaimFinder(ReportingVerbs verbs, ActorRegistry actors, VoiceWords words) {
    this.verbs = verbs;
    this.actors = actors;
    this.words = words;
  }

  /** The claims of sentence {@code si}, left to right. */
  List<Claim> find(DocView v, int si) {
    DependencyView p = v.view(si);
    List<Claim> out = new ArrayList<>();
    for (int t = 0; t < p.n; t++) {
      if (v.inQuote(si, t)) {
        continue;
      }
      Optional<ReportingVerbs.Match> m = verbs.match(p.s, t);
      if (m.isEmpty()) {
        continue;
      }
      ReportingVerbs.Match vm = m.get();
      if (vm.entry().lemma().equals("according to")) {
        Claim c = accordingTo(p, si, vm);
        if (c != null) {
          out.add(c);
        }
        continue;
      }
      int subj = subjectOf(v, p, t);
      if (subj < 0 || negated(p, t)) {
        continue; // "did not say where the ad would run" attributes nothing
      }
      out.add(new Claim(si, vm, subj, complementOf(v, p, t, subj)));
    }
    return out;
  }

  private Claim accordingTo(DependencyView p, int si, ReportingVerbs.Match vm) {
    int a = vm.head();
    int source = p.gov[a];
    if (source < 0 || !p.rel[a].equals("case")) {
      return null;
    }
    int clause = p.gov[source];
    BitSet content = new BitSet(p.n);
    if (clause >= 0) {
      content = p.subtree(clause);
      content.andNot(p.subtree(source));
      content.clear(vm.tokenBegin(), vm.tokenEnd());
    }
    return new Claim(si, vm, source, content);
  }

  int subjectOf(DocView v, DependencyView p, int verb) {
    int si = p.s.index();
    for (int k : p.kids.get(verb)) {
      if (p.rel[k].equals("nsubj") && !v.inQuote(si, k)) {
        String pos = p.tok(k).pos();
        if ((pos.equals("WDT") || pos.equals("WP")) && p.rel[verb].equals("acl:relcl") && p.gov[verb] >= 0) {
          return p.gov[verb]; // "a committee that has vowed to ...": the antecedent speaks
        }
        return k;
      }
    }
    int x = verb;
    for (int hop = 0; hop < 3; hop++) {
      String r = p.rel[x];
      int g = p.gov[x];
      if (g < 0) {
        break;
      }
      // "X told reporters that A and added that B": added is conj of A, A is ccomp of told.
      if (r.equals("conj") && p.rel[g].equals("ccomp") && p.gov[g] >= 0 && verbs.match(p.s, p.gov[g]).isPresent()) {
        int gs = subjectChild(v, p, p.gov[g]);
        if (gs >= 0) {
          return gs;
        }
      }
      if (r.equals("xcomp") && p.child(g, "obj") >= 0) {
        return -1; // "allow businesses to deny": the object, not the subject, controls the verb
      }
      if (r.equals("conj") || r.equals("xcomp") || r.equals("advcl") || r.equals("dep") || r.equals("acl")) {
        int gs = subjectChild(v, p, g);
        if (gs >= 0) {
          return gs;
        }
        if (r.equals("acl") || r.equals("conj") || r.equals("xcomp")) {
          x = g;
          continue;
        }
      }
      if (r.equals("obl") && !p.tok(x).pos().startsWith("VB")) {
        int gs = subjectChild(v, p, g); // "X was quick to retort" with retort tagged as a noun
        if (gs >= 0) {
          return gs;
        }
      }
      if (r.equals("obj") && hop > 0) {
        int gs = subjectChild(v, p, g); // "House Democrats signed a letter calling the deal ..."
        if (gs >= 0) {
          return gs;
        }
        x = g;
        continue;
      }
      break;
    }
    int agent = passiveAgent(p, verb);
    if (agent >= 0) {
      return agent; // "as stated by Defence Minister Sergei Shoigu", "it was announced by the ministry"
    }
    return invertedSubject(v, p, verb);
  }

  /** The "by" phrase of a passive reporting verb (obl:agent, or obl with case "by" beside aux:pass or a VBN). */
  static int passiveAgent(DependencyView p, int verb) {
    boolean passive = p.tok(verb).pos().equals("VBN") || p.child(verb, "aux:pass") >= 0;
    if (!passive) {
      return -1;
    }
    for (int k : p.kids.get(verb)) {
      if (p.rel[k].equals("obl:agent") || p.rel[k].startsWith("obl") && hasMarker(p, k, "by")) {
        return k;
      }
    }
    return -1;
  }

  private int subjectChild(DocView v, DependencyView p, int h) {
    for (int k : p.kids.get(h)) {
      if (p.rel[k].equals("nsubj") && !v.inQuote(p.s.index(), k)) {
        return k;
      }
    }
    return -1;
  }

  /** "said Gov. Perry", "says Perry in the new ad": a name right after the verb. */
  private int invertedSubject(DocView v, DependencyView p, int verb) {
    int j = verb + 1;
    while (j < p.n && (p.tok(j).pos().equals("RP") || p.tok(j).pos().equals("DT"))) {
      j++;
    }
    int last = -1;
    boolean named = false;
    while (j < p.n && (p.tok(j).pos().startsWith("NNP") || p.tok(j).pos().startsWith("NN") && last >= 0
        || p.tok(j).ner().equals("PERSON"))) {
      if (v.inQuote(p.s.index(), j)) {
        break;
      }
      named |= !p.tok(j).ner().equals("O") || actors.lookup(p.tok(j).word()).isPresent();
      last = j;
      j++;
    }
    if (last < 0 || !named) {
      return -1;
    }
    // the verb must be the clause's reporting frame: it comes after a quote or clause, not before its object
    return verb > 0 ? last : -1;
  }

  private BitSet complementOf(DocView v, DependencyView p, int verb, int subj) {
    BitSet content = new BitSet(p.n);
    BitSet mask = v.quoteMask(p.s.index());
    String lemma = p.tok(verb).lemma().toLowerCase(Locale.ROOT);
    for (int k : p.kids.get(verb)) {
      String r = p.rel[k];
      if (COMPLEMENT.contains(r)) {
        BitSet sub = p.subtree(k);
        if (r.equals("xcomp") && (sub.cardinality() < 2 || !words.is("xcomp-verb", lemma))) {
          continue; // "will continue to work" is no speech; "vowed to fight", "called it “worrisome”" are
        }
        content.or(sub);
      } else if ((r.startsWith("obl") || r.equals("advcl")) && hasMarker(p, k, "as")
          && words.is("naming-verb", lemma)) {
        content.or(p.subtree(k)); // "referred to him as a “jackass”", "described the plan as reckless"
      } else if (r.equals("obj")) {
        BitSet sub = p.subtree(k);
        BitSet q = (BitSet) sub.clone();
        q.and(mask);
        if (q.cardinality() * 2 >= sub.cardinality()) {
          content.or(sub); // said "..."
        } else if (words.is("accuse-verb", lemma)) {
          for (int k2 : p.kids.get(verb)) { // "accused Y of doing Z", "blamed Y for Z"
            if ((p.rel[k2].equals("advcl") || p.rel[k2].startsWith("obl")) && hasMarker(p, k2, "of", "for")) {
              content.or(sub);
              content.or(p.subtree(k2));
            }
          }
        }
      }
    }
    // Inverted: "The plan, he said, is dead." (said is parataxis of the main clause)
    if (p.rel[verb].equals("parataxis") && p.gov[verb] >= 0 && p.subtree(verb).cardinality() <= 8
        && p.child(verb, "obj") < 0 && p.child(verb, "xcomp") < 0 && p.child(verb, "ccomp") < 0) {
      BitSet main = p.subtree(p.gov[verb]);
      main.andNot(p.subtree(verb));
      if (mask.get(p.gov[verb])) {
        // '"...," he declared, wiping his brow': after the verb only the quoted words are the speaker's
        BitSet after = new BitSet(p.n);
        after.set(verb + 1, p.n);
        after.andNot(mask);
        main.andNot(after);
      }
      content.or(main);
    }
    // Misparsed "X said he spoke ...": said as advcl of the following clause, with no complement of its own.
    if (content.isEmpty() && p.rel[verb].equals("advcl") && p.gov[verb] > verb && verb + 1 < p.n) {
      BitSet main = p.subtree(p.gov[verb]);
      main.andNot(p.subtree(verb));
      if (main.get(verb + 1)) {
        main.clear(0, verb);
        content.or(main);
      }
    }
    // "As Smith noted, the plan failed", "..., as stated by Shoigu": the clause the as-clause hangs from
    if (content.isEmpty() && p.rel[verb].equals("advcl") && p.gov[verb] >= 0 && hasMarker(p, verb, "as")) {
      BitSet main = p.subtree(p.gov[verb]);
      main.andNot(p.subtree(verb));
      content.or(main);
    }
    content.andNot(p.subtree(subj));
    content.clear(verb);
    if (subj > verb) {
      content.clear(verb, p.n); // "..., said Cowen, who joins ...": the inverted clause is the outlet's
    }
    return content;
  }

  /**
   * Whether the verb has a negation among its dependents before it: "did not say", "never said", not the "not" of
   * what follows ("replied: Absolutely not").
   */
  static boolean negated(DependencyView p, int verb) {
    for (int k : p.kids.get(verb)) {
      String w = p.tok(k).word().toLowerCase(Locale.ROOT);
      if (k < verb && (p.rel[k].equals("advmod") || p.rel[k].equals("neg"))
          && (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("’t"))) {
        return true;
      }
    }
    return false;
  }

  static boolean hasMarker(DependencyView p, int h, String... ws) {
    for (int k : p.kids.get(h)) {
      if (p.rel[k].equals("mark") || p.rel[k].equals("case")) {
        for (String w : ws) {
          if (p.tok(k).word().equalsIgnoreCase(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
