package org.framescope.voice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.framescope.model.Attribution;
import org.framescope.model.Dependency;
import org.framescope.model.InputException;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.Span;
import org.framescope.model.Speaker;
import org.framescope.model.Token;
import org.framescope.model.SpeakerType;
import org.framescope.model.VerbClass;
import org.framescope.model.Voice;
import org.framescope.model.VoiceSegment;

/**
 * News-style attribution on the dependency parse (no coreference, no further NLP calls).
 *
 * <ul>
 *   <li>Direct quotes: quotation-mark spans over the body ({@link QuoteFinder}); the speaker comes from the
 *   reporting clause attached to the quote in the same sentence ("..., said X", "X said: ...", "..., she added"),
 *   else from a bare reporting clause in the next sentence ("Smith said in a statement."), else from the previous
 *   attribution in the same or previous paragraph (quote paragraphs).</li>
 *   <li>Reported speech: a reporting verb (lexicons/reporting-verbs.tsv) with a subject and a clausal complement
 *   (ccomp, parataxis either way round, xcomp, dep); "according to X" (case+fixed on X, X obl/nmod of the clause);
 *   "X accused Y of ..." (object plus an of/for clause).</li>
 *   <li>Scare quotes: a quoted phrase of 1-4 words in the outlet's own voice with no reporting verb attached is
 *   a {@code scare-quote} span (source {@code rule:scare-quote}), not a quote.</li>
 *   <li>Speakers: NER PERSON span plus compound or appositive title; organisations and countries through the
 *   {@link ActorRegistry}; pronouns resolve to the nearest preceding compatible person speaker (then person
 *   mention); a title alone ("the spokeswoman") to the nearest preceding person whose role holds that title,
 *   else the nearest named speaker; later short mentions ("Mr. Shoigu") take name, role and country from the
 *   first full mention.</li>
 * </ul>
 *
 * <p>Input: an {@link NlpDocument} annotated with dependencies. Output: a {@link VoiceResult}. Thread-safe.
 */
public final class AttributionAnalyzer implements VoiceAnalyzer {
  /** The {@code source} of scare-quote spans. */
  public static final String SCARE_QUOTE_SOURCE = "rule:scare-quote";
  /** Quoted phrases up to this many words can be scare quotes. */
  public static final int SCARE_QUOTE_MAX_WORDS = 4;

