package org.framescope.model;

import java.util.List;
import java.util.Objects;

/**
 * Output of cleaning: the article body and what was removed.
 *
 * @param title cleaned title ("" when unknown)
 * @param body body text, paragraphs separated by a blank line ("\n\n")
 * @param removed removed blocks in input order
 * @param flags quality flags such as "keyword stuffing"
 */
public record CleanText(String title, String body, List<RemovedBlock> removed, List<String> flags) {
  public CleanText {
    Objects.requireNonNull(body, "body");
    title = title == null ? "" : title;
    removed = List.copyOf(removed);
    flags = List.copyOf(flags);
  }
}
