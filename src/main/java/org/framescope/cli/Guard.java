package org.framescope.cli;

import org.framescope.model.InputException;

/**
 * The error contract of the evaluation and training commands in one place: a bad input is one line on
 * stderr naming it, a bad setting one line naming the command; both exit 2.
 */
final class Guard {
  /** A command body that may fail on input. */
  @FunctionalInterface
  interface Body {
    int run() throws Exception;
  }

  private Guard() { }

  static int run(String command, Body body) throws Exception {
    try {
      return body.run();
    } catch (InputException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      System.err.println(command + ": " + e.getMessage());
      return 2;
    }
  }
}
