package org.framescope.clean;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.util.List;

/**
 * The language of an article body. Input: the cleaned body text. Output: an ISO 639-1 code ("en", "de") when
 * the text is long enough and one language is clearly ahead, or when it is clearly not English though the
 * detector is unsure which language it is ({@link #NOT_ENGLISH_SHARE}; "und" when it names none), else ""
 * (unknown: the caller treats the text as English, since a too-short or mixed text is no reason to withhold the
 * scores).
 *
 * <p>Backed by the optimaize language-detector 0.6 (character n-gram profiles of 71 languages, after Cybozu's
 * langdetect), with its random sampling seeded so the same text always gets the same answer. The profiles are
 * loaded once per JVM on first use (about a second). Thread-safe.
 */
public final class LanguageDetector {
  /** Bodies with fewer letters than this are not judged. */
  public static final int MIN_LETTERS = 60;
  /** Probability the best language needs. */
  public static final double MIN_PROBABILITY = 0.90;
  /** Seed of the detector's sampling. */
  public static final long SEED = 42;
  /**
   * English function words that are rare in the other languages written in Latin script (no "to": Polish,
   * Czech; "for", "at": Danish, Norwegian; "was": German; "we": Dutch; "he": Finnish; "on": French...).
   */
  static final java.util.Set<String> ENGLISH_MARKERS = java.util.Set.of("the", "of", "and", "that", "with", "said",
      "from", "have", "has", "had", "been", "were", "which", "this", "they", "their", "would", "who", "not", "its",
      "his", "it", "she", "but");
  /** Characters the English check and the n-gram detector read, from the start of the text. */
  static final int MAX_CHARS = 20_000;
  /** Fewest words for the English check. */
  static final int MARKER_MIN_WORDS = 40;
  /** Share of {@link #ENGLISH_MARKERS} among those words that makes a text English without the n-gram detector. */
  static final double MARKER_SHARE = 0.10;
  /** Largest share of words with a letter outside ASCII that the English check lets through. */
  static final double MAX_FOREIGN_SHARE = 0.02;
  /**
   * Largest share of {@link #ENGLISH_MARKERS} (of at least {@link #MARKER_MIN_WORDS} words) at which a text the
   * n-gram detector is unsure of is not English, when it does not list English at all (Indonesian and Malay, whose
   * profiles split the probability between them). English news has a median share of 0.19 (tenth percentile
   * 0.15); docs/extraction.md.
   */
  static final double NOT_ENGLISH_SHARE = 0.03;
  /**
   * The code for a text that is not English when the n-gram detector names no language at {@link #NAMED_PROBABILITY}
   * or more (ISO 639-2 "undetermined").
   */
  public static final String UNDETERMINED = "und";
  /** Probability at which a text that is not English is called by the detector's best language, not "und". */
  static final double NAMED_PROBABILITY = 0.5;
  /** What the detector is, for provenance. */
  public static final String DESCRIPTION = "English when >= " + MARKER_SHARE + " of the words (>= "
      + MARKER_MIN_WORDS + ") of the first " + MAX_CHARS + " characters are among " + ENGLISH_MARKERS.size()
      + " English function words and <= " + MAX_FOREIGN_SHARE + " have a non-ASCII letter; else optimaize"
      + " language-detector 0.6, built-in profiles, seed " + SEED + ", p >= " + MIN_PROBABILITY + ", >= "
      + MIN_LETTERS + " letters; below that, not English (its best language at p >= " + NAMED_PROBABILITY + ", else "
      + UNDETERMINED + ") when <= "
      + NOT_ENGLISH_SHARE + " of the words are those function words and the detector does not list English";

  private static volatile LanguageDetector shared;

  private final com.optimaize.langdetect.LanguageDetector detector;
  private final TextObjectFactory texts;

