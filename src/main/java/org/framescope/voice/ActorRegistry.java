package org.framescope.voice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framescope.resource.DataFile;
import org.framescope.model.InputException;
import org.framescope.model.NlpSentence;
import org.framescope.model.SpeakerType;
import org.framescope.model.Token;

/**
 * The actor registry: countries, organisations, titles and named officials from {@code lexicons/actors.tsv},
 * with their aliases, canonical country and speaker type.
 *
 * <p>Input: the registry file. Output: {@link #lookup(String)} for one surface string ("the Kremlin's",
 * "Americans", "U.S.") and {@link #find(NlpSentence)} for every actor mention in a sentence, longest match first,
 * with adjacent country / organisation / title / person mentions merged ("Russian Defence Minister Sergei Shoigu"
 * is one person mention; "the U.S. State Department" one organisation mention with country United States).
 *
 * <p>Matching rules: aliases are tokenised like CoreNLP does (hyphens and possessive 's split off; both are
 * skipped while matching); an alias token written in capitals with two or more letters ("US", "UN") needs the
 * same case, a capitalised alias token needs a capitalised token, a lower-case one (titles) matches any case and
 * also the token's lemma (so "officials" matches "official"). The aliases and the matching live in {@link AliasTrie};
 * this class reads and validates the file, merges adjacent matches and answers lookups. Immutable and thread-safe.
 */
public final class ActorRegistry {
  /** The registry's file name under the lexicon folder. */
  public static final String FILE = "actors.tsv";
  private static final List<String> COLUMNS = List.of("entry", "category", "country", "type", "aliases", "flags");
  private static final Set<String> FLAGS = Set.of("inherit-type", "ambiguous", "needs-actor");

  private final AliasTrie aliases = new AliasTrie();
  private final Map<String, Actor> byName = new LinkedHashMap<>();
  private final Set<Actor> inheritType = new HashSet<>();
  /** Titles with common meanings outside the state: a person's type only beside a registered country or body. */
  private final Set<Actor> needsActor = new HashSet<>();
  /** Names that are also people's names in English news ("Jim Jordan"): not an actor when NER says PERSON. */
  private final Set<Actor> ambiguous = new HashSet<>();
  private final String sourceTag;
  private final String sha256;

  private ActorRegistry(String sourceTag, String sha256) {
    this.sourceTag = sourceTag;
    this.sha256 = sha256;
  }

  /** Loads {@code lexiconDir/actors.tsv}. */
  public static ActorRegistry fromLexicons(Path lexiconDir) throws InputException {
    return load(lexiconDir.resolve(FILE));
  }

  /** Loads and validates a registry file (format lexicons/FORMAT.md; columns entry, category, country, type, aliases, flags). */
  public static ActorRegistry load(Path file) throws InputException {
    DataFile lf = DataFile.read(file);
    if (!lf.columns().equals(COLUMNS)) {
      throw new InputException(file.toString(), "expected columns " + COLUMNS + ", found " + lf.columns());
    }
    for (String kind : Actor.KINDS) {
      if (!lf.categories().containsKey(kind)) {
        throw new InputException(file.toString(), "missing '#! category " + kind + ":' definition");
      }
    }
    ActorRegistry reg = new ActorRegistry(lf.sourceTag(), lf.sha256());
    for (DataFile.Row row : lf.rows()) {
      String where = file + ":" + row.line();
      String kind = row.get("category");
      if (!lf.categories().containsKey(kind) || !Actor.KINDS.contains(kind)) {
        throw new InputException(where, "unknown category '" + kind + "' (expected " + Actor.KINDS + ")");
      }
      String typeName = row.get("type");
      if (!SpeakerType.jsonNames().contains(typeName)) {
        throw new InputException(where, "unknown type '" + typeName + "' (expected " + SpeakerType.jsonNames() + ")");
      }
      SpeakerType type = SpeakerType.of(typeName);
      String country = row.get("country");
      if (!country.isEmpty() && !(reg.byName.containsKey(country) && "country".equals(reg.byName.get(country).kind()))
          && !(kind.equals("country") && country.equals(row.get("entry")))) {
        throw new InputException(where, "country '" + country + "' is not a country entry defined above");
      }
      Actor actor = new Actor(row.get("entry"), country, type, kind);
      if (reg.byName.putIfAbsent(actor.canonical(), actor) != null) {
        throw new InputException(where, "entry '" + actor.canonical() + "' defined twice");
      }
      for (String flag : row.get("flags").split("\\s*,\\s*")) {
        if (flag.isEmpty()) {
          continue;
        }
        if (!FLAGS.contains(flag)) {
          throw new InputException(where, "unknown flag '" + flag + "' (expected " + FLAGS + ")");
        }
        (flag.equals("ambiguous") ? reg.ambiguous : flag.equals("needs-actor") ? reg.needsActor : reg.inheritType)
            .add(actor);
      }
      reg.addAlias(actor, actor.canonical(), where);
      for (String alias : row.get("aliases").split("\\|")) {
        if (!alias.isBlank()) {
          reg.addAlias(actor, alias.trim(), where);
        }
      }
    }
    return reg;
  }


