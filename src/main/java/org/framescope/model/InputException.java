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

  /**
   * An unexpected failure while reading or analysing an input, as one line: {@code what (Class: first line of its
   * message)}; a stack overflow is worded as input nested too deeply.
   */
  public static InputException failure(String source, String what, Throwable e) {
    String detail = e instanceof StackOverflowError ? "input nested too deeply"
        : String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    return new InputException(source, what + " (" + e.getClass().getSimpleName() + ": " + detail + ")", e);
  }

  public String source() { return source; }

  public String reason() { return reason; }
}
