package org.framescope.report;

import java.util.ArrayList;
import java.util.List;
import org.framescope.compare.ComparisonReport.TestRow;

/**
 * The sentences of the tests. In: a {@link TestRow}, the number of tests in the report and the label names.
 * Out: one plain sentence (what was compared, the values in words, and whether a difference is stated), and the
 * statistics behind it in words, including why the interval and the test disagree when they do.
 *
 * <p>A difference is stated only when the row is {@code significant}: the test passes after the
 * Benjamini-Hochberg correction over the whole report and its interval, when it has one, leaves out zero. Then
 * the side with the higher value is named first.
 */
final class TestProse {
  private final Words words;
  private final int tests;

  TestProse(Words words, int tests) {
    this.words = words;
    this.tests = tests;
  }

  /** What a contrast compares, as a noun phrase. */
  String what(TestRow t) {
    return switch (t.contrast()) {
      case "loaded-author" -> "how often they use loaded words in their own voice";
      case "loaded-quoted" -> "how often the quotes and reported speech they carry use loaded words";
      case "stance" -> "how favourably they write about " + t.subject() + " in their own voice";
      case "labels" -> "which name they use for " + words.group(group(t));
      case "sources-country" -> "which countries' voices they quote";
      case "sources-type" -> "which kinds of speakers (officials, experts, ...) they quote";
      case "sourcing" -> "how often they introduce " + speakers(t) + " with " + verbClass(t) + " verbs";
      case "frames" -> "how their frame cues are spread over the frames";
      default -> t.contrast() + (t.subject().isEmpty() ? "" : " (" + t.subject() + ")");
    };
  }

  private static String speakers(TestRow t) {
    String country = t.subject().substring(0, t.subject().indexOf('|'));
    return "unknown".equals(country) ? "speakers whose country is not known" : "speakers from "
        + Words.country(country);
  }

  /** The part after '|' of the subject: the verb class of a sourcing row, the counted name of a labels row. */
  private static String verbClass(TestRow t) {
    return t.subject().substring(t.subject().indexOf('|') + 1);
  }

  /** The values of both sides in words ("2.10 vs 0.40 per 100 words", "5 of 7 vs 0 of 9"). */
  String values(TestRow t, boolean flip) {
    String a = flip ? t.sideB() : t.sideA();
    String b = flip ? t.sideA() : t.sideB();
    if (t.countA() != null && t.countB() != null) {
      int ka = flip ? t.countB() : t.countA();
      int na = flip ? t.nB() : t.nA();
      int kb = flip ? t.countA() : t.countB();
      int nb = flip ? t.nA() : t.nB();
      String unit = t.contrast().equals("labels") ? " uses" : " attributions";
      if (t.contrast().equals("labels")) {
        String first = Words.quote(words.variant(group(t), verbClass(t)));
        return a + " writes " + first + " in " + ka + " of " + na + unit + ", " + b + " in " + kb + " of " + nb;
      }
      return a + ": " + ka + " of " + na + unit + "; " + b + ": " + kb + " of " + nb + unit;
    }
    Double va = flip ? t.valueB() : t.valueA();
    Double vb = flip ? t.valueA() : t.valueB();
    if (va == null || vb == null) {
      return a + ": " + Words.count(flip ? t.nB() : t.nA(), "item", "items") + "; " + b + ": "
          + Words.count(flip ? t.nA() : t.nB(), "item", "items");
    }
    String unit = switch (t.contrast()) {
      case "loaded-author" -> " loaded words per 100 of its own words";
      case "loaded-quoted" -> " loaded words per 100 quoted words";
      case "stance" -> " on a scale from \u22121 (negative) to +1 (positive)";
      default -> "";
    };
    return a + " " + Words.fmt(va, 2) + ", " + b + " " + Words.fmt(vb, 2) + unit;
  }

  /** The label group of a labels row (subject "group|name"). */
  private static String group(TestRow t) {
    int bar = t.subject().indexOf('|');
    return bar < 0 ? t.subject() : t.subject().substring(0, bar);
  }

