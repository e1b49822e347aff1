package org.framescope.lexicon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.model.InputException;
import org.framescope.model.NlpSentence;
import org.framescope.model.Span;

/**
 * The framing lexicons of a lexicon directory behind one matcher.
 *
 * <p>Input: a directory holding any of {@code loaded.tsv}, {@code labels.tsv}, {@code hedges.tsv},
 * {@code frames.tsv}, and optionally {@code stop-phrases.tsv} ({@link StopPhrases}: fixed phrases such as "Cold
 * War" inside which a lexicon word is not a match); other files there, such as actors.tsv, are ignored. Output:
 * spans per sentence (categories loaded, label, hedge, distancing, intensifier, assertive, factive,
 * frame:&lt;name&gt;) with the stop phrases applied, the SHA-256 of each file loaded for provenance, and category
 * definitions for report tooltips.
 */
public final class FramingLexicons implements SpanMatcher {
  /** The files looked for, in load order (earlier files win ties in the matcher). */
  public static final List<String> FILES = List.of("loaded.tsv", "labels.tsv", "hedges.tsv", "frames.tsv");

  private final List<Lexicon> lexicons;
  private final LexiconMatcher matcher;
  private final StopPhrases stopPhrases;
  private final SortedMap<String, String> hashes;
  private final Map<String, String> definitions;

  private FramingLexicons(List<Lexicon> lexicons, StopPhrases stopPhrases, SortedMap<String, String> hashes) {
    this.lexicons = List.copyOf(lexicons);
    this.matcher = new LexiconMatcher(this.lexicons);
    this.stopPhrases = stopPhrases;
    this.hashes = Collections.unmodifiableSortedMap(hashes);
    SortedMap<String, String> defs = new TreeMap<>();
    for (Lexicon lex : this.lexicons) {
      defs.putAll(lex.categories());
    }
    this.definitions = Collections.unmodifiableSortedMap(defs);
  }

  /**
   * Loads and validates the framing lexicon files present in {@code lexiconDir}.
   *
   * @throws InputException when the directory has none of them, or a file is invalid (file:line)
   */
  public static FramingLexicons load(Path lexiconDir) throws InputException {
    if (!Files.isDirectory(lexiconDir)) {
      throw new InputException(lexiconDir.toString(), "not a lexicon directory");
    }
    List<Lexicon> lexicons = new ArrayList<>();
    SortedMap<String, String> hashes = new TreeMap<>();
    for (String f : FILES) {
      Path p = lexiconDir.resolve(f);
      if (Files.isRegularFile(p)) {
        Lexicon lex = Lexicon.load(p);
        lexicons.add(lex);
        hashes.put(f, lex.sha256());
      }
    }
    if (lexicons.isEmpty()) {
      throw new InputException(lexiconDir.toString(), "no framing lexicon file found (looked for "
          + String.join(", ", FILES) + ")");
    }
    StopPhrases stop = StopPhrases.none();
    Path sp = lexiconDir.resolve(StopPhrases.FILE);
    if (Files.isRegularFile(sp)) {
      stop = StopPhrases.load(sp);
      hashes.put(StopPhrases.FILE, stop.sha256());
    }
    return new FramingLexicons(lexicons, stop, hashes);
  }

  @Override
  public List<Span> match(NlpSentence sentence) {
    return stopPhrases.filter(sentence, matcher.match(sentence));
  }

  /** The stop phrases applied after matching (none when the directory has no stop-phrases.tsv). */
  public StopPhrases stopPhrases() { return stopPhrases; }

  /** File name -> SHA-256 of its bytes, for every file loaded. */
  public SortedMap<String, String> hashes() { return hashes; }

  /** Span category (e.g. "loaded", "frame:economic") -> one-line definition, sorted by category. */
  public Map<String, String> categoryDefinitions() { return definitions; }

  /** The lexicons loaded, in {@link #FILES} order. */
  public List<Lexicon> lexicons() { return lexicons; }

  /** The compiled matcher over all loaded lexicons (without the stop phrases; {@link #match} applies them). */
  public LexiconMatcher matcher() { return matcher; }
}
