package org.framescope.voice;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.framescope.model.SpeakerType;

/**
 * The persons of an article, in reading order: every NER PERSON span with its title (compound/amod modifiers:
 * "Foreign Ministry spokeswoman Maria Zakharova"; apposition either way: "the N.C.A.A. president, Mark Emmert";
 * a title inside the name: "Godfried Cardinal Danneels"), country and type (from the registry's person row, else
 * from actors named in the title), and gender (from honorifics, gendered titles and the first-name list, else the
 * first name of the registry's canonical name: "Trump" is Donald Trump). A later short mention ("Mr. Steele",
 * "Shoigu") takes the name, role, country and type of the first full mention. Input: the {@link DocView}, registry and word lists.
 * Output: {@link #persons()} after {@link #collect(int)} ran for each sentence in order. One per analysis.
 */
final class PersonTracker {
  private final DocView v;
  private final ActorRegistry actors;
  private final VoiceWords words;
  private final List<PersonRef> persons = new ArrayList<>();

  PersonTracker(DocView v, ActorRegistry actors, VoiceWords words) {
    this.v = v;
    this.actors = actors;
    this.words = words;
  }

  List<PersonRef> persons() {
    return persons;
  }

  /** Records the persons of sentence {@code si} (call once per sentence, in order). */
  void collect(int si) {
    DependencyView p = v.view(si);
    int t = 0;
    while (t < p.n) {
      if (p.tok(t).ner().equals("PERSON")) {
        int[] span = personSpan(p, t);
        int head = p.head(span[0], span[1]);
        int apposHead = p.gov[head] >= 0 && apposition(p, head, span[0]) ? roleHolder(v, si, p.gov[head]) : -1;
        if (apposHead >= 0 && p.tok(apposHead).ner().equals("PERSON")) {
          apposHead = -1;
        }
        int g = p.gov[head];
        if (apposHead >= 0 && p.rel[g].startsWith("nsubj") && p.gov[g] > head
            && ContentRules.writtenSubject(p, g, ContentRules.cueGroup(p, p.gov[g])) == head) {
          apposHead = -1; // "..., demonstrations, Geraldo Rivera calls": the name is the subject, not an apposition
        }
        persons.add(describe(si, span[0], span[1], head, apposHead));
        t = span[1];
      } else {
        PersonRef known = knownSurname(si, t);
        if (known != null) {
          persons.add(known);
        }
        t++;
      }
    }
  }

