package org.framescope.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises the date strings found in meta tags and records to ISO YYYY-MM-DD (or null). */
public final class Dates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  private Dates() { }

  /** Returns YYYY-MM-DD for strings starting with an ISO date (time and zone ignored), else null. */
  public static String normalize(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    Matcher m = ISO.matcher(s.trim());
    if (!m.lookingAt()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Like {@link #normalize} but fails on a non-empty value that is not a date. */
  public static String require(String source, String s) throws org.framescope.model.InputException {
    if (s == null || s.isBlank()) {
      return null;
    }
    String d = normalize(s);
    if (d == null) {
      throw new org.framescope.model.InputException(source, "date '" + s + "' is not YYYY-MM-DD");
    }
    return d;
  }

  static boolean isIso(String s) {
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
