package org.framescope.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * What the speaker sieves know while the article is read in order: the document view, the persons met so far
 * ({@link PersonTracker}), the speakers attributed so far and the organisation and country mentions so far.
 * One per analysis, filled sentence by sentence by {@link SpeakerResolver}.
 */
final class SpeakerContext {
  final DocView v;
  final ActorRegistry actors;
  final VoiceWords words;
  final PersonTracker persons;
  final List<SpeakerRef> speakers = new ArrayList<>();
  final List<ActorMention> orgMentions = new ArrayList<>();

  SpeakerContext(DocView v, ActorRegistry actors, VoiceWords words) {
    this.v = v;
    this.actors = actors;
    this.words = words;
    this.persons = new PersonTracker(v, actors, words);
  }

  /** The speaker a registry mention names: a country by its canonical name, anything else as written. */
  static org.framescope.model.Speaker fromMention(ActorMention m) {
    String text = m.text();
    if (text.regionMatches(true, 0, "the ", 0, 4)) {
      text = text.substring(4);
    }
    return new org.framescope.model.Speaker(m.actor().kind().equals("country") ? m.actor().canonical() : text, null,
        m.actor().country(), m.actor().type());
  }
}