  /** NER PERSON tokens around h (contiguous), or null. */
  static int[] personSpan(DependencyView p, int h) {
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

  /** A proper noun that is the last name of a person met earlier, though NER tagged it otherwise ("Bloomberg"). */
  PersonRef knownSurname(int si, int h) {
    DependencyView p = v.view(si);
    var t = p.tok(h);
    if (!t.pos().equals("NNP") || t.ner().equals("PERSON")) {
      return null;
    }
    if (h + 1 < p.n && p.tok(h + 1).pos().equals("NNP") || h > 0 && p.tok(h - 1).pos().equals("NNP")) {
      return null;
    }
    for (int k = persons.size() - 1; k >= 0; k--) {
      PersonRef r = persons.get(k);
      if (r.last().equals(t.word()) && (r.sentence() < si || r.token() < h)) {
        return r.at(si, h, p.rel[h].startsWith("nsubj"));
      }
    }
    return null;
  }

  /** Name, role, country and type of the person whose name spans tokens [a, b) of sentence si. */
  PersonRef describe(int si, int a, int b, int head, int apposHead) {
    DependencyView p = v.view(si);
    char gender = '?';
    int from = a;
    StringBuilder titles = new StringBuilder();
    while (from < b - 1 && words.honorific(p.tok(from).word())) {
      gender = words.genderOf(p.tok(from).word(), gender);
      titles.append(' ').append(words.titleOf(p.tok(from).word()));
      from++;
    }
    for (int t = a - 1; t >= 0 && t >= a - 2; t--) {
      String hw = p.tok(t).word();
      if (words.honorific(hw)) {
        gender = words.genderOf(hw, gender);
        titles.append(' ').append(words.titleOf(hw));
      }
    }
    String honorificTitles = " " + titles.toString().trim() + " ";
    boolean byHonorific = gender != '?';
    if (gender == '?') {
      gender = words.firstNameGender(p.tok(from).word());
    }
    String full = p.text(from, b - 1);
    for (int t = from + 1; t < b - 1; t++) {
      if (v.titleAt(si, t) != null) {
        titles.append(' ').append(p.tok(t).word().toLowerCase(Locale.ROOT)); // "Godfried Cardinal Danneels"
      }
    }
    int nameHead = p.gov[head] >= a && p.gov[head] < b ? p.gov[head] : head;
    int[] roleRange = roleRange(p, a, nameHead);
    int roleFrom = roleRange[0];
    int roleTo = roleRange[1];
    for (int t = a - 1; roleFrom >= 0 && t >= roleFrom; t--) {
      if (DASHES.contains(p.tok(t).word())) { // a dateline is no part of the role: "MADRID — Rafael Nadal kept ..."
        roleFrom = t + 1 <= roleTo ? t + 1 : -1;
        roleTo = roleFrom < 0 ? -1 : roleTo;
        break;
      }
    }
    String role = null;
    if (roleFrom >= 0) {
      while (roleFrom <= roleTo && (p.isPunct(roleFrom) || p.tok(roleFrom).pos().equals("DT")
          || p.tok(roleFrom).pos().equals("POS"))) {
        roleFrom++;
      }
      while (roleTo >= roleFrom && words.honorific(p.tok(roleTo).word())) {
        gender = words.genderOf(p.tok(roleTo).word(), gender);
        roleTo--;
      }
      while (roleFrom <= roleTo && words.honorific(p.tok(roleFrom).word())) {
        roleFrom++;
      }
      if (roleFrom <= roleTo) {
        role = p.text(roleFrom, roleTo);
      }
    }
    if (apposHead >= 0) {
      role = phraseText(p, apposHead, head);
    }
    BitSet roleTree = null; // a role in apposition after the name: its actor mentions are the role's
    if (apposHead < 0 && role == null) {
      for (int k : p.kids.get(nameHead)) {
        if (p.rel[k].equals("appos") && !p.tok(k).ner().equals("PERSON")) {
          role = phraseText(p, k, -1);
          roleTree = p.subtree(k);
          break;
        }
      }
    }
    ActorMention owner = null;
    if (role != null) {
      String[] rw = role.split("\\s+", 2);
      int pron = rw.length == 2 ? possessivePronoun(p, a) : -1;
      if (pron >= 0 && rw[0].equalsIgnoreCase(p.tok(pron).word())) {
        owner = pronounOwner(si, pron);
        if (owner != null) {
          role = rw[1] + " of " + withoutPossessive(owner.text());
        }
      }
      for (String w : role.split("\\s+")) {
        gender = words.genderOf(w, gender);
      }
    }
    String last = p.tok(surnameAt(p, from, b)).word();
    String country = null;
    SpeakerType type = null;
    Optional<Actor> known = actors.lookup(full).filter(x -> x.kind().equals("person"));
    if (known.isPresent() && from == b - 1 && otherPersonNamed(last, known.get().canonical())) {
      known = Optional.empty(); // "Dempsey said" after "Dr. Owen John Dempsey": the article's Dempsey, not Martin
    }
    if (known.isPresent()) {
      full = known.get().canonical();
      country = known.get().country();
      type = known.get().type();
    }
    int lo = roleFrom >= 0 ? Math.min(roleFrom, a) : a;
    BitSet apposTree = apposHead >= 0 ? p.subtree(apposHead) : null;
    BitSet headTree = apposHead >= 0 ? p.subtree(head) : null;
    List<Actor> inRole = new ArrayList<>();
    Set<Actor> servedIn = new HashSet<>();
    for (ActorMention m : v.mentions.get(si)) {
      boolean overlapsRole = m.tokenEnd() > lo && m.tokenBegin() < b;
      boolean inAppos = apposTree != null && apposTree.get(m.tokenBegin()) && !headTree.get(m.tokenBegin())
          || roleTree != null && roleTree.get(m.tokenBegin());
      if (!overlapsRole && !inAppos) {
        continue;
      }
      if (m.actor().kind().equals("person") && m.tokenBegin() >= from && m.tokenEnd() <= b && known.isEmpty()) {
        continue; // a registered surname inside another person's name: "Owen John Dempsey" is not Martin Dempsey
      }
      if (posted(p, m.tokenBegin())) {
        servedIn.add(m.actor()); // "special envoy to Ukraine Kurt Volker": where he serves, not his country
        continue;
      }
      inRole.add(m.actor());
    }
    if (owner != null) {
      inRole.add(owner.actor());
    }
    List<Actor> named = new ArrayList<>();
    if (role != null) {
      for (Actor act : actorsIn(role)) {
        if (!servedIn.contains(act)) {
          named.add(act);
        }
      }
    }
    boolean placed = known.isPresent() || inRole.stream().anyMatch(x -> !x.kind().equals("title"))
        || named.stream().anyMatch(x -> !x.kind().equals("title"));
    // a country in a person's role says where they are from, not what they do ("Hungarian-American investor", "a
    // molecular microbiologist at Washington University"): a title or a body types them
    for (Actor act : inRole) {
      if (placed || !actors.needsActor(act)) {
        country = country == null ? act.country() : country;
        type = type == null || type == SpeakerType.OTHER ? typeOf(act) : type;
      }
    }
    if (role != null && (country == null || type == null)) {
      for (Actor act : named) {
        if (placed || !actors.needsActor(act)) {
          country = country == null ? act.country() : country;
          type = type == null || type == SpeakerType.OTHER ? typeOf(act) : type;
        }
      }
    }
    boolean single = from == b - 1;
    int earlier = -1;
    for (int k = persons.size() - 1; k >= 0 && earlier < 0; k--) {
      PersonRef r = persons.get(k);
      if (r.last().equalsIgnoreCase(last) && (single || r.name().equalsIgnoreCase(full))) {
        earlier = k;
      }
    }
    if (earlier < 0 && single && known.isEmpty() && words.firstNameGender(last) == '?') {
      for (int k = persons.size() - 1; k >= 0 && earlier < 0; k--) {
        if (firstWord(persons.get(k).name()).equalsIgnoreCase(last)) {
          earlier = k; // "Liu said" after "Liu Xiaming": a family name written first
        }
      }
    }
    if (earlier >= 0) {
      PersonRef r = persons.get(earlier);
      if (single && r.name().length() > full.length()) {
        full = r.name();
      }
      role = role == null ? r.role() : role;
      country = country == null ? r.country() : country;
      type = type == null || type == SpeakerType.OTHER ? r.type() : type;
      // "Omar" after "Rep. Ilhan Omar" is her surname, not the man's first name Omar
      gender = gender == '?' || single && !byHonorific && r.gender() != '?' ? r.gender() : gender;
      titles.append(' ').append(r.titles());
      if (single && gender == '?') {
        gender = namesakeGender(earlier, last); // "Carlineo" after "Patrick Carlineo Jr." and a quoted "Pat Carlineo"
      }
    }
    if (gender == '?' && known.isPresent()) {
      gender = words.firstNameGender(firstWord(full)); // "Trump" is Donald Trump, a man
    }
    boolean subject = p.rel[head].startsWith("nsubj") || apposHead >= 0 && p.rel[apposHead].startsWith("nsubj");
    if (role != null) {
      titles.append(' ').append(role.toLowerCase(Locale.ROOT));
    }
    if ((type == null || type == SpeakerType.OTHER) && !titles.toString().isBlank()) {
      for (String tw : titles.toString().trim().split("\\s+")) {
        Optional<Actor> ta = actors.lookup(tw).filter(x -> x.kind().equals("title"));
        if (ta.isPresent() && actors.needsActor(ta.get()) && !placed && !honorificTitles.contains(" " + tw + " ")) {
          continue; // "president of Chapter & Verse": a company's, unless a country or body is named
        }
        if (ta.isPresent() && !actors.inheritsType(ta.get())) {
          type = ta.get().type();
          break;
        }
      }
    }
    if (country == null && role != null && type != null && words.institutionalRole(role)
        && type.stateBody()) {
      country = contextCountry(si, a, head); // "In Tehran, Foreign Ministry spokesman X said": a guess
    }
    return new PersonRef(full, last, role, country, type == null ? SpeakerType.OTHER : type, gender, si, head, subject,
        titles.toString().trim().replaceAll("\\s+", " "));
  }

  /** The gender of the latest person before index {@code k} whose surname is {@code last} and whose gender is known. */
  private char namesakeGender(int k, String last) {
    for (int j = k - 1; j >= 0; j--) {
      PersonRef r = persons.get(j);
      if (r.last().equalsIgnoreCase(last) && r.gender() != '?') {
        return r.gender();
      }
    }
    return '?';
  }

  /**
   * The token of the surname of a name spanning [from, b): its last word, or the word before a generational suffix
   * ("Patrick Carlineo Jr." is Carlineo, so that a later "Carlineo" is the same man).
   */
  private int surnameAt(DependencyView p, int from, int b) {
    int t = b - 1;
    while (t > from && (words.is("name-suffix", p.tok(t).word()) || p.isPunct(t))) {
      t--;
    }
    return t;
  }

  /** The type an actor in a person's role gives the person: none from a country (null). */
  private static SpeakerType typeOf(Actor act) {
    return act.kind().equals("country") ? null : act.type();
  }

  /** Whether the latest person of the article with this last name has another name than {@code name}. */
  private boolean otherPersonNamed(String last, String name) {
    for (int k = persons.size() - 1; k >= 0; k--) {
      PersonRef r = persons.get(k);
      if (r.last().equalsIgnoreCase(last)) {
        return !r.name().equalsIgnoreCase(name);
      }
    }
    return false;
  }

  /** Dashes that end a dateline ("MADRID —"). */
  private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "--", "\u2015");

