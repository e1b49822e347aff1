package org.framescope.gold;

import java.util.Objects;

/**
 * One problem found in a gold file.
 *
 * @param file the gold file as given
 * @param documentId the document id, or "" when the problem is not inside a document
 * @param annotationIndex 0-based index of the annotation in the file as written, or -1
 * @param message one-line reason
 */
public record GoldProblem(String file, String documentId, int annotationIndex, String message) {
  public GoldProblem {
    Objects.requireNonNull(file, "file");
    documentId = documentId == null ? "" : documentId;
    Objects.requireNonNull(message, "message");
  }

  /** One line: {@code file: document 'id' annotation #i: message}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (!documentId.isEmpty()) {
      sb.append(": document '").append(documentId).append('\'');
    }
    if (annotationIndex >= 0) {
      sb.append(documentId.isEmpty() ? ": " : " ").append("annotation #").append(annotationIndex);
    }
    return sb.append(": ").append(message).toString();
  }
}
