package org.framescope.model;

import java.util.Objects;

/**
 * A block of input that cleaning removed, kept with the reason so nothing is silently lost.
 *
 * @param text the removed text
 * @param reason one of {@link #REASONS}
 */
public record RemovedBlock(String text, String reason) {
  public static final java.util.Set<String> REASONS = java.util.Set.of(
      "navigation", "ticker", "byline", "share", "caption", "related", "tags", "comments",
      "spam-links", "footer", "video", "heading", "other");

  public RemovedBlock {
    Objects.requireNonNull(text, "text");
    if (!REASONS.contains(reason)) {
      throw new IllegalArgumentException("unknown removal reason: " + reason);
    }
  }
}
