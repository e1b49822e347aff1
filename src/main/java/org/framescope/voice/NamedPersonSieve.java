package org.framescope.voice;

import org.framescope.model.Speaker;

/**
 * A source head that is (part of) a person's name, or a noun in apposition to one ("the N.C.A.A. president,
 * Mark Emmert, said"; also without commas, "His colleague Mark Dunn told", which CoreNLP parses as {@code dep}; and
 * after a role's affiliation, "the spokeswoman for the ministry, Maria Zakharova", where the parser hangs the name
 * from "ministry"):
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
    int[] named = PersonTracker.apposedName(ctx.v, si, h);
    return named == null ? null : ctx.persons.describe(si, named[0], named[1], named[2], h).toSpeaker();
  }
}
