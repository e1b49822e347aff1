package org.framescope.lexicon;

import org.framescope.resource.DataFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.framescope.model.InputException;

/** Helpers shared by the {@link LexiconImporter} implementations (package-private). */
final class ImportSupport {
  private ImportSupport() { }

  /** File bytes and derived provenance, shared by the importers. */
  static final class Source {
    final Path path;
    final String text;
    final String sha256;
    final String tag;
    final String name;
    final String version;

    Source(Path path) throws InputException {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(path);
      } catch (IOException e) {
        throw new InputException(path.toString(), "cannot read dictionary file (" + e.getMessage() + ")");
      }
      String t = new String(bytes, StandardCharsets.UTF_8);
      this.text = t.startsWith("\uFEFF") ? t.substring(1) : t;
      this.path = path;
      this.sha256 = DataFile.sha256(bytes);
      this.version = "sha256-" + sha256.substring(0, 12);
      String file = path.getFileName().toString();
      int dot = file.lastIndexOf('.');
      this.name = dot > 0 ? file.substring(0, dot) : file;
      this.tag = "lexicon:" + file + "@" + version;
    }

    String at(int line) {
      return path + ":" + line;
    }

    /** The lines that hold data (not blank, not a '#' comment), stripped, with their 1-based line numbers. */
    List<Line> dataLines() {
      List<Line> out = new ArrayList<>();
      String[] lines = text.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(new Line(i + 1, line));
        }
      }
      return out;
    }
  }

  /** One data line of a dictionary file and its 1-based number. */
  record Line(int number, String text) { }

  /** Collects entries, dropping exact duplicates. */
  static final class Collector {
    private final List<LexiconEntry> entries = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    void add(LexiconEntry e) {
      if (keys.add(e.key())) {
        entries.add(e);
      }
    }

    List<LexiconEntry> entries() {
      return entries;
    }
  }
}
