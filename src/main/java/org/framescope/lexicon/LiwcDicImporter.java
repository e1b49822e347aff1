package org.framescope.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.framescope.model.InputException;

/**
 * Reads a LIWC-style {@code .dic} dictionary.
 *
 * <p>Input: a file whose first block, between two lines holding only {@code %}, lists categories as
 * "id name" (extra words after the name are ignored), followed by entries "word id id ..." (tab or
 * space separated; a multi-word entry keeps its inner spaces; {@code abandon*} is a prefix match).
 * LIWC 2007 conditional cells such as "(02 134)125/464" are skipped. Output: a {@link Lexicon} with one
 * entry per (word, category), span category = prefix + category name (e.g. "liwc:posemo").
 * Unknown category ids, entries without ids and a missing header fail with file:line.
 */
public final class LiwcDicImporter implements LexiconImporter {
  private static final Pattern ID = Pattern.compile("\\d+");
  private static final Pattern CONDITIONAL = Pattern.compile("[\\d()/<>]+");
  private final String prefix;

  /** @param categoryPrefix put before each category name, e.g. "liwc:" (may be empty) */
  public LiwcDicImporter(String categoryPrefix) {
    this.prefix = Objects.requireNonNull(categoryPrefix, "categoryPrefix");
  }

  public LiwcDicImporter() {
    this("liwc:");
  }

  @Override
  public Lexicon read(Path path) throws InputException {
    ImportSupport.Source src = new ImportSupport.Source(path);
    String[] lines = src.text.split("\r?\n", -1);
    Map<String, String> ids = new LinkedHashMap<>();
    Map<String, String> categories = new LinkedHashMap<>();
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    if (i == lines.length || !lines[i].strip().equals("%")) {
      throw new InputException(src.at(Math.min(i + 1, lines.length)), "a .dic file must start with a '%' line");
    }
    i++;
    boolean closed = false;
    for (; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.equals("%")) {
        closed = true;
        i++;
        break;
      }
      String[] parts = line.split("\\s+");
      if (parts.length < 2 || !ID.matcher(parts[0]).matches()) {
        throw new InputException(src.at(i + 1), "category line must be 'id name', got '" + line + "'");
      }
      String id = normalizeId(parts[0]);
      if (ids.put(id, parts[1]) != null) {
        throw new InputException(src.at(i + 1), "category id " + parts[0] + " defined twice");
      }
      categories.put(prefix + parts[1], "LIWC-style category '" + parts[1] + "' (id " + parts[0] + ") from "
          + path.getFileName());
    }
    if (!closed) {
      throw new InputException(src.at(lines.length), "category block is not closed by a '%' line");
    }
    ImportSupport.Collector out = new ImportSupport.Collector();
    for (; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+");
      int k = parts.length;
      List<String> found = new ArrayList<>();
      while (k > 1 && (ID.matcher(parts[k - 1]).matches() || CONDITIONAL.matcher(parts[k - 1]).matches())) {
        if (ID.matcher(parts[k - 1]).matches()) {
          found.add(0, parts[k - 1]);
        }
        k--;
      }
      if (found.isEmpty()) {
        throw new InputException(src.at(i + 1), "entry '" + line + "' has no category id");
      }
      String word = String.join(" ", java.util.Arrays.copyOfRange(parts, 0, k));
      for (String id : found) {
        String name = ids.get(normalizeId(id));
        if (name == null) {
          throw new InputException(src.at(i + 1), "unknown category id " + id + " for '" + word + "'");
        }
        try {
          out.add(LexiconEntry.parse(word, prefix + name, 0, 0, List.of(), false, "", "", src.tag, i + 1));
        } catch (IllegalArgumentException e) {
          throw new InputException(src.at(i + 1), e.getMessage());
        }
      }
    }
    return Lexicon.of(src.name, src.version, src.tag, src.sha256, categories, out.entries());
  }

  private static String normalizeId(String id) {
    String s = id.replaceFirst("^0+(?=\\d)", "");
    return s;
  }
}