  private static final Set<String> COMPLEMENT = Set.of("ccomp", "parataxis", "xcomp", "dep", "discourse");
  private static final Set<String> NP_LEFT = Set.of("compound", "amod", "nmod:poss", "flat", "nummod");
  private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.",
      "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt.", "adm.", "prof.", "sir", "dame", "lord");
  private static final Map<String, String> HONORIFIC_TITLES = Map.of("gov.", "governor", "sen.", "senator",
      "rep.", "representative", "gen.", "general", "pres.", "president", "col.", "colonel", "adm.", "admiral",
      "prof.", "professor", "dr.", "doctor", "lt.", "lieutenant");
  private static final Set<String> MALE = Set.of("mr", "mr.", "sir", "lord", "he", "spokesman", "congressman",
      "chairman", "king", "prince", "father", "son", "brother", "husband", "businessman");
  private static final Set<String> FEMALE = Set.of("mrs", "mrs.", "ms", "ms.", "dame", "she", "spokeswoman",
      "congresswoman", "chairwoman", "queen", "princess", "mother", "daughter", "sister", "wife", "businesswoman");
  /** Verbs whose object plus an of/for clause is the attributed charge ("accused Y of Z", "praised Y for Z"). */
  private static final Set<String> ACCUSE = Set.of("accuse", "blame", "charge", "criticize", "criticise", "condemn",
      "slam", "blast", "praise", "credit", "fault", "chide", "scold", "rebuke", "attack", "denounce", "castigate",
      "lambast", "lambaste", "berate", "mock", "ridicule", "hail", "laud", "applaud", "thank", "commend", "warn");
  /** Reporting verbs whose xcomp is the attributed content ("vowed to fight", "called it a disaster"). */
  private static final Set<String> XCOMP_VERBS = Set.of("promise", "pledge", "vow", "threaten", "urge", "ask",
      "call", "dub", "term", "label", "brand", "describe", "characterize", "claim", "purport", "profess", "swear",
      "demand", "beg", "implore", "advise", "recommend", "warn", "order", "instruct", "tell", "deny", "agree");
  /** Naming verbs whose "as" phrase is the speaker's characterisation. */
  private static final Set<String> NAMING = Set.of("describe", "refer", "characterize", "characterise", "portray",
      "label", "brand", "dismiss", "denounce", "condemn", "hail", "praise", "slam", "blast", "criticize", "criticise",
      "reject", "cite", "depict", "paint", "frame");
  /** Nouns for documents that "say" things: their speaker is whoever issued them ("the statement continued"). */
  private static final Set<String> DOCUMENT_NOUNS = Set.of("statement", "release", "letter", "ad", "advertisement",
      "tweet", "post", "email", "memo", "message", "video", "spot", "commercial", "note", "speech", "remark", "op-ed",
      "interview", "filing", "complaint", "document", "announcement", "communique", "declaration");
  /** Roles naming a state institution without naming the state ("Foreign Ministry spokesman"). */
  private static final Pattern INSTITUTION_ROLE = Pattern.compile("(?i)\\b(ministry|minister|army|military|"
      + "armed forces|embassy|ambassador|spokes(man|woman|person)|official|government|foreign|defen[cs]e|interior|"
      + "general|commander)\\b");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

  private final ReportingVerbs verbs;
  private final ActorRegistry actors;

  public AttributionAnalyzer(ReportingVerbs verbs, ActorRegistry actors) {
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.actors = Objects.requireNonNull(actors, "actors");
  }

  /** Builds the analyzer from {@code lexiconDir/reporting-verbs.tsv} and {@code lexiconDir/actors.tsv}. */
  public static AttributionAnalyzer fromLexicons(Path lexiconDir) throws InputException {
    return new AttributionAnalyzer(ReportingVerbs.fromLexicons(lexiconDir), ActorRegistry.fromLexicons(lexiconDir));
  }

  /** Lexicon file name to SHA-256, for provenance. */
  /**
   * One act of speech is one attribution: a direct quote inside reported speech with the same speaker and
   * reporting verb ("X alleged that Russia had 'targeted food exports'") is dropped in favour of the
   * enclosing reported span, so sourcing counts do not count it twice.
   */
  static List<Attribution> withoutNested(List<Attribution> sorted) {
    List<Attribution> out = new ArrayList<>();
    for (Attribution a : sorted) {
      boolean nested = false;
      for (Attribution b : sorted) {
        if (b != a && b.sentence() == a.sentence() && b.verb().equals(a.verb())
            && b.speaker().name().equals(a.speaker().name()) && b.begin() <= a.begin() && a.end() <= b.end()
            && (b.end() - b.begin()) > (a.end() - a.begin())) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        out.add(a);
      }
    }
    return out;
  }

  public Map<String, String> lexiconHashes() {
    Map<String, String> m = new java.util.TreeMap<>();
    m.put("actors.tsv", actors.sha256());
    m.put("reporting-verbs.tsv", verbs.sha256());
    return java.util.Collections.unmodifiableMap(m);
  }

  public ReportingVerbs verbs() {
    return verbs;
  }

  public ActorRegistry actors() {
    return actors;
  }

  @Override
  public VoiceResult analyze(NlpDocument doc) {
    return new Run(doc).run();
  }

  // ---------------------------------------------------------------------------------------------------------

  /** Dependency views of one sentence. */
  private static final class Parse {
    final NlpSentence s;
    final int n;
    final int[] gov;
    final String[] rel;
    final List<List<Integer>> kids;

    Parse(NlpSentence s) {
      this.s = s;
      this.n = s.tokens().size();
      gov = new int[n];
      rel = new String[n];
      java.util.Arrays.fill(gov, -2);
      java.util.Arrays.fill(rel, "");
      kids = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        kids.add(new ArrayList<>());
      }
      for (Dependency d : s.dependencies()) {
        if (d.dependent() >= n || d.governor() >= n) {
          continue;
        }
        gov[d.dependent()] = d.governor();
        rel[d.dependent()] = d.relation();
        if (d.governor() >= 0) {
          kids.get(d.governor()).add(d.dependent());
        }
      }
    }

    Token tok(int i) {
      return s.tokens().get(i);
    }

    BitSet subtree(int h) {
      BitSet b = new BitSet(n);
      java.util.ArrayDeque<Integer> st = new java.util.ArrayDeque<>();
      st.push(h);
      while (!st.isEmpty()) {
        int x = st.pop();
        if (b.get(x)) {
          continue;
        }
        b.set(x);
        for (int k : kids.get(x)) {
          st.push(k);
        }
      }
      return b;
    }

    int child(int h, String relation) {
      for (int k : kids.get(h)) {
        if (rel[k].equals(relation)) {
          return k;
        }
      }
      return -1;
    }

    boolean isPunct(int i) {
      return isPunctToken(tok(i));
    }

    String text(int from, int to) {
      return s.text().substring(tok(from).begin() - s.begin(), tok(to).end() - s.begin());
    }
  }

  static boolean isPunctToken(Token t) {
    String p = t.pos();
    if (p.equals("``") || p.equals("''") || p.equals(",") || p.equals(".") || p.equals(":") || p.equals("-LRB-")
        || p.equals("-RRB-") || p.equals("HYPH") || p.equals("NFP")) {
      return true;
    }
    String w = t.word();
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A reporting verb with its subject and complement. */
  private static final class Claim {
    final int sentence;
    final ReportingVerbs.Match verb;
    final int subject;
    final BitSet content;
    Speaker speaker;
    boolean resolved;
    boolean usedByQuote;

    Claim(int sentence, ReportingVerbs.Match verb, int subject, BitSet content) {
      this.sentence = sentence;
      this.verb = verb;
      this.subject = subject;
      this.content = content;
    }
  }

  /** A person mentioned in the article, for pronoun and short-name resolution. */
  private record PersonRef(String name, String last, String role, String country, SpeakerType type, char gender,
                           int sentence, int token, boolean subject, String titles) {}

  private record SpeakerRef(Speaker speaker, boolean person, int sentence, int token, String verb, VerbClass verbClass) {}

  /** A quote located in sentences and tokens. */
  private static final class QuoteLoc {
    final QuoteFinder.Quote q;
    int firstSentence = -1;
    int lastSentence = -1;
    int words;
    final Map<Integer, BitSet> tokens = new LinkedHashMap<>();

    QuoteLoc(QuoteFinder.Quote q) {
      this.q = q;
    }
  }

  /** One analysis; holds the per-document state. */
  private final class Run {
    final NlpDocument doc;
    final String body;
    final List<Parse> parses = new ArrayList<>();
    final int[] paragraph;
    final List<List<Claim>> claims = new ArrayList<>();
    final List<QuoteLoc> quotes = new ArrayList<>();
    final List<PersonRef> persons = new ArrayList<>();
    final List<SpeakerRef> speakers = new ArrayList<>();
    final List<ActorMention> orgMentions = new ArrayList<>();
    final List<List<ActorMention>> mentions = new ArrayList<>();
    final List<Voice[]> voice = new ArrayList<>();
    final List<Speaker[]> who = new ArrayList<>();
    final List<Attribution> attributions = new ArrayList<>();
    final List<Span> spans = new ArrayList<>();
    final Set<Long> verbSpansDone = new java.util.HashSet<>();

    Run(NlpDocument doc) {
      this.doc = doc;
      this.body = doc.body();
      for (NlpSentence s : doc.sentences()) {
        parses.add(new Parse(s));
        Voice[] v = new Voice[s.tokens().size()];
        java.util.Arrays.fill(v, Voice.AUTHOR);
        voice.add(v);
        who.add(new Speaker[s.tokens().size()]);
      }
      paragraph = new int[doc.sentences().size()];
      int para = 0;
      for (int i = 0; i < paragraph.length; i++) {
        if (i > 0) {
          int from = doc.sentences().get(i - 1).end();
          int to = doc.sentences().get(i).begin();
          if (from <= to && PARAGRAPH_BREAK.matcher(body.substring(from, to)).find()) {
            para++;
          }
        }
        paragraph[i] = para;
      }
    }

    VoiceResult run() {
      locateQuotes();
      for (int i = 0; i < parses.size(); i++) {
        claims.add(findClaims(i));
        mentions.add(actors.find(parses.get(i).s));
      }
      List<Claim> reported = new ArrayList<>();
      for (int i = 0; i < parses.size(); i++) {
        collectPersons(i);
        orgMentions.addAll(orgsOf(mentions.get(i)));
        for (Claim c : claims.get(i)) {
          resolve(c);
        }
        for (Claim c : claims.get(i)) {
          if (c.speaker != null && hasOwnWords(c)) {
            reported.add(c);
            emitReported(c);
          }
        }
        for (QuoteLoc q : quotes) {
          if (q.lastSentence == i) {
            handleQuote(q);
          }
        }
        for (Claim c : claims.get(i)) {
          if (c.speaker != null && (c.usedByQuote || hasOwnWords(c))) {
            speakers.add(new SpeakerRef(c.speaker, isPersonSpeaker(c), c.sentence, c.subject, c.verb.text(),
                c.verb.entry().verbClass()));
          }
        }
      }
      applyReported(reported);
      applyQuotes();
      return assemble();
    }

    // ---- quotes -------------------------------------------------------------------------------------------

    void locateQuotes() {
      for (QuoteFinder.Quote q : QuoteFinder.find(body)) {
        QuoteLoc loc = new QuoteLoc(q);
        for (Parse p : parses) {
          if (p.s.end() <= q.begin() || p.s.begin() >= q.end()) {
            continue;
          }
          BitSet b = new BitSet(p.n);
          for (int t = 0; t < p.n; t++) {
            Token tok = p.tok(t);
            if (tok.begin() >= q.begin() && tok.end() <= q.end()) {
              b.set(t);
              if (!isPunctToken(tok)) {
                loc.words++;
              }
            }
          }
          if (!b.isEmpty()) {
            loc.tokens.put(p.s.index(), b);
            if (loc.firstSentence < 0) {
              loc.firstSentence = p.s.index();
            }
            loc.lastSentence = p.s.index();
          }
        }
        if (loc.firstSentence >= 0 && loc.words > 0) {
          quotes.add(loc);
        }
      }
    }

    boolean inAnyQuote(int sentence, int token) {
      for (QuoteLoc q : quotes) {
        BitSet b = q.tokens.get(sentence);
        if (b != null && b.get(token)) {
          return true;
        }
      }
      return false;
    }

    BitSet quoteMask(int sentence) {
      BitSet m = new BitSet();
      for (QuoteLoc q : quotes) {
        BitSet b = q.tokens.get(sentence);
        if (b != null) {
          m.or(b);
        }
      }
      return m;
    }

    void handleQuote(QuoteLoc q) {
      Claim attached = null;
      // The reporting clause is usually in the sentence where the quote ends ("...," she said), else where it
      // starts (She said: "...").
      for (int si : new int[] {q.lastSentence, q.firstSentence}) {
        for (Claim c : claims.get(si)) {
          if (c.speaker != null && attachedTo(c, q)) {
            attached = c;
            break;
          }
        }
        if (attached != null) {
          break;
        }
      }
      Claim enclosing = attached == null ? enclosingReported(q) : null;
      if (attached == null && enclosing == null && q.words <= SCARE_QUOTE_MAX_WORDS && embedded(q)) {
        scareQuote(q);
        return;
      }
      Speaker speaker = null;
      String verb = null;
      VerbClass cls = null;
      int verbSentence = q.firstSentence;
      Claim used = attached != null ? attached : enclosing;
      if (used == null) {
        used = trailingClause(q);
      }
      if (used != null) {
        used.usedByQuote = true;
        speaker = used.speaker;
        verb = used.verb.text();
        cls = used.verb.entry().verbClass();
        verbSentence = used.sentence;
        verbSpan(used);
      } else {
        SpeakerRef prev = previousAttribution(q.firstSentence);
        if (prev != null) {
          speaker = prev.speaker();
          verb = prev.verb();
          cls = prev.verbClass();
        }
      }
      quoteSpeaker.put(q, speaker);
      if (speaker != null) {
        attributions.add(new Attribution(speaker, verb, cls, q.q.begin(), q.q.end(),
            body.substring(q.q.begin(), q.q.end()), Voice.QUOTE, verbSentence));
        if (used == null) {
          speakers.add(new SpeakerRef(speaker, speaker.role() != null || isPersonName(speaker.name()),
              q.lastSentence, 0, verb, cls));
        }
      }
    }

    final Map<QuoteLoc, Speaker> quoteSpeaker = new LinkedHashMap<>();

    /** Is the claim's reporting verb attached to the quote (quote in its complement, or verb inside the quote's clause)? */
    boolean attachedTo(Claim c, QuoteLoc q) {
      BitSet qt = q.tokens.get(c.sentence);
      if (qt == null) {
        return false;
      }
      Parse p = parses.get(c.sentence);
      int v = c.verb.head();
      if (qt.get(v)) {
        return false;
      }
      if (c.content.intersects(qt)) {
        return true;
      }
      if (p.gov[v] >= 0 && qt.get(p.gov[v])) {
        return true;
      }
      for (int k : p.kids.get(v)) {
        if (qt.get(k) && !p.rel[k].equals("punct")) {
          return true;
        }
      }
      // The rest of the sentence outside quotes is just this reporting clause ("Biden was quick to retort: ...").
      int top = v;
      for (int hop = 0; hop < 3 && p.gov[top] >= 0 && !qt.get(p.gov[top])
          && Set.of("xcomp", "conj", "advcl", "obl").contains(p.rel[top]); hop++) {
        top = p.gov[top];
      }
      BitSet clause = p.subtree(top);
      clause.or(p.subtree(c.subject));
      BitSet mask = quoteMask(c.sentence);
      for (int t = 0; t < p.n; t++) {
        if (!mask.get(t) && !p.isPunct(t) && !clause.get(t)) {
          return false;
        }
      }
      return true;
    }

    /** The reported-speech claim whose complement contains the quote (a partial quote), if any. */
    Claim enclosingReported(QuoteLoc q) {
      for (int si = q.firstSentence; si <= q.lastSentence; si++) {
        for (Claim c : claims.get(si)) {
          BitSet qt = q.tokens.get(si);
          if (c.speaker != null && qt != null && !c.content.isEmpty()) {
            BitSet inter = (BitSet) qt.clone();
            inter.and(c.content);
            if (inter.cardinality() >= Math.max(1, qt.cardinality() - 2)) {
              return c;
            }
          }
        }
      }
      return null;
    }

    /** "Smith said in a statement." right after a quote: a reporting clause with no complement of its own. */
    Claim trailingClause(QuoteLoc q) {
      int next = q.lastSentence + 1;
      if (next >= parses.size() || paragraph[next] != paragraph[q.lastSentence]) {
        return null;
      }
      BitSet last = q.tokens.get(q.lastSentence);
      Parse lp = parses.get(q.lastSentence);
      for (int t = last.length(); t < lp.n; t++) {
        if (!lp.isPunct(t)) {
          return null;
        }
      }
      for (Claim c : claims.get(next)) {
        if (c.content.isEmpty() && parses.get(next).rel[c.verb.head()].equals("root")) {
          resolve(c);
          return c.speaker != null ? c : null;
        }
      }
      return null;
    }

    /** A short quote sits inside the outlet's own prose when the sentence has 3+ other words. */
    boolean embedded(QuoteLoc q) {
      int outside = 0;
      for (Map.Entry<Integer, BitSet> e : q.tokens.entrySet()) {
        Parse p = parses.get(e.getKey());
        BitSet mask = quoteMask(e.getKey());
        for (int t = 0; t < p.n; t++) {
          if (!mask.get(t) && !p.isPunct(t)) {
            outside++;
          }
        }
      }
      return outside >= 3;
    }

    final List<QuoteLoc> scare = new ArrayList<>();

    void scareQuote(QuoteLoc q) {
      scare.add(q);
      spans.add(new Span(q.q.begin(), q.q.end(), body.substring(q.q.begin(), q.q.end()), "scare-quote",
          SCARE_QUOTE_SOURCE, "Short quoted phrase in the outlet's own voice with no speaker attached: quotation "
          + "marks used to distance the outlet from the words (scare quotes)", 0, 0, false, null));
    }

    SpeakerRef previousAttribution(int sentence) {
      for (int k = speakers.size() - 1; k >= 0; k--) {
        SpeakerRef r = speakers.get(k);
        if (r.sentence() > sentence) {
          continue;
        }
        if (sentence - r.sentence() <= 4 && paragraph[sentence] - paragraph[r.sentence()] <= 1) {
          return r;
        }
        return null;
      }
      return null;
    }

    // ---- claims -------------------------------------------------------------------------------------------

    List<Claim> findClaims(int si) {
      Parse p = parses.get(si);
      List<Claim> out = new ArrayList<>();
      for (int t = 0; t < p.n; t++) {
        if (inAnyQuote(si, t)) {
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
        int subj = subjectOf(p, t);
        if (subj < 0 || negated(p, t)) {
          continue; // "did not say where the ad would run" attributes nothing
        }
        BitSet content = complementOf(p, t, subj);
        out.add(new Claim(si, vm, subj, content));
      }
      return out;
    }

    Claim accordingTo(Parse p, int si, ReportingVerbs.Match vm) {
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

    /**
     * nsubj of the verb; else the subject of the clause it hangs from ("X did not back down, saying ...", "X was
     * quick to retort", "X released a statement saying ..."), or of the reporting verb above it ("X said A and
     * added B"); else an inverted subject right after the verb ("..., says Perry in an ad", "said Cowen").
     */
    int subjectOf(Parse p, int v) {
      int si = p.s.index();
      for (int k : p.kids.get(v)) {
        if (p.rel[k].equals("nsubj") && !inAnyQuote(si, k)) {
          String pos = p.tok(k).pos();
          if ((pos.equals("WDT") || pos.equals("WP")) && p.rel[v].equals("acl:relcl") && p.gov[v] >= 0) {
            return p.gov[v]; // "a committee that has vowed to ...": the antecedent speaks
          }
          return k;
        }
      }
      int x = v;
      for (int hop = 0; hop < 3; hop++) {
        String r = p.rel[x];
        int g = p.gov[x];
        if (g < 0) {
          break;
        }
        // "X told reporters that A and added that B": added is conj of A, A is ccomp of told.
        if (r.equals("conj") && p.rel[g].equals("ccomp") && p.gov[g] >= 0 && verbs.match(p.s, p.gov[g]).isPresent()) {
          int gs = subjectChild(p, p.gov[g]);
          if (gs >= 0) {
            return gs;
          }
        }
        if (r.equals("xcomp") && p.child(g, "obj") >= 0) {
          return -1; // "allow businesses to deny": the object, not the subject, controls the verb
        }
        if (r.equals("conj") || r.equals("xcomp") || r.equals("advcl") || r.equals("dep") || r.equals("acl")) {
          int gs = subjectChild(p, g);
          if (gs >= 0) {
            return gs;
          }
          if (r.equals("acl") || r.equals("conj") || r.equals("xcomp")) {
            x = g;
            continue;
          }
        }
        if (r.equals("obl") && !p.tok(x).pos().startsWith("VB")) {
          int gs = subjectChild(p, g); // "X was quick to retort" with retort tagged as a noun
          if (gs >= 0) {
            return gs;
          }
        }
        if (r.equals("obj") && hop > 0) {
          int gs = subjectChild(p, g); // "House Democrats signed a letter calling the deal ..."
          if (gs >= 0) {
            return gs;
          }
          x = g;
          continue;
        }
        break;
      }
      return invertedSubject(p, v);
    }

    int subjectChild(Parse p, int h) {
      for (int k : p.kids.get(h)) {
        if (p.rel[k].equals("nsubj") && !inAnyQuote(p.s.index(), k)) {
          return k;
        }
      }
      return -1;
    }

    /** "said Gov. Perry", "says Perry in the new ad": a name right after the verb. */
    int invertedSubject(Parse p, int v) {
      int j = v + 1;
      while (j < p.n && (p.tok(j).pos().equals("RP") || p.tok(j).pos().equals("DT"))) {
        j++;
      }
      int last = -1;
      boolean named = false;
      while (j < p.n && (p.tok(j).pos().startsWith("NNP") || p.tok(j).pos().startsWith("NN") && last >= 0
          || p.tok(j).ner().equals("PERSON"))) {
        if (inAnyQuote(p.s.index(), j)) {
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
      return v > 0 ? last : -1;
    }

    BitSet complementOf(Parse p, int v, int subj) {
      BitSet content = new BitSet(p.n);
      BitSet mask = quoteMask(p.s.index());
      for (int k : p.kids.get(v)) {
        String r = p.rel[k];
        if (COMPLEMENT.contains(r)) {
          BitSet sub = p.subtree(k);
          if (r.equals("xcomp") && (sub.cardinality() < 2
              || !XCOMP_VERBS.contains(p.tok(v).lemma().toLowerCase(Locale.ROOT)))) {
            continue; // "will continue to work" is no speech; "vowed to fight", "called it “worrisome”" are
          }
          content.or(sub);
        } else if ((r.startsWith("obl") || r.equals("advcl")) && hasMarker(p, k, "as")
            && NAMING.contains(p.tok(v).lemma().toLowerCase(Locale.ROOT))) {
          content.or(p.subtree(k)); // "referred to him as a “jackass”", "described the plan as reckless"
        } else if (r.equals("obj")) {
          BitSet sub = p.subtree(k);
          BitSet q = (BitSet) sub.clone();
          q.and(mask);
          if (q.cardinality() * 2 >= sub.cardinality()) {
            content.or(sub); // said "..."
          } else {
            // "accused Y of doing Z", "blamed Y for Z"
            if (!ACCUSE.contains(p.tok(v).lemma().toLowerCase(Locale.ROOT))) {
              continue;
            }
            for (int k2 : p.kids.get(v)) {
              if ((p.rel[k2].equals("advcl") || p.rel[k2].startsWith("obl")) && hasMarker(p, k2, "of", "for")) {
                content.or(sub);
                content.or(p.subtree(k2));
              }
            }
          }
        }
      }
      // Inverted: "The plan, he said, is dead." (said is parataxis of the main clause)
      if (p.rel[v].equals("parataxis") && p.gov[v] >= 0 && p.subtree(v).cardinality() <= 8
          && p.child(v, "obj") < 0 && p.child(v, "xcomp") < 0 && p.child(v, "ccomp") < 0) {
        BitSet main = p.subtree(p.gov[v]);
        main.andNot(p.subtree(v));
        if (mask.get(p.gov[v])) {
          // '"...," he declared, wiping his brow': after the verb only the quoted words are the speaker's
          BitSet after = new BitSet(p.n);
          after.set(v + 1, p.n);
          after.andNot(mask);
          main.andNot(after);
        }
        content.or(main);
      }
      // Misparsed "X said he spoke ...": said as advcl of the following clause, with no complement of its own.
      if (content.isEmpty() && p.rel[v].equals("advcl") && p.gov[v] > v && v + 1 < p.n) {
        BitSet main = p.subtree(p.gov[v]);
        main.andNot(p.subtree(v));
        if (main.get(v + 1)) {
          main.clear(0, v);
          content.or(main);
        }
      }
      content.andNot(p.subtree(subj));
      content.clear(v);
      if (subj > v) {
        content.clear(v, p.n); // "..., said Cowen, who joins ...": the inverted clause is the outlet's
      }
      return content;
    }

    boolean negated(Parse p, int v) {
      for (int k : p.kids.get(v)) {
        String w = p.tok(k).word().toLowerCase(Locale.ROOT);
        if ((p.rel[k].equals("advmod") || p.rel[k].equals("neg"))
            && (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("’t"))) {
          return true;
        }
      }
      return false;
    }

    boolean hasMarker(Parse p, int h, String... words) {
      for (int k : p.kids.get(h)) {
        if (p.rel[k].equals("mark") || p.rel[k].equals("case")) {
          for (String w : words) {
            if (p.tok(k).word().equalsIgnoreCase(w)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    boolean hasOwnWords(Claim c) {
      Parse p = parses.get(c.sentence);
      BitSet mask = quoteMask(c.sentence);
      for (int t = c.content.nextSetBit(0); t >= 0; t = c.content.nextSetBit(t + 1)) {
        if (!mask.get(t) && !p.isPunct(t)) {
          return true;
        }
      }
      return false;
    }

    void emitReported(Claim c) {
      Parse p = parses.get(c.sentence);
      int from = c.content.nextSetBit(0);
      int to = c.content.length() - 1;
      while (from < to && p.isPunct(from) && !p.tok(from).pos().equals("``")) {
        from++;
      }
      while (to > from && p.isPunct(to) && !p.tok(to).pos().equals("''")) {
        to--;
      }
      int b = p.tok(from).begin();
      int e = p.tok(to).end();
      attributions.add(new Attribution(c.speaker, c.verb.text(), c.verb.entry().verbClass(), b, e,
          body.substring(b, e), Voice.REPORTED, c.sentence));
      verbSpan(c);
    }

    void verbSpan(Claim c) {
      long key = ((long) c.sentence << 20) | c.verb.head();
      if (!verbSpansDone.add(key)) {
        return;
      }
      Parse p = parses.get(c.sentence);
      int b = p.tok(c.verb.tokenBegin()).begin();
      int e = p.tok(c.verb.tokenEnd() - 1).end();
      VerbClass cls = c.verb.entry().verbClass();
      spans.add(new Span(b, e, body.substring(b, e), "reporting-verb", verbs.sourceTag(),
          "Reporting verb '" + c.verb.text() + "' (" + cls + "): " + verbs.definition(cls), 0, 0, false, cls.json()));
    }

    boolean isPersonSpeaker(Claim c) {
      Parse p = parses.get(c.sentence);
      Token t = p.tok(c.subject);
      return t.ner().equals("PERSON") || t.pos().equals("PRP") || c.speaker.role() != null && isPersonName(c.speaker.name());
    }

    // ---- speakers -----------------------------------------------------------------------------------------

    void resolve(Claim c) {
      if (c.resolved) {
        return;
      }
      c.resolved = true;
      c.speaker = speakerFor(c.sentence, c.subject);
    }

    Speaker speakerFor(int si, int h) {
      Parse p = parses.get(si);
      Token t = p.tok(h);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals("PRP") || t.pos().equals("PRP$")) {
        return pronoun(si, h, w);
      }
      int[] span = personSpan(p, h);
      if (span != null) {
        return toSpeaker(describePerson(si, span[0], span[1], h, -1));
      }
      for (int k : p.kids.get(h)) {
        if (p.rel[k].equals("appos")) {
          int[] ps = personSpan(p, k);
          if (ps != null) {
            return toSpeaker(describePerson(si, ps[0], ps[1], k, h));
          }
        }
      }
      if (t.pos().startsWith("NN") && DOCUMENT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
          && p.child(h, "nmod:poss") >= 0) {
        return speakerFor(si, p.child(h, "nmod:poss")); // "Trump's statement said"
      }
      if (t.pos().startsWith("NN") && DOCUMENT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        for (int k = speakers.size() - 1; k >= 0; k--) {
          SpeakerRef r = speakers.get(k);
          if (si - r.sentence() > 6) {
            break;
          }
          if (r.sentence() < si || r.token() < h) {
            return r.speaker();
          }
        }
      }
      if (t.pos().equals("NN") && !hasPersonCompound(p, h)) {
        Optional<Actor> a = actors.lookup(t.lemma());
        int det = p.child(h, "det");
        boolean definite = det >= 0 && Set.of("the", "this", "that").contains(p.tok(det).word().toLowerCase(Locale.ROOT));
        if (a.isPresent() && definite && !a.get().kind().equals("country")) {
          Speaker titled = titleOnly(si, h, t.lemma().toLowerCase(Locale.ROOT), a.get());
          if (titled != null) {
            return titled;
          }
        }
      }
      PersonRef known = knownSurname(p, si, h);
      if (known != null) {
        return toSpeaker(known);
      }
      return nounPhrase(si, h);
    }

    /** A proper noun that is the last name of a person met earlier, though NER tagged it otherwise ("Bloomberg"). */
    PersonRef knownSurname(Parse p, int si, int h) {
      Token t = p.tok(h);
      if (!t.pos().equals("NNP") || t.ner().equals("PERSON")) {
        return null;
      }
      if (h + 1 < p.n && p.tok(h + 1).pos().equals("NNP") || h > 0 && p.tok(h - 1).pos().equals("NNP")) {
        return null;
      }
      for (int k = persons.size() - 1; k >= 0; k--) {
        PersonRef r = persons.get(k);
        if (r.last().equals(t.word()) && (r.sentence() < si || r.token() < h)) {
          return new PersonRef(r.name(), r.last(), r.role(), r.country(), r.type(), r.gender(), si, h,
              p.rel[h].startsWith("nsubj"), r.titles());
        }
      }
      return null;
    }

    boolean hasPersonCompound(Parse p, int h) {
      for (int k : p.kids.get(h)) {
        if (p.rel[k].equals("compound") && p.tok(k).ner().equals("PERSON")) {
          return true;
        }
      }
      return false;
    }

    /** NER PERSON tokens around h (contiguous), or null. */
    int[] personSpan(Parse p, int h) {
      if (!p.tok(h).ner().equals("PERSON")) {
        return null;
      }
      int a = h;
      int b = h + 1;
      while (a > 0 && p.tok(a - 1).ner().equals("PERSON")) {
        a--;
      }
      while (b < p.n && p.tok(b).ner().equals("PERSON")) {
        b++;
      }
      return new int[] {a, b};
    }

    /** Name, role, country and type of the person whose name spans tokens [a, b). */
    PersonRef describePerson(int si, int a, int b, int head, int apposHead) {
      Parse p = parses.get(si);
      StringBuilder name = new StringBuilder();
      char gender = '?';
      int from = a;
      StringBuilder titles = new StringBuilder();
      while (from < b - 1 && HONORIFICS.contains(p.tok(from).word().toLowerCase(Locale.ROOT))) {
        gender = genderOf(p.tok(from).word(), gender);
        titles.append(' ').append(HONORIFIC_TITLES.getOrDefault(p.tok(from).word().toLowerCase(Locale.ROOT), ""));
        from++;
      }
      for (int t = a - 1; t >= 0 && t >= a - 2; t--) {
        String hw = p.tok(t).word().toLowerCase(Locale.ROOT);
        if (HONORIFICS.contains(hw)) {
          gender = genderOf(hw, gender);
          titles.append(' ').append(HONORIFIC_TITLES.getOrDefault(hw, ""));
        }
      }
      if (gender == '?') {
        String first = p.tok(from).word().toLowerCase(Locale.ROOT);
        gender = FirstNames.FEMALE.contains(first) ? 'f' : FirstNames.MALE.contains(first) ? 'm' : '?';
      }
      name.append(p.text(from, b - 1));
      // role: left modifiers of the name (compound/amod chains), or the title the name is in apposition to,
      // or a non-person apposition of the name.
      int nameHead = b - 1;
      if (p.gov[head] >= a && p.gov[head] < b) {
        nameHead = p.gov[head];
      } else {
        nameHead = head;
      }
      int roleFrom = -1;
      int roleTo = -1;
      for (int k : p.kids.get(nameHead)) {
        if (k < a && (p.rel[k].equals("compound") || p.rel[k].equals("amod") || p.rel[k].equals("nmod:poss"))) {
          BitSet sub = p.subtree(k);
          int lo = sub.nextSetBit(0);
          roleFrom = roleFrom < 0 ? lo : Math.min(roleFrom, lo);
          roleTo = Math.max(roleTo, Math.min(a - 1, sub.length() - 1));
        }
      }
      for (int t = a - 1; t >= 0 && roleFrom < 0; t--) {
        // CoreNLP sometimes attaches "spokeswoman" as a sibling compound: take adjacent non-person NNs.
        if (p.gov[t] == nameHead && p.rel[t].equals("compound")) {
          roleFrom = t;
          roleTo = a - 1;
        } else {
          break;
        }
      }
      String role = null;
      if (roleFrom >= 0) {
        while (roleFrom <= roleTo && (p.isPunct(roleFrom) || p.tok(roleFrom).pos().equals("DT")
            || p.tok(roleFrom).pos().equals("POS"))) {
          roleFrom++;
        }
        while (roleTo >= roleFrom && HONORIFICS.contains(p.tok(roleTo).word().toLowerCase(Locale.ROOT))) {
          gender = genderOf(p.tok(roleTo).word(), gender);
          roleTo--;
        }
        while (roleFrom <= roleTo && HONORIFICS.contains(p.tok(roleFrom).word().toLowerCase(Locale.ROOT))) {
          roleFrom++;
        }
        if (roleFrom <= roleTo) {
          role = p.text(roleFrom, roleTo);
        }
      }
      if (apposHead >= 0) {
        role = phraseText(p, apposHead, head);
      } else if (role == null) {
        for (int k : p.kids.get(nameHead)) {
          if (p.rel[k].equals("appos") && !p.tok(k).ner().equals("PERSON")) {
            role = phraseText(p, k, -1);
            break;
          }
        }
      }
      if (role != null) {
        for (String w : role.toLowerCase(Locale.ROOT).split("\\s+")) {
          gender = genderOf(w, gender);
        }
      }
      String full = name.toString();
      String last = p.tok(b - 1).word();
      String country = null;
      SpeakerType type = null;
      Optional<Actor> known = actors.lookup(full).filter(x -> x.kind().equals("person"));
      if (known.isPresent()) {
        full = known.get().canonical();
        country = known.get().country();
        type = known.get().type();
      }
      int lo = roleFrom >= 0 ? Math.min(roleFrom, a) : a;
      for (ActorMention m : mentions.get(si)) {
        boolean overlapsRole = m.tokenEnd() > lo && m.tokenBegin() < b;
        boolean inAppos = apposHead >= 0 && p.subtree(apposHead).get(m.tokenBegin()) && !p.subtree(head).get(m.tokenBegin());
        if (overlapsRole || inAppos) {
          Actor act = m.actor();
          if (country == null) {
            country = act.country();
          }
          if (type == null || type == SpeakerType.OTHER) {
            type = act.type();
          }
        }
      }
      if (role != null && (country == null || type == null)) {
        for (ActorMention m : findIn(role)) {
          if (country == null) {
            country = m.actor().country();
          }
          if (type == null || type == SpeakerType.OTHER) {
            type = m.actor().type();
          }
        }
      }
      // A later short mention ("Mr. Steele", "Shoigu") takes over the first full mention.
      boolean single = from == b - 1;
      for (int k = persons.size() - 1; k >= 0; k--) {
        PersonRef r = persons.get(k);
        if (r.last().equalsIgnoreCase(last) && (single || r.name().equalsIgnoreCase(full))) {
          if (single && r.name().length() > full.length()) {
            full = r.name();
          }
          role = role == null ? r.role() : role;
          country = country == null ? r.country() : country;
          type = type == null || type == SpeakerType.OTHER ? r.type() : type;
          gender = gender == '?' ? r.gender() : gender;
          titles.append(' ').append(r.titles());
          break;
        }
      }
      boolean subject = p.rel[head].startsWith("nsubj") || apposHead >= 0 && p.rel[apposHead].startsWith("nsubj");
      if (role != null) {
        titles.append(' ').append(role.toLowerCase(Locale.ROOT));
      }
      if ((type == null || type == SpeakerType.OTHER) && !titles.toString().isBlank()) {
        for (String tw : titles.toString().trim().split("\\s+")) {
          Optional<Actor> ta = actors.lookup(tw).filter(x -> x.kind().equals("title"));
          if (ta.isPresent() && !actors.inheritsType(ta.get())) {
            type = ta.get().type();
            break;
          }
        }
      }
      if (country == null && role != null && type != null && INSTITUTION_ROLE.matcher(role).find()
          && Set.of(SpeakerType.GOVERNMENT, SpeakerType.MILITARY, SpeakerType.INTELLIGENCE).contains(type)) {
        country = contextCountry(si); // "Foreign Ministry spokesman X" in an article about Iran: a guess
      }
      return new PersonRef(full, last, role, country, type == null ? SpeakerType.OTHER : type, gender, si, head, subject,
          titles.toString().trim());
    }

    /** The country named most often in the article up to and including sentence si (ties: named first). */
    String contextCountry(int si) {
      Map<String, Integer> count = new LinkedHashMap<>();
      for (int k = 0; k <= si && k < mentions.size(); k++) {
        for (ActorMention m : mentions.get(k)) {
          if (m.actor().country() != null) {
            count.merge(m.actor().country(), 1, Integer::sum);
          }
        }
      }
      String best = null;
      int n = 0;
      for (Map.Entry<String, Integer> e : count.entrySet()) {
        if (e.getValue() > n) {
          best = e.getKey();
          n = e.getValue();
        }
      }
      return best;
    }

    List<ActorMention> findIn(String text) {
      List<ActorMention> out = new ArrayList<>();
      for (String w : text.split("[\\s,]+")) {
        actors.lookup(w).ifPresent(a -> out.add(new ActorMention(a, 0, 0, 1, 0, 0, w)));
      }
      actors.lookup(text).ifPresent(a -> out.add(0, new ActorMention(a, 0, 0, 1, 0, 0, text)));
      return out;
    }

    char genderOf(String w, char current) {
      String l = w.toLowerCase(Locale.ROOT);
      if (MALE.contains(l)) {
        return 'm';
      }
      if (FEMALE.contains(l)) {
        return 'f';
      }
      return current;
    }

    /** Text of a noun phrase headed by h without determiners, relative clauses, appositions and punctuation. */
    String phraseText(Parse p, int h, int exclude) {
      BitSet sub = p.subtree(h);
      for (int k : p.kids.get(h)) {
        String r = p.rel[k];
        if (k == exclude || r.equals("appos") || r.startsWith("acl") || r.equals("punct") || r.equals("det")
            || r.equals("conj") || r.equals("cc")) {
          sub.andNot(p.subtree(k));
        }
      }
      if (exclude >= 0) {
        sub.andNot(p.subtree(exclude));
      }
      // keep the contiguous stretch around the head
      int lo = h;
      int hi = h;
      while (lo - 1 >= 0 && sub.get(lo - 1)) {
        lo--;
      }
      while (hi + 1 < p.n && sub.get(hi + 1)) {
        hi++;
      }
      while (lo < hi && p.isPunct(lo)) {
        lo++;
      }
      while (hi > lo && p.isPunct(hi)) {
        hi--;
      }
      return p.text(lo, hi);
    }

    Speaker toSpeaker(PersonRef r) {
      return new Speaker(r.name(), r.role(), r.country(), r.type());
    }

    void collectPersons(int si) {
      Parse p = parses.get(si);
      int t = 0;
      while (t < p.n) {
        if (p.tok(t).ner().equals("PERSON")) {
          int[] span = personSpan(p, t);
          int head = span[1] - 1;
          for (int k = span[0]; k < span[1]; k++) {
            if (p.gov[k] < span[0] || p.gov[k] >= span[1]) {
              head = k;
            }
          }
          int apposHead = p.rel[head].equals("appos") && p.gov[head] >= 0 ? p.gov[head] : -1;
          if (apposHead >= 0 && p.tok(apposHead).ner().equals("PERSON")) {
            apposHead = -1;
          }
          persons.add(describePerson(si, span[0], span[1], head, apposHead));
          t = span[1];
        } else {
          PersonRef known = knownSurname(p, si, t);
          if (known != null) {
            persons.add(known);
          }
          t++;
        }
      }
    }

    List<ActorMention> orgsOf(List<ActorMention> ms) {
      List<ActorMention> out = new ArrayList<>();
      for (ActorMention m : ms) {
        if (m.actor().kind().equals("organisation") || m.actor().kind().equals("country")) {
          out.add(m);
        }
      }
      return out;
    }

    Speaker pronoun(int si, int h, String w) {
      if (w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her")) {
        char g = w.startsWith("s") || w.equals("her") ? 'f' : 'm';
        // strict gender first, then persons of unknown gender
        for (boolean strict : new boolean[] {true, false}) {
          // 1. a person earlier in the same sentence, subjects first
          PersonRef same = null;
          for (PersonRef r : persons) {
            if (r.sentence() == si && r.token() < h && genderOk(r.gender(), g, strict)
                && (same == null || r.subject() && !same.subject())) {
              same = r;
            }
          }
          if (same != null) {
            return toSpeaker(same);
          }
          // 2. the subject of the sentence before, when it is a person ("Fox isn't worried. '...,' he said.")
          for (int k = persons.size() - 1; k >= 0; k--) {
            PersonRef r = persons.get(k);
            if (r.sentence() < si - 1) {
              break;
            }
            if (r.sentence() == si - 1 && r.subject() && genderOk(r.gender(), g, strict)
                && paragraph[si - 1] >= paragraph[si] - 1) {
              return toSpeaker(r);
            }
          }
          // 3. the most recent person speaker within three sentences
          for (int k = speakers.size() - 1; k >= 0; k--) {
            SpeakerRef r = speakers.get(k);
            if (si - r.sentence() > 3) {
              break;
            }
            if (r.person() && r.sentence() < si && genderOk(genderOfName(r.speaker().name()), g, strict)) {
              return r.speaker();
            }
          }
          // 4. the nearest earlier sentence with a person, subjects first
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
            return toSpeaker(best);
          }
        }
        return null;
      }
      if (w.equals("they")) {
        for (int k = speakers.size() - 1; k >= 0; k--) {
          SpeakerRef r = speakers.get(k);
          if (si - r.sentence() > 3) {
            break;
          }
          if (!r.person()) {
            return r.speaker();
          }
        }
        if (si > 0) {
          // "Officials met on Monday. They said ...": a plural subject of the sentence before
          Parse prev = parses.get(si - 1);
          for (int k = 0; k < prev.n; k++) {
            if (prev.rel[k].equals("nsubj") && prev.tok(k).pos().startsWith("NNS")
                || prev.rel[k].equals("nsubj") && prev.tok(k).pos().equals("NNPS")) {
              return nounPhrase(si - 1, k);
            }
          }
        }
        return new Speaker("they", null, null, SpeakerType.OTHER);
      }
      if (w.equals("it")) {
        for (int k = speakers.size() - 1; k >= 0; k--) {
          SpeakerRef r = speakers.get(k);
          if (si - r.sentence() > 3) {
            break;
          }
          if (!r.person()) {
            return r.speaker();
          }
        }
        for (int k = orgMentions.size() - 1; k >= 0; k--) {
          ActorMention m = orgMentions.get(k);
          if (si - m.sentence() > 2) {
            break;
          }
          if (m.sentence() < si || m.tokenEnd() <= h) {
            return fromMention(m);
          }
        }
        return null;
      }
      return null; // I, we, you: the author's or a quoted first person
    }

    boolean genderOk(char personGender, char pronounGender, boolean strict) {
      return strict ? personGender == pronounGender : personGender == '?' || personGender == pronounGender;
    }

    char genderOfName(String name) {
      for (int k = persons.size() - 1; k >= 0; k--) {
        PersonRef r = persons.get(k);
        if (r.name().equals(name)) {
          return r.gender();
        }
      }
      return '?';
    }

    Speaker fromMention(ActorMention m) {
      String text = m.text();
      if (text.regionMatches(true, 0, "the ", 0, 4)) {
        text = text.substring(4);
      }
      return new Speaker(m.actor().kind().equals("country") ? m.actor().canonical() : text, null,
          m.actor().country(), m.actor().type());
    }

    /** "the spokeswoman", "the senator", "the ministry": nearest earlier bearer of that title. */
    Speaker titleOnly(int si, int h, String title, Actor actor) {
      for (int k = persons.size() - 1; k >= 0; k--) {
        PersonRef r = persons.get(k);
        if (r.sentence() == si && r.token() >= h) {
          continue;
        }
        if (r.titles().contains(title)) {
          return toSpeaker(r);
        }
      }
      if (actor.kind().equals("organisation")) {
        for (int k = orgMentions.size() - 1; k >= 0; k--) {
          ActorMention m = orgMentions.get(k);
          if ((m.sentence() < si || m.tokenEnd() <= h) && m.text().toLowerCase(Locale.ROOT).contains(title)) {
            return fromMention(m);
          }
        }
        return null;
      }
      for (int k = speakers.size() - 1; k >= 0; k--) {
        SpeakerRef r = speakers.get(k);
        if (r.person() && (r.sentence() < si || r.token() < h)) {
          return r.speaker();
        }
      }
      return null;
    }

    /** Any other subject: its noun phrase, with country and type from the registry. */
    Speaker nounPhrase(int si, int h) {
      Parse p = parses.get(si);
      int lo = h;
      for (int k : p.kids.get(h)) {
        if (k < h && NP_LEFT.contains(p.rel[k])) {
          lo = Math.min(lo, p.subtree(k).nextSetBit(0));
        }
      }
      while (lo < h && (p.tok(lo).pos().equals("DT") || p.isPunct(lo))) {
        lo++;
      }
      String text = p.text(lo, h);
      String country = null;
      SpeakerType type = null;
      String canonical = null;
      for (ActorMention m : mentions.get(si)) {
        if (m.tokenEnd() > lo && m.tokenBegin() <= h) {
          if (country == null) {
            country = m.actor().country();
          }
          if (m.tokenEnd() > h) {
            type = m.actor().type();
            if (m.tokenBegin() <= lo + 1 && !m.actor().kind().equals("title")) {
              canonical = m.actor().kind().equals("country") ? m.actor().canonical() : null;
            }
          } else if (type == null) {
            type = m.actor().type();
          }
        }
      }
      return new Speaker(canonical != null ? canonical : text, null, country, type == null ? SpeakerType.OTHER : type);
    }

    // ---- voices -------------------------------------------------------------------------------------------

    void applyReported(List<Claim> reported) {
      // outer claims first, so nested ones ("X said Y claimed Z") override the inner part
      reported.sort(Comparator.comparingInt((Claim c) -> -c.content.cardinality()));
      for (Claim c : reported) {
        Voice[] v = voice.get(c.sentence);
        Speaker[] s = who.get(c.sentence);
        for (int t = c.content.nextSetBit(0); t >= 0; t = c.content.nextSetBit(t + 1)) {
          v[t] = Voice.REPORTED;
          s[t] = c.speaker;
        }
      }
    }

    void applyQuotes() {
      for (QuoteLoc q : quotes) {
        if (scare.contains(q)) {
          continue;
        }
        Speaker sp = quoteSpeaker.get(q);
        for (Map.Entry<Integer, BitSet> e : q.tokens.entrySet()) {
          Voice[] v = voice.get(e.getKey());
          Speaker[] s = who.get(e.getKey());
          BitSet b = e.getValue();
          for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
            v[t] = Voice.QUOTE;
            s[t] = sp;
          }
        }
      }
    }

    VoiceResult assemble() {
      List<SentenceVoice> sv = new ArrayList<>();
      List<VoiceSegment> segs = new ArrayList<>();
      for (int si = 0; si < parses.size(); si++) {
        Parse p = parses.get(si);
        Voice[] v = voice.get(si);
        Speaker[] s = who.get(si);
        BitSet qmask = quoteMask(si);
        // punctuation outside quotes follows the word before it (the first word after it at the start)
        for (int t = 0; t < p.n; t++) {
          if (p.isPunct(t) && !qmask.get(t)) {
            int src = t - 1;
            while (src >= 0 && p.isPunct(src) && !qmask.get(src)) {
              src--;
            }
            if (src < 0) {
              src = t + 1;
              while (src < p.n && p.isPunct(src)) {
                src++;
              }
            }
            if (src >= 0 && src < p.n) {
              v[t] = v[src];
              s[t] = s[src];
            }
          }
        }
        int t = 0;
        while (t < p.n) {
          int e = t + 1;
          while (e < p.n && v[e] == v[t] && Objects.equals(s[e], s[t])) {
            e++;
          }
          segs.add(new VoiceSegment(p.tok(t).begin(), p.tok(e - 1).end(), v[t], v[t] == Voice.AUTHOR ? null : s[t]));
          t = e;
        }
        Map<Voice, Integer> count = new java.util.EnumMap<>(Voice.class);
        Map<Voice, Map<Speaker, Integer>> bySpeaker = new java.util.EnumMap<>(Voice.class);
        for (int k = 0; k < p.n; k++) {
          if (!p.isPunct(k)) {
            count.merge(v[k], 1, Integer::sum);
            if (s[k] != null) {
              bySpeaker.computeIfAbsent(v[k], x -> new LinkedHashMap<>()).merge(s[k], 1, Integer::sum);
            }
          }
        }
        Voice best = Voice.AUTHOR;
        int bestN = count.getOrDefault(Voice.AUTHOR, 0);
        for (Voice cand : List.of(Voice.REPORTED, Voice.QUOTE)) {
          int c = count.getOrDefault(cand, 0);
          if (c > 0 && c >= bestN) {
            best = cand;
            bestN = c;
          }
        }
        Speaker bs = null;
        if (best != Voice.AUTHOR && bySpeaker.containsKey(best)) {
          int m = -1;
          for (Map.Entry<Speaker, Integer> e : bySpeaker.get(best).entrySet()) {
            if (e.getValue() > m) {
              m = e.getValue();
              bs = e.getKey();
            }
          }
        }
        sv.add(new SentenceVoice(si, best, bs));
      }
      attributions.sort(Comparator.comparingInt(Attribution::begin).thenComparingInt(Attribution::end));
      spans.sort(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end));
      return new VoiceResult(sv, segs, withoutNested(attributions), spans);
    }
  }

  static boolean isPersonName(String name) {
    String[] parts = name.trim().split("\\s+");
    if (parts.length < 2 || parts.length > 4) {
      return false;
    }
    for (String w : parts) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
