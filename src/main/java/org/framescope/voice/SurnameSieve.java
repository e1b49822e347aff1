package org.framescope.voice;

import org.framescope.model.Speaker;

/** A proper noun that is the last name of a person met earlier, though NER did not tag it PERSON ("Bloomberg"). */
final class SurnameSieve implements SpeakerSieve {
  @Override
  public Speaker resolve(SpeakerContext ctx, int si, int h) {
    PersonRef known = ctx.persons.knownSurname(si, h);
    return known == null ? null : known.toSpeaker();
  }
}
