package org.framescope.model;

/**
 * A problem with one input (unreadable file, bad format, empty text...). The message is one line
 * and names the input, so the CLI can print it as is and go on with the other inputs.
 */
public final class InputException extends Exception {
  private final String source;
  private final String reason;

  public InputException(String source, String reason) {
    super(source + ": " + reason);
    this.source = source;
    this.reason = reason;
  }

  public InputException(String source, String reason, Throwable cause) {
    super(source + ": " + reason, cause);
    this.source = source;
    this.reason = reason;
  }

  public String source() { return source; }

  public String reason() { return reason; }
}
