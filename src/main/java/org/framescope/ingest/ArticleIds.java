package org.framescope.ingest;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Makes article ids unique within one run. Input: for each article in input order, the id its input gave and
 * fallbacks derived from where it came from. Output: the first candidate no earlier article has claimed.
 *
 * <p>Ids collide in ordinary corpora: two JSONL feeds that each number their records from 1, {@code story.html}
 * beside {@code story.txt}, the same file name in two folders given separately. The first article keeps its
 * id; a later one gets an id derived from its source ({@link #derived}: the path relative to the folder given,
 * with its extension, and {@code #N} for the N-th record of a corpus file), and if even that is taken,
 * {@code ~2}, {@code ~3} ... appended. The article keeps the id its input gave as {@code originalId}, and its
 * {@code source}. Claims are made in input order, so the same inputs always get the same ids.
 * Not thread-safe: one instance per run, used where results come in order.
 */
public final class ArticleIds {
  private final Set<String> used = new HashSet<>();
  private int renamed;

  /** The first candidate not yet claimed (null and blank candidates are skipped); claims it. */
  public String claim(String wanted, String... fallbacks) {
    Objects.requireNonNull(wanted, "wanted");
    String last = wanted;
    if (used.add(wanted)) {
      return wanted;
    }
    for (String f : fallbacks) {
      if (f == null || f.isBlank()) {
        continue;
      }
      last = f;
      if (used.add(f)) {
        renamed++;
        return f;
      }
    }
    for (int n = 2; ; n++) {
      String id = last + "~" + n;
      if (used.add(id)) {
        renamed++;
        return id;
      }
    }
  }

  /** How many articles got another id than the one their input gave. */
  public int renamed() {
    return renamed;
  }

  /**
   * The id derived from where a document came from: its file's path relative to the folder it was found in
   * (as given when named directly), '/'-separated, with the extension, and {@code #N} for the N-th record of a
   * corpus file ({@code feeds/b.jsonl#1}, {@code story.txt}).
   *
   * @param ref the input file
   * @param source the document's source ({@code path} or {@code path#N})
   */
  public static String derived(Ingestor.InputRef ref, String source) {
    if (ref.kind() == Ingestor.Kind.STDIN) {
      return source.startsWith(Ingestor.STDIN_NAME + "#") ? "stdin" + source.substring(1) : "stdin";
    }
    String file = (ref.root() == null ? ref.path() : ref.root().relativize(ref.path())).toString().replace('\\', '/');
    String record = "";
    int hash = source.lastIndexOf('#');
    if (hash > 0 && source.substring(hash + 1).matches("\\d+")) {
      record = source.substring(hash);
    }
    return file + record;
  }
}
