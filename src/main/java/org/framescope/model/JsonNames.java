package org.framescope.model;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON names of the model's closed vocabularies: the constant's name in lower case, '_' written '-'.
 * One place for the parsing that every such enum needs, so a bad value is rejected the same way everywhere.
 */
final class JsonNames {
  private JsonNames() { }

  static String of(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> Set<String> all(Class<E> type) {
    Set<String> out = new LinkedHashSet<>();
    for (E e : type.getEnumConstants()) {
      out.add(of(e));
    }
    return Collections.unmodifiableSet(out);
  }

  /** The constant whose JSON name is {@code json}; rejects anything else, naming the value and what is allowed. */
  static <E extends Enum<E>> E parse(Class<E> type, String what, String json) {
    for (E e : type.getEnumConstants()) {
      if (of(e).equals(json)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + what + " '" + json + "' (expected one of " + all(type) + ")");
  }
}