  /** The plain sentence. */
  String sentence(TestRow t) {
    if ("TOO_LITTLE_DATA".equals(t.status())) {
      return Words.sentence("Too little data to tell whether " + t.sideA() + " and " + t.sideB() + " differ in "
          + what(t) + ": " + t.reason());
    }
    if (t.significant()) {
      boolean flip = higherIsB(t);
      String first = flip ? t.sideB() : t.sideA();
      String second = flip ? t.sideA() : t.sideB();
      String claim = switch (t.contrast()) {
        case "loaded-author" -> first + " uses loaded words in its own voice more often than " + second;
        case "loaded-quoted" -> first + " carries more loaded words in quotes and reported speech than " + second;
        case "stance" -> first + " writes about " + t.subject() + " more favourably than " + second;
        case "sourcing" -> first + " introduces " + speakers(t) + " with " + verbClass(t) + " verbs more often than "
            + second;
        default -> t.sideA() + " and " + t.sideB() + " differ in " + what(t);
      };
      boolean directed = !claim.contains(" differ in ");
      return Words.sentence(claim + " (" + values(t, directed && flip) + ")");
    }
    return Words.sentence("No clear difference between " + t.sideA() + " and " + t.sideB() + " in " + what(t)
        + " (" + values(t, false) + ")");
  }

  /** True when side B has the higher value, so B is named first. */
  private static boolean higherIsB(TestRow t) {
    if (t.countA() != null && t.countB() != null && t.nA() > 0 && t.nB() > 0) {
      return (double) t.countA() * t.nB() < (double) t.countB() * t.nA();
    }
    if (t.difference() != null) {
      return t.difference() < 0;
    }
    return t.valueA() != null && t.valueB() != null && t.valueA() < t.valueB();
  }

  /** The numbers behind the sentence, in words, with every term explained in the glossary. */
  String statistics(TestRow t) {
    if ("TOO_LITTLE_DATA".equals(t.status())) {
      return "Not tested (" + t.test() + "): " + t.reason() + ".";
    }
    List<String> parts = new ArrayList<>();
    boolean shares = t.countA() != null && t.countB() != null;
    if (t.difference() != null) {
      String d = shares
          ? "difference " + Words.fmt(100 * t.difference(), 0) + " percentage points"
          : "difference of means " + Words.fmt(t.difference(), 2);
      if (t.low() != null && t.high() != null) {
        d += shares
            ? ", 95% confidence interval " + Words.fmt(100 * t.low(), 0) + " to " + Words.fmt(100 * t.high(), 0)
            : ", 95% confidence interval " + Words.fmt(t.low(), 2) + " to " + Words.fmt(t.high(), 2);
      }
      parts.add(d + " (" + t.sideA() + " minus " + t.sideB() + ")");
    }
    if (t.effect() != null && !t.effectName().isEmpty()) {
      parts.add(t.effectName() + " " + Words.fmt(t.effect(), 2));
    }
    parts.add(t.test() + " p " + Words.pValue(t.p()));
    parts.add("adjusted for the " + tests + " tests in this report (Benjamini-Hochberg) q " + Words.pValue(t.q()));
    String s = Words.sentence(String.join("; ", parts));
    String why = agreement(t);
    return why.isEmpty() ? s : s + " " + why;
  }

  /** Why no difference is stated although the interval or the unadjusted test points to one ("" otherwise). */
  static String agreement(TestRow t) {
    boolean rawPasses = t.p() != null && t.p() < 0.05;
    boolean qPasses = t.q() != null && t.q() < 0.05;
    boolean interval = t.low() != null && t.high() != null;
    if (t.significant()) {
      return "";
    }
    if (qPasses && interval && !t.intervalExcludesZero()) {
      return "The test passes but the 95% interval includes zero: the two disagree (the test looks at "
          + basis(t) + ", the interval at the difference itself), so no difference is stated.";
    }
    if (t.intervalExcludesZero() && rawPasses) {
      return "The 95% interval leaves out zero and the test alone would pass, but not after adjusting for the "
          + "other tests in this report: with this many comparisons a difference of this size can come up by chance,"
          + " so it is not stated as a finding.";
    }
    if (t.intervalExcludesZero()) {
      return "The 95% interval leaves out zero but the test does not pass: the two disagree (the test looks at "
          + basis(t) + ", the interval at the difference itself), so no difference is stated.";
    }
    if (rawPasses) {
      return "The test alone would pass, but not after adjusting for the other tests in this report, so it is not "
          + "stated as a finding.";
    }
    return "";
  }

  private static String basis(TestRow t) {
    if (t.test().startsWith("Mann-Whitney")) {
      return "the ranks of the articles' values";
    }
    if (t.test().startsWith("Fisher")) {
      return "every table with these totals";
    }
    return "the whole table of counts";
  }
}
