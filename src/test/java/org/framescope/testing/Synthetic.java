package org.framescope.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framescope.classify.Labelled;
import org.framescope.classify.StanceLexicon;

/**
 * Synthetic labelled sentences for classifier tests that need no data: 60 sentences, every other one with a
 * loaded word (biased, with that word as its biased word), the rest with a neutral reporting verb.
 */
public final class Synthetic {
  public static final String[] LOADED = {"disgraceful", "radical", "shameful", "reckless", "outrageous", "corrupt"};
  public static final String[] NEUTRAL = {"announced", "reported", "scheduled", "published", "confirmed", "noted"};
  static final String[] SUBJECTS = {"The mayor", "The senator", "The council", "The agency", "The governor"};
  static final String[] OBJECTS = {"plan", "budget", "report", "meeting", "policy", "decision"};

  /** A two-entry valence lexicon for stance tests. */
  public static final StanceLexicon STANCE_LEX = new StanceLexicon(Map.of("praised", 2, "attacked", -2));

  private Synthetic() { }

  public static List<Labelled> sentences() {
    List<Labelled> out = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String subj = SUBJECTS[i % SUBJECTS.length];
      String obj = OBJECTS[(i / 5) % OBJECTS.length];
      if (i % 2 == 0) {
        String w = LOADED[(i / 2) % LOADED.length];
        out.add(new Labelled(subj + " pushed a " + w + " " + obj + " on Monday.", true, List.of(w), "x"));
      } else {
        String w = NEUTRAL[(i / 2) % NEUTRAL.length];
        out.add(new Labelled(subj + " " + w + " the " + obj + " on Monday.", false, List.of(), "x"));
      }
    }
    return out;
  }
}
