package org.framescope.compare;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.framescope.model.Attribution;
import org.framescope.stats.Comparisons;
import org.framescope.stats.Significance;
import org.framescope.stats.TestResult;

/**
 * How each side introduces the speakers of each country ({@code sourcing}, subject {@code country|verbClass}): for
 * the verb classes distancing ("claimed"), endorsing ("confirmed") and emotive ("warned"), the share of that
 * country's attributions introduced with such a verb (Fisher's exact test with a Newcombe interval).
 */
public final class VerbClassContrast implements Contrast {
  /** The verb classes contrasted (neutral is what remains). */
  public static final List<String> NON_NEUTRAL = List.of("distancing", "endorsing", "emotive");

  @Override
  public void compare(Pair pair, Results out) {
    List<Attribution> aa = Attributions.of(pair.articlesA());
    List<Attribution> ab = Attributions.of(pair.articlesB());
    SortedSet<String> countries = new TreeSet<>();
    aa.forEach(x -> countries.add(Attributions.country(x)));
    ab.forEach(x -> countries.add(Attributions.country(x)));
    int minCount = pair.config().minCount();
    for (String c : countries) {
      List<Attribution> ca = aa.stream().filter(x -> Attributions.country(x).equals(c)).toList();
      List<Attribution> cb = ab.stream().filter(x -> Attributions.country(x).equals(c)).toList();
      for (String v : NON_NEUTRAL) {
        int ka = (int) ca.stream().filter(x -> x.verbClass().json().equals(v)).count();
        int kb = (int) cb.stream().filter(x -> x.verbClass().json().equals(v)).count();
        if (ka + kb == 0) {
          continue;
        }
        int na = ca.size();
        int nb = cb.size();
        Significance sig;
        if (na < minCount || nb < minCount) {
          sig = Significance.of(TestResult.tooLittleData("Fisher's exact test", "only " + na + " and " + nb
              + " attributions (at least " + minCount + " each are needed)", List.of(na, nb)));
          if (na > 0 && nb > 0) {
            sig = sig.withGroupValues((double) ka / na, (double) kb / nb);
          }
        } else {
          sig = Comparisons.proportions(ka, na, kb, nb, 0.95);
        }
        out.test(pair, "sourcing", c + "|" + v, sig, ka, na, kb, nb);
      }
    }
  }
}
