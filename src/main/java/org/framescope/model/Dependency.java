package org.framescope.model;

/**
 * A basic/enhanced++ dependency edge between two tokens of one sentence.
 *
 * @param relation relation name (e.g. "nsubj", "ccomp", "obl:according_to")
 * @param governor token index of the head, or -1 for ROOT
 * @param dependent token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {
  public Dependency {
    if (dependent < 0 || governor < -1) {
      throw new IllegalArgumentException("bad dependency indices: " + governor + " -> " + dependent);
    }
  }
}