  private void addAlias(Actor actor, String alias, String where) throws InputException {
    if (!aliases.add(actor, alias)) {
      throw new InputException(where, "alias '" + alias + "' has no tokens");
    }
  }

  /** The actor with this canonical name, if registered. */
  public Optional<Actor> byCanonical(String canonical) {
    return Optional.ofNullable(byName.get(canonical));
  }

  /**
   * True for titles such as "president" or "captain" that name a state or military role only beside a registered
   * country or organisation (flag needs-actor): "president of Chapter &amp; Verse", "Steelers defensive captain".
   */
  public boolean needsActor(Actor actor) {
    return needsActor.contains(actor);
  }

  /** True for titles such as "spokeswoman" whose type comes from the organisation they speak for. */
  public boolean inheritsType(Actor actor) {
    return inheritType.contains(actor);
  }

  /**
   * Looks up one surface string: a leading "the" and a possessive are ignored, plural "s" is tried when the
   * plural is not itself an alias. Returns the first registered actor whose alias matches under the case rules.
   */
  public Optional<Actor> lookup(String surface) {
    if (surface == null || surface.isBlank()) {
      return Optional.empty();
    }
    String s = surface.trim();
    if (s.regionMatches(true, 0, "the ", 0, 4)) {
      s = s.substring(4).trim();
    }
    List<String> toks = AliasTrie.tokenize(s);
    if (toks.isEmpty()) {
      return Optional.empty();
    }
    Optional<Actor> a = aliases.exact(toks, null);
    if (a.isPresent()) {
      return a;
    }
    String last = toks.get(toks.size() - 1);
    String singular = AliasTrie.singular(last);
    if (!singular.equals(last)) {
      return aliases.exact(toks, singular);
    }
    return Optional.empty();
  }

  /**
   * Whether an alias match may stand ({@code aliasFirst}: the alias' first token, {@code first}: the text's).
   * A name written with a capital ("Turkey", "China") matches only a capitalised word, so "the turkey" or
   * "china plates" name no country; an ambiguous name does not match a word NER tags as a person.
   */
  private boolean properOk(Actor actor, String aliasFirst, Token first) {
    boolean properAlias = !aliasFirst.isEmpty() && Character.isUpperCase(aliasFirst.codePointAt(0));
    if (properAlias && !first.word().isEmpty() && !Character.isUpperCase(first.word().codePointAt(0))) {
      return false;
    }
    return !(ambiguous.contains(actor) && "PERSON".equals(first.ner()));
  }

  private static int rank(String kind) {
    return switch (kind) {
      case "country" -> 0;
      case "organisation" -> 1;
      case "title" -> 2;
      default -> 3;
    };
  }

