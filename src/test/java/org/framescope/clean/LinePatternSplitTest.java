package org.framescope.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link BoilerplateRemover#anyLinePattern} tries the anchored alternatives at the start only and searches for the
 * others; it must say what one find() over all the line patterns joined says. Random texts built from the words of
 * the patterns themselves, separators and digits, so both answers come up often.
 */
class LinePatternSplitTest {
  private static final Pattern JOINED = Pattern.compile(String.join("|",
      BoilerplateRemover.LINE_PATTERNS.values().stream().map(p -> "(?:" + p.pattern() + ")").toList()));

  @Test
  void alternativesAreSplitOutsideGroupsAndClassesOnly() {
    assertEquals(List.of("^a(b|c)", "[|x]d", "e\\|f", "[^)|]g"), BoilerplateRemover.alternatives("^a(b|c)|[|x]d|e\\|f|[^)|]g"));
    for (Pattern p : BoilerplateRemover.LINE_PATTERNS.values()) {
      assertEquals(p.pattern().substring(4), String.join("|", BoilerplateRemover.alternatives(p.pattern().substring(4))));
    }
  }

  @Test
  void sameAnswerAsOneSearchOverAllPatterns() {
    TreeSet<String> words = new TreeSet<>();
    for (Pattern p : BoilerplateRemover.LINE_PATTERNS.values()) {
      Matcher m = Pattern.compile("[a-z']{2,}").matcher(p.pattern().replace("\\b", " ").replace("\\s", " ")
          .replace("\\d", " "));
      while (m.find()) {
        words.add(m.group());
      }
    }
    List<String> pieces = new ArrayList<>(words);
    pieces.addAll(List.of(" ", " ", " ", ":", " | ", "12", "3:45", "(", ")", "\u00A9", ".", "?", "!", "/", "\u00BB",
        "John Smith", "By", "Photo", "2024-05-01", "Reuters", "All rights reserved"));
    SplittableRandom r = new SplittableRandom(11L);
    int hits = 0;
    int floatingOnly = 0;
    for (int trial = 0; trial < 100_000; trial++) {
      StringBuilder b = new StringBuilder();
      int k = r.nextInt(1, 8);
      for (int i = 0; i < k; i++) {
        b.append(pieces.get(r.nextInt(pieces.size())));
        if (r.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String t = r.nextBoolean() ? b.toString().strip() : b.toString();
      boolean expected = JOINED.matcher(t).find();
      assertEquals(expected, BoilerplateRemover.anyLinePattern(t), () -> "[" + t + "]");
      if (expected) {
        hits++;
        if (!JOINED.matcher(t).lookingAt()) {
          floatingOnly++;
        }
      }
    }
    int h = hits;
    int f = floatingOnly;
    assertTrue(h > 10_000 && f > 1_000, () -> "too few matching samples to mean anything: " + h + ", " + f);
  }
}
