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

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[\"\u201c\u201d\u00ab\u00bb]");

  /**
   * The text without double quotation marks (straight, curly, guillemets), spaces closed up; as it is when it has
   * none, or nothing else.
   */
  static String unquoted(String s) {
    if (!MARKS.matcher(s).find()) {
      return s;
    }
    String t = MARKS.matcher(s).replaceAll("").replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? s : t;
  }
}
