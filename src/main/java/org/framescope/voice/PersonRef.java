package org.framescope.voice;

import org.framescope.model.Speaker;
import org.framescope.model.SpeakerType;

/**
 * A person mentioned in the article, kept for pronoun, title and short-name resolution.
 *
 * @param name full name as first given ("Maria Zakharova")
 * @param last last word of the name
 * @param role role description or null ("Foreign Ministry spokeswoman")
 * @param country canonical country or null
 * @param type speaker type
 * @param gender 'm', 'f' or '?'
 * @param sentence sentence of this mention
 * @param token head token of this mention
 * @param subject whether this mention is a clause subject
 * @param titles lower-case words of the person's titles and honorifics, space-separated ("senator chairman")
 */
record PersonRef(String name, String last, String role, String country, SpeakerType type, char gender, int sentence,
                 int token, boolean subject, String titles) {
  Speaker toSpeaker() {
    return new Speaker(name, role, country, type);
  }

  /** The same person met again at another place. */
  PersonRef at(int si, int h, boolean isSubject) {
    return new PersonRef(name, last, role, country, type, gender, si, h, isSubject, titles);
  }

  /** Whether the person holds this title word (from role or honorific). */
  boolean holds(String title) {
    return (" " + titles + " ").contains(" " + title + " ");
  }
}
