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
 * the text is long enough and one language is clearly ahead, else "" (unknown: the caller treats the text as
 * English, since a too-short or mixed text is no reason to withhold the scores).
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
  /** What the detector is, for provenance. */
  public static final String DESCRIPTION = "optimaize language-detector 0.6, built-in profiles, seed " + SEED
      + ", p >= " + MIN_PROBABILITY + ", >= " + MIN_LETTERS + " letters";

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
    List<DetectedLanguage> p = detector.getProbabilities(texts.forText(text.length() > 20_000
        ? text.substring(0, 20_000) : text));
    if (p.isEmpty() || p.get(0).getProbability() < MIN_PROBABILITY) {
      return "";
    }
    return p.get(0).getLocale().getLanguage();
  }
}