  /**
   * All actor mentions of a sentence, left to right, non-overlapping. A run of adjacent mentions in the order
   * country, organisations, titles, person (an optional possessive between them) becomes one mention of the
   * most specific actor, with the country of the person if registered, else of the run's country, else of an
   * organisation or title in it; a title flagged inherit-type takes the type of the organisation or country
   * before it ("Russian Foreign Ministry spokeswoman" is government). A country's alias alone that begins another
   * name ("American Airlines") is no mention ({@link #beginsName}).
   */
  public List<ActorMention> find(NlpSentence s) {
    List<Token> toks = s.tokens();
    List<AliasTrie.Match> raws = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      AliasTrie.Match r = aliases.longestAt(toks, i, this::properOk);
      if (r == null) {
        i++;
      } else {
        raws.add(r);
        i = r.to();
      }
    }
    List<ActorMention> out = new ArrayList<>();
    int k = 0;
    while (k < raws.size()) {
      int e = k + 1;
      while (e < raws.size() && adjacent(toks, raws.get(e - 1), raws.get(e)) && canFollow(raws.get(e - 1), raws.get(e))) {
        e++;
      }
      List<AliasTrie.Match> run = raws.subList(k, e);
      if (run.size() == 1 && run.get(0).actor().kind().equals("country")
          && beginsName(toks, run.get(0), raws.subList(e, raws.size()))) {
        k = e; // "American Airlines", "Amsterdam Light Festival": a name, not the state
        continue;
      }
      Actor merged = merge(run);
      int from = run.get(0).from();
      int to = run.get(run.size() - 1).to();
      int b = toks.get(from).begin();
      int en = toks.get(to - 1).end();
      out.add(new ActorMention(merged, s.index(), from, to, b, en, s.text().substring(b - s.begin(), en - s.begin())));
      k = e;
    }
    return out;
  }

  /**
   * Whether a country's alias begins a longer name it is no mention of: a capitalised proper noun follows it directly
   * ("American Airlines", "Washington University", "Amsterdam Light Festival", "South China Sea") and the run of
   * capitalised words after it (with "of", "for", "and", "the" inside) holds no registered actor ({@code later}: the
   * sentence's later alias matches) and no word NER tags PERSON, unless the alias itself is tagged PERSON. So
   * "Russian Deputy Foreign Minister Sergei Ryabkov", "U.S. Customs" (registered) and "American Kevin King" (a
   * person's nationality) keep their state, "Aden O'Hara" is no Yemen.
   */
  private static boolean beginsName(List<Token> toks, AliasTrie.Match alias, List<AliasTrie.Match> later) {
    int to = alias.to();
    if (to >= toks.size() || !capitalisedProperNoun(toks.get(to))) {
      return false;
    }
    int end = to;
    while (end < toks.size() && (capitalisedProperNoun(toks.get(end)) || NAME_JOINERS.contains(toks.get(end).word())
        && end + 1 < toks.size() && capitalisedProperNoun(toks.get(end + 1)))) {
      end++;
    }
    if (!"PERSON".equals(toks.get(alias.from()).ner())) {
      for (int j = to; j < end; j++) {
        if ("PERSON".equals(toks.get(j).ner())) {
          return false; // "American Kevin King": a person's nationality
        }
      }
    }
    for (AliasTrie.Match m : later) {
      if (m.from() >= to && m.from() < end) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalisedProperNoun(Token t) {
    return t.pos().startsWith("NNP") && !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
  }

  /** Words inside a name's run of capitalised words ("Centers for Disease Control", "University of Kabul"). */
  private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "the");

  private static boolean adjacent(List<Token> toks, AliasTrie.Match a, AliasTrie.Match b) {
    for (int j = a.to(); j < b.from(); j++) {
      if (!AliasTrie.skippable(toks.get(j).word())) {
        return false;
      }
    }
    return true;
  }

  private static boolean canFollow(AliasTrie.Match a, AliasTrie.Match b) {
    int ra = rank(a.actor().kind());
    int rb = rank(b.actor().kind());
    if (ra == 3) {
      return false;
    }
    if (rb == 0) {
      return false;
    }
    return rb > ra || (rb == ra && (rb == 1 || rb == 2));
  }

  private Actor merge(List<AliasTrie.Match> run) {
    if (run.size() == 1) {
      return run.get(0).actor();
    }
    Actor last = run.get(run.size() - 1).actor();
    String countryOfRun = null;
    Actor org = null;
    String orgCountry = null;
    for (AliasTrie.Match r : run) {
      Actor a = r.actor();
      if (a.kind().equals("country") && countryOfRun == null) {
        countryOfRun = a.country();
        org = org == null ? a : org;
      } else if (!a.kind().equals("person")) {
        if (a.kind().equals("organisation")) {
          org = a;
        }
        if (orgCountry == null) {
          orgCountry = a.country();
        }
      }
    }
    String country;
    if (last.kind().equals("person") && last.country() != null) {
      country = last.country();
    } else {
      country = countryOfRun != null ? countryOfRun : orgCountry != null ? orgCountry : last.country();
    }
    SpeakerType type = last.type();
    if (last.kind().equals("title") && inheritType.contains(last) && org != null) {
      type = org.type();
    } else if (last.kind().equals("person") && !byName.containsKey(last.canonical())) {
      type = org != null ? org.type() : type;
    }
    return new Actor(last.canonical(), country, type, last.kind());
  }

  /** "lexicon:actors.tsv@version", for provenance. */
  public String sourceTag() {
    return sourceTag;
  }

  public String sha256() {
    return sha256;
  }

  /** Number of registered actors. */
  public int size() {
    return byName.size();
  }
}