  private LanguageDetector() {
    try {
      detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).seed(SEED)
          .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the language profiles bundled with language-detector", e);
    }
    texts = CommonTextObjectFactories.forDetectingOnLargeText();
  }

  /** The detector, loaded on first use. */
  public static LanguageDetector shared() {
    LanguageDetector d = shared;
    if (d == null) {
      synchronized (LanguageDetector.class) {
        d = shared;
        if (d == null) {
          d = new LanguageDetector();
          shared = d;
        }
      }
    }
    return d;
  }

  /** The language code of the text, or "" when unknown (see class comment). */
  public String detect(String text) {
    if (text == null) {
      return "";
    }
    int letters = 0;
    for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    if (letters < MIN_LETTERS) {
      return "";
    }
    // The first 20,000 characters are plenty to tell a language and bound the cost on long pages.
    String head = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Words words = Words.of(head);
    if (words.clearlyEnglish()) {
      return "en";
    }
    List<DetectedLanguage> p = detector.getProbabilities(texts.forText(head));
    String confident = confident(p);
    if (!confident.isEmpty()) {
      return confident;
    }
    if (words.clearlyNotEnglish() && p.stream().noneMatch(l -> l.getLocale().getLanguage().equals("en"))) {
      return p.isEmpty() || p.get(0).getProbability() < NAMED_PROBABILITY ? UNDETERMINED
          : p.get(0).getLocale().getLanguage();
    }
    return "";
  }

  /** The n-gram detector's answer alone (no English check) for a text of at most {@link #MAX_CHARS}. */
  String byNgrams(String head) {
    return confident(detector.getProbabilities(texts.forText(head)));
  }

  /** The best language when its probability is at least {@link #MIN_PROBABILITY}, else "". */
  private static String confident(List<DetectedLanguage> p) {
    return !p.isEmpty() && p.get(0).getProbability() >= MIN_PROBABILITY ? p.get(0).getLocale().getLanguage() : "";
  }

  /**
   * Whether at least {@link #MARKER_SHARE} of the words of the text (letter runs, lower-cased; at least
   * {@link #MARKER_MIN_WORDS} of them) are {@link #ENGLISH_MARKERS} and at most {@link #MAX_FOREIGN_SHARE} have a
   * letter outside ASCII. A text half in English and half in Polish or Russian has many words with other
   * letters, so it goes to the n-gram detector. The n-gram detector took 1.4-1.6% of CoreNLP time in
   * {@code bench}, and nearly every article a corpus run sees is English; the shares seen on real texts and how
   * the two agree are in docs/extraction.md.
   */
  static boolean clearlyEnglish(String text) {
    return Words.of(text).clearlyEnglish();
  }

  /** Letter runs of a text: how many, how many are {@link #ENGLISH_MARKERS}, how many have a non-ASCII letter. */
  record Words(int words, int markers, int foreign) {
    static Words of(String text) {
      int words = 0;
      int markers = 0;
      int foreign = 0;
      int i = 0;
      int n = text.length();
      char[] w = new char[8];
      while (i < n) {
        char c = text.charAt(i);
        if (!Character.isLetter(c)) {
          i++;
          continue;
        }
        int len = 0;
        boolean ascii = true;
        while (i < n && Character.isLetter(text.charAt(i))) {
          char d = text.charAt(i);
          if (d >= 'A' && d <= 'Z') {
            d = (char) (d + 32);
          } else if (d < 'a' || d > 'z') {
            ascii = false;
          }
          if (len < w.length) {
            w[len] = d;
          }
          len++;
          i++;
        }
        words++;
        if (!ascii) {
          foreign++;
        }
        if (ascii && len <= w.length && ENGLISH_MARKERS.contains(new String(w, 0, len))) {
          markers++;
        }
      }
      return new Words(words, markers, foreign);
    }

    boolean clearlyEnglish() {
      return words >= MARKER_MIN_WORDS && markers >= MARKER_SHARE * words && foreign <= MAX_FOREIGN_SHARE * words;
    }

    /** Enough words and (almost) none of them English function words. */
    boolean clearlyNotEnglish() {
      return words >= MARKER_MIN_WORDS && markers <= NOT_ENGLISH_SHARE * words;
    }
  }
}
