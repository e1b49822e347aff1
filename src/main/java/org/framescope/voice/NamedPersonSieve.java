package org.framescope.voice;

import org.framescope.model.Speaker;

/**
 * A source head that is (part of) a person's name, or a noun in apposition to one ("the N.C.A.A. president,
 * Mark Emmert, said"; also without commas, "His colleague Mark Dunn told", which CoreNLP parses as {@code dep}):
 * the person as {@link PersonTracker} describes it (name, role, country, type).
 */
final class NamedPersonSieve implements SpeakerSieve {
  @Override
  public Speaker resolve(SpeakerContext ctx, int si, int h) {
    DependencyView p = ctx.v.view(si);
    int[] span = PersonTracker.personSpan(p, h);
    if (span != null) {
      return ctx.persons.describe(si, span[0], span[1], h, -1).toSpeaker();
    }
    for (int k : p.kids.get(h)) {
      if (p.rel[k].equals("appos") || p.rel[k].equals("dep")) {
        int[] ps = PersonTracker.personSpan(p, k);
        if (ps != null && PersonTracker.apposition(p, k, ps[0])) {
          return ctx.persons.describe(si, ps[0], ps[1], k, h).toSpeaker();
        }
      }
    }
    return null;
  }
}