  /**
   * Whether the mention starting at token {@code t} follows "to" or "for" after a posted title within three words
   * ("special envoy to Ukraine", "ambassador to the United Nations"; voice-words category posted-title): where the
   * holder serves, not where they come from.
   */
  private boolean posted(DependencyView p, int t) {
    int prep = t - 1;
    if (prep > 0 && p.tok(prep).word().equalsIgnoreCase("the")) {
      prep--;
    }
    if (prep <= 0 || !(p.tok(prep).word().equalsIgnoreCase("to") || p.tok(prep).word().equalsIgnoreCase("for"))) {
      return false;
    }
    for (int k = prep - 1; k >= 0 && k >= prep - 3; k--) {
      if (words.is("posted-title", p.tok(k).word()) || words.is("posted-title", p.tok(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['\u2019]s?$");

  /** The text without a final possessive ("Guards'" -> "Guards", "Russia's" -> "Russia"). */
  static String withoutPossessive(String text) {
    return POSSESSIVE.matcher(text).replaceAll("");
  }

  /** The last "its"/"their" before the name's first token (at most 12 tokens back), or -1. */
  private static int possessivePronoun(DependencyView p, int a) {
    for (int t = a - 1; t >= 0 && t >= a - 12; t--) {
      String w = p.tok(t).word().toLowerCase(Locale.ROOT);
      if (p.tok(t).pos().equals("PRP$") && (w.equals("its") || w.equals("their"))) {
        return t;
      }
    }
    return -1;
  }

  /**
   * The organisation or country an "its"/"their" of a role refers to ("The Revolutionary Guards' navy said ... Its
   * commander, X, said"): a subject named before the pronoun in its sentence ("Iran said ... and its foreign
   * minister, X, added"), else the previous sentence's subject; a subject's possessor or compound counts ("the
   * Guards' navy"). Null when neither is one: an organisation merely named nearby ("The company, which supplies
   * the Pentagon, said") is not taken.
   */
  ActorMention pronounOwner(int si, int pronoun) {
    ActorMention here = subjectMention(si, pronoun);
    return here != null || si == 0 ? here : subjectMention(si - 1, Integer.MAX_VALUE);
  }

  /** The last organisation or country of sentence si ending before token {@code before} that is a subject. */
  private ActorMention subjectMention(int si, int before) {
    DependencyView p = v.view(si);
    ActorMention found = null;
    for (ActorMention m : v.mentions.get(si)) {
      if (m.tokenEnd() > before || !m.actor().body()) {
        continue;
      }
      int h = p.head(m.tokenBegin(), m.tokenEnd());
      boolean modifiesSubject = (p.rel[h].equals("nmod:poss") || p.rel[h].equals("compound"))
          && p.gov[h] >= 0 && p.rel[p.gov[h]].startsWith("nsubj");
      if (p.rel[h].startsWith("nsubj") || modifiesSubject) {
        found = m;
      }
    }
    return found;
  }

  /**
   * The country of an institutional role that does not name one ("Foreign Ministry spokesman"): the one country
   * named earlier in the same sentence ("In Tehran, Foreign Ministry spokesman X said") or as the place where the
   * person spoke ({@link #speechPlaces}: "X told reporters in Moscow", "X said at a briefing in Moscow"), when
   * exactly one is; otherwise none, and the speaker's country stays unknown. Never a country from other sentences:
   * the one named just before is as often the other side ("The State Department alleged ... Foreign Ministry
   * spokeswoman X said" in a Russian outlet), and the country named most often is the outlet's or the story's,
   * which mislabelled Russian officials as American.
   */
  String contextCountry(int si, int beforeToken, int nameHead) {
    java.util.Set<String> found = new java.util.TreeSet<>();
    for (ActorMention m : v.mentions.get(si)) {
      if (m.tokenEnd() <= beforeToken && m.actor().country() != null && !posted(v.view(si), m.tokenBegin())) {
        found.add(m.actor().country());
      }
    }
    speechPlaces(si, nameHead, found);
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /**
   * Adds the countries named as where the person whose name heads at {@code nameHead} spoke: an "in" phrase naming
   * a country or its capital on the verb the name is the subject of, or on that verb's objects and obliques ("told
   * reporters in Moscow", "said at a briefing in Moscow"). What the person said (clausal complements) is not
   * searched: "said that talks in Moscow failed" names no place of speaking.
   */
  private void speechPlaces(int si, int nameHead, java.util.Set<String> found) {
    DependencyView p = v.view(si);
    int verb = p.rel[nameHead].startsWith("nsubj") ? p.gov[nameHead] : -1;
    if (verb < 0 || !p.tok(verb).pos().startsWith("VB")) {
      return;
    }
    java.util.List<Integer> places = new java.util.ArrayList<>();
    for (int k : p.kids.get(verb)) {
      if (DependencyView.nominalDependent(p.rel[k])) {
        places.add(k);
        for (int kk : p.kids.get(k)) {
          if (p.rel[kk].startsWith("nmod") || p.rel[kk].startsWith("obl")) {
            places.add(kk);
          }
        }
      }
    }
    for (int t : places) {
      if (!p.caseOf(t).equals("in")) {
        continue;
      }
      for (ActorMention m : v.mentions.get(si)) {
        if (m.tokenBegin() <= t && t < m.tokenEnd() && m.actor().kind().equals("country")
            && m.actor().country() != null) {
          found.add(m.actor().country());
        }
      }
    }
  }

  /** Left modifiers of the name (compound/amod/poss chains, or sibling compounds): the role's token range. */
  private static int[] roleRange(DependencyView p, int a, int nameHead) {
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
    return new int[] {roleFrom, roleTo};
  }

  /** Registered actors named in a role string: the whole string first, then word by word. */
  List<Actor> actorsIn(String text) {
    List<Actor> out = new ArrayList<>();
    actors.lookup(text).ifPresent(out::add);
    for (String w : text.split("[\\s,]+")) {
      actors.lookup(w).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Whether the name headed by {@code k} (its span starting at {@code begin}) is in apposition to its governor:
   * an {@code appos}, or a {@code dep} that follows the governing noun directly, the parse CoreNLP gives an
   * apposition without commas ("His colleague Mark Dunn told ...").
   */
  static boolean apposition(DependencyView p, int k, int begin) {
    int g = p.gov[k];
    if (g < 0) {
      return false;
    }
    return p.rel[k].equals("appos")
        || p.rel[k].equals("dep") && g == begin - 1 && p.tok(g).pos().startsWith("NN");
  }

  /**
   * The person's name in apposition to noun {@code h} ("the N.C.A.A. president, Mark Emmert", "His colleague Mark
   * Dunn"), or at the end of title {@code h}'s affiliation after a body or place ("US Ambassador to the UN Nikki
   * Haley"): its span {begin, end} and head {@code k} as {begin, end, k}, or null.
   */
  static int[] apposedName(DocView v, int si, int h) {
    DependencyView p = v.view(si);
    for (int k : p.kids.get(h)) {
      int[] span = personSpan(p, k);
      if (span != null && apposition(p, k, span[0])) {
        return new int[] {span[0], span[1], k};
      }
    }
    if (v.titleAt(si, h) == null) {
      return null;
    }
    for (int m : p.kids.get(h)) {
      if (m > h && roleHolder(v, si, m) == h) {
        for (int k : p.kids.get(m)) {
          int[] span = personSpan(p, k);
          if (span != null && p.rel[k].equals("appos")) {
            return new int[] {span[0], span[1], k};
          }
        }
      }
      int[] span = m > h ? personSpan(p, m) : null;
      if (span != null && p.rel[m].startsWith("nmod")
          && (AFFILIATION.contains(p.caseOf(m)) || p.caseOf(m).equals("to")) // "ambassador to"
          && bodyBefore(v, si, p.subtree(m).nextSetBit(0), span[0])) {
        return new int[] {span[0], span[1], m}; // "US Ambassador to the UN Nikki Haley"
      }
    }
    return null;
  }

  /**
   * Whether tokens [from, to) name a body or place (NER) and hold no title: the affiliation written before the name
   * that ends a title's affiliation phrase ("to the UN Nikki Haley"; not "to President Trump").
   */
  private static boolean bodyBefore(DocView v, int si, int from, int to) {
    DependencyView p = v.view(si);
    boolean body = false;
    for (int t = from; t < to; t++) {
      if (v.titleAt(si, t) != null) {
        return false;
      }
      String ner = p.tok(t).ner();
      body |= ContentRules.PLACE_NER.contains(ner) || ner.equals("ORGANIZATION") || ner.equals("NATIONALITY");
    }
    return body;
  }

  /**
   * The role noun a name in apposition to token {@code g} belongs to: {@code g} itself, or the role noun whose
   * affiliation {@code g} heads. "The spokeswoman for the Defence Ministry, Maria Zakharova, said": the parser
   * hangs the name from "Ministry", the nearest noun, but a ministry is no person; the name is the spokeswoman's.
   */
  static int roleHolder(DocView v, int si, int g) {
    DependencyView p = v.view(si);
    int r = p.gov[g];
    if (r < 0 || !p.rel[g].startsWith("nmod") || v.titleAt(si, r) == null || v.titleAt(si, g) != null
        || p.tok(g).ner().equals("PERSON")) {
      return g;
    }
    return AFFILIATION.contains(p.caseOf(g)) ? r : g;
  }

  /** The first phrase to the right of noun {@code h} that names its affiliation ("director of the agency"), or -1. */
  static int affiliation(DependencyView p, int h) {
    for (int k : p.kids.get(h)) {
      if (k > h && p.rel[k].startsWith("nmod") && AFFILIATION.contains(p.caseOf(k))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Prepositions that give a role noun its affiliation ("spokesman for", "director of", "official at", "officials
   * in Kyiv").
   */
  static final java.util.Set<String> AFFILIATION = java.util.Set.of("for", "of", "at", "with", "from", "in");

  /** Text of a noun phrase headed by h without determiners, relative clauses, appositions and punctuation. */
  static String phraseText(DependencyView p, int h, int exclude) {
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

  /** The first word of a name ("Liu Xiaming": Liu). */
  private static String firstWord(String name) {
    return name.trim().split("\\s+", 2)[0];
  }

  /** The gender of the latest person with this name, or '?'. */
  char genderOfName(String name) {
    for (int k = persons.size() - 1; k >= 0; k--) {
      if (persons.get(k).name().equals(name)) {
        return persons.get(k).gender();
      }
    }
    return '?';
  }
}
