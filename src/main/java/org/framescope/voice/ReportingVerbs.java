package org.framescope.voice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.framescope.resource.DataFile;
import org.framescope.model.VerbClass;
import org.framescope.model.Dependency;
import org.framescope.model.InputException;
import org.framescope.model.NlpSentence;
import org.framescope.model.Token;

/**
 * Reporting verbs and phrases by class (lexicons/reporting-verbs.tsv): neutral, distancing, endorsing, emotive.
 *
 * <p>Input: the lexicon file. Output: {@link #match(NlpSentence, int)} tells whether a token is a reporting
 * verb (lemma of a VB* token, with its particle when the entry has one, or the fixed phrase "according to") and
 * returns its class and token range. Immutable and thread-safe.
 */
public final class ReportingVerbs {
  /** The lexicon's file name under the lexicon folder. */
  public static final String FILE = "reporting-verbs.tsv";
  private static final List<String> COLUMNS = List.of("entry", "category", "particle", "note");

  /** One lexicon entry. */
  public record Entry(String lemma, VerbClass verbClass, String particle) {}

  /**
   * A reporting verb found in a sentence.
   *
   * @param entry the lexicon entry
   * @param head token index of the verb (of "according" for "according to")
   * @param tokenBegin first token of the verb phrase
   * @param tokenEnd token after the last token of the phrase (the particle may follow later: range covers it)
   * @param text the words as written ("pointed out", "according to")
   */
  public record Match(Entry entry, int head, int tokenBegin, int tokenEnd, String text) {}

  private final Map<String, List<Entry>> byLemma;
  private final Map<String, String> definitions;
  private final String sourceTag;
  private final String sha256;
  private final int size;

  private ReportingVerbs(Map<String, List<Entry>> byLemma, Map<String, String> definitions, String sourceTag,
                         String sha256, int size) {
    this.byLemma = byLemma;
    this.definitions = definitions;
    this.sourceTag = sourceTag;
    this.sha256 = sha256;
    this.size = size;
  }

  /** Loads {@code lexiconDir/reporting-verbs.tsv}. */
  public static ReportingVerbs fromLexicons(Path lexiconDir) throws InputException {
    return load(lexiconDir.resolve(FILE));
  }

  /** Loads and validates the file: categories must be exactly the four verb classes, entries unique. */
  public static ReportingVerbs load(Path file) throws InputException {
    DataFile lf = DataFile.read(file);
    if (!lf.columns().equals(COLUMNS)) {
      throw new InputException(file.toString(), "expected columns " + COLUMNS + ", found " + lf.columns());
    }
    if (!lf.categories().keySet().equals(VerbClass.jsonNames())) {
      throw new InputException(file.toString(), "categories must be " + VerbClass.jsonNames().stream().sorted().toList()
          + ", found " + lf.categories().keySet());
    }
    Map<String, List<Entry>> map = new LinkedHashMap<>();
    for (DataFile.Row row : lf.rows()) {
      String where = file + ":" + row.line();
      String lemma = row.get("entry").toLowerCase(Locale.ROOT);
      String cls = row.get("category");
      if (!VerbClass.jsonNames().contains(cls)) {
        throw new InputException(where, "unknown category '" + cls + "'");
      }
      String particle = row.get("particle").toLowerCase(Locale.ROOT);
      if (lemma.contains(" ") && !lemma.equals("according to")) {
        throw new InputException(where, "multi-word entry '" + lemma + "': put the particle in the particle column");
      }
      Entry e = new Entry(lemma, VerbClass.of(cls), particle);
      List<Entry> list = map.computeIfAbsent(lemma, k -> new ArrayList<>());
      for (Entry other : list) {
        if (other.particle().equals(particle)) {
          throw new InputException(where, "entry '" + lemma + (particle.isEmpty() ? "" : " " + particle) + "' given twice");
        }
      }
      list.add(e);
    }
    Map<String, List<Entry>> frozen = new LinkedHashMap<>();
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new ReportingVerbs(Collections.unmodifiableMap(frozen), lf.categories(), lf.sourceTag(), lf.sha256(),
        lf.rows().size());
  }

  /** Is token {@code i} of the sentence a reporting verb (or the "according" of "according to")? */
  public Optional<Match> match(NlpSentence s, int i) {
    List<Token> toks = s.tokens();
    Token t = toks.get(i);
    String word = t.word().toLowerCase(Locale.ROOT);
    if (word.equals("according") && i + 1 < toks.size() && toks.get(i + 1).word().equalsIgnoreCase("to")) {
      List<Entry> acc = byLemma.get("according to");
      if (acc != null) {
        return Optional.of(new Match(acc.get(0), i, i, i + 2, s.text().substring(t.begin() - s.begin(),
            toks.get(i + 1).end() - s.begin())));
      }
      return Optional.empty();
    }
    boolean afterTo = i > 0 && toks.get(i - 1).word().equalsIgnoreCase("to") && t.pos().startsWith("NN");
    if (!t.pos().startsWith("VB") && !afterTo) { // "quick to retort" sometimes tags retort as a noun
      return Optional.empty();
    }
    List<Entry> entries = byLemma.get(t.lemma().toLowerCase(Locale.ROOT));
    if (entries == null) {
      return Optional.empty();
    }
    int particleAt = -1;
    for (Dependency d : s.dependencies()) {
      if (d.governor() == i && d.relation().equals("compound:prt")) {
        particleAt = d.dependent();
      }
    }
    Entry plain = null;
    for (Entry e : entries) {
      if (e.particle().isEmpty()) {
        plain = e;
        continue;
      }
      int at = -1;
      if (particleAt >= 0 && toks.get(particleAt).word().equalsIgnoreCase(e.particle())) {
        at = particleAt;
      } else if (i + 1 < toks.size() && toks.get(i + 1).word().equalsIgnoreCase(e.particle())) {
        at = i + 1;
      }
      if (at >= 0) {
        int from = Math.min(i, at);
        int to = Math.max(i, at) + 1;
        String text = at == i + 1 || at == i - 1
            ? s.text().substring(toks.get(from).begin() - s.begin(), toks.get(to - 1).end() - s.begin())
            : t.word() + " " + toks.get(at).word();
        return Optional.of(new Match(e, i, from, to, text));
      }
    }
    if (plain != null) {
      return Optional.of(new Match(plain, i, i, i + 1, t.word()));
    }
    return Optional.empty();
  }

  /** The one-line definition of a class, from the file header. */
  public String definition(VerbClass verbClass) {
    return definitions.getOrDefault(verbClass.json(), "");
  }

  /** Entries with this lemma (empty if none). */
  public List<Entry> entries(String lemma) {
    return byLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  public String sourceTag() {
    return sourceTag;
  }

  public String sha256() {
    return sha256;
  }

  /** Number of entries in the file. */
  public int size() {
    return size;
  }
}
