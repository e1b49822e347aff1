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
    name = unquoted(name); // 'the "Pose" actor said' is the Pose actor, not 'Pose" actor'
    role = role == null ? null : unquoted(role);
    type = type == null ? SpeakerType.OTHER : type;
  }

  /** The text without double quotation marks (straight, curly, guillemets), spaces closed up; unchanged if empty. */
  static String unquoted(String s) {
    if (s.indexOf('"') < 0 && s.indexOf('\u201c') < 0 && s.indexOf('\u201d') < 0 && s.indexOf('\u00ab') < 0
        && s.indexOf('\u00bb') < 0) {
      return s;
    }
    String t = s.replaceAll("[\"\u201c\u201d\u00ab\u00bb]", "").replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? s : t;
  }
}
