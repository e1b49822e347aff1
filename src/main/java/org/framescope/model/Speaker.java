package org.framescope.model;

import java.util.Objects;

/**
 * Who is speaking in a quote or reported speech.
 *
 * @param name the speaker's name as resolved in the article (e.g. "Maria Zakharova")
 * @param role role description ("Foreign Ministry spokeswoman") or null
 * @param country canonical country name or null
 * @param type what kind of voice (null is read as {@link SpeakerType#OTHER})
 */
public record Speaker(String name, String role, String country, SpeakerType type) {

  public Speaker {
    Objects.requireNonNull(name, "name");
    type = type == null ? SpeakerType.OTHER : type;
  }
}
