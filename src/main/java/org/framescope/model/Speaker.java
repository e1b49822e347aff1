package org.framescope.model;

import java.util.Objects;
import java.util.Set;

/**
 * Who is speaking in a quote or reported speech.
 *
 * @param name the speaker's name as resolved in the article (e.g. "Maria Zakharova")
 * @param role role description ("Foreign Ministry spokeswoman") or null
 * @param country canonical country name or null
 * @param type one of {@link #TYPES}
 */
public record Speaker(String name, String role, String country, String type) {
  public static final Set<String> TYPES =
      Set.of("government", "military", "intelligence", "media", "expert", "public", "other");

  public Speaker {
    Objects.requireNonNull(name, "name");
    type = type == null ? "other" : type;
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("unknown speaker type: " + type);
    }
  }
}
