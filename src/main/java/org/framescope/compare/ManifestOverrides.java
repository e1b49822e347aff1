package org.framescope.compare;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;

/**
 * Applies a corpus manifest (CSV with header {@code file,outlet,group,date,event}; only {@code file} is
 * required, other cells may be empty) to articles that were analysed without it. A row matches an article
 * whose {@code source} is the row's file (resolved against the manifest's folder) or has the same file
 * name. Non-empty cells replace the article's outlet, outletGroup, published and event. In: the manifest
 * path and articles. Out: the articles, changed where a row matched. A bad manifest fails with an
 * {@link InputException} naming the file (and line for a bad row).
 */
public final class ManifestOverrides {
  private static final Set<String> COLUMNS = Set.of("file", "outlet", "group", "date", "event");

  private record Row(String file, String outlet, String group, String date, String event) { }

  private final Map<String, Row> byPath = new HashMap<>();
  private final Map<String, Row> byName = new HashMap<>();

  private ManifestOverrides() { }

  /** Reads the manifest. */
  public static ManifestOverrides read(Path manifest) throws InputException {
    ManifestOverrides m = new ManifestOverrides();
    Path base = manifest.toAbsolutePath().getParent();
    try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
         CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
             .setIgnoreEmptyLines(true).build().parse(r)) {
      List<String> header = p.getHeaderNames();
      if (!header.contains("file")) {
        throw new InputException(manifest.toString(), "manifest has no 'file' column (header: " + header + ")");
      }
      for (String h : header) {
        if (!COLUMNS.contains(h)) {
          throw new InputException(manifest.toString(), "unknown manifest column: " + h);
        }
      }
      for (CSVRecord rec : p) {
        String file = get(rec, "file");
        if (file.isEmpty()) {
          throw new InputException(manifest + ":" + (rec.getRecordNumber() + 1), "empty file cell");
        }
        Row row = new Row(file, get(rec, "outlet"), get(rec, "group"), get(rec, "date"), get(rec, "event"));
        m.byPath.put(base.resolve(file).normalize().toString(), row);
        m.byName.put(Path.of(file).getFileName().toString(), row);
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new InputException(manifest.toString(), "cannot read manifest: " + e.getMessage(), e);
    }
    return m;
  }

  private static String get(CSVRecord rec, String col) {
    return rec.isMapped(col) && rec.isSet(col) ? rec.get(col).trim() : "";
  }

  /** The articles with matching rows applied, in the same order. */
  public List<ArticleResult> apply(List<ArticleResult> articles) {
    List<ArticleResult> out = new ArrayList<>();
    for (ArticleResult a : articles) {
      Row row = null;
      if (a.source() != null && !a.source().isBlank()) {
        try {
          Path src = Path.of(a.source());
          row = byPath.get(src.toAbsolutePath().normalize().toString());
          if (row == null && src.getFileName() != null) {
            row = byName.get(src.getFileName().toString());
          }
        } catch (java.nio.file.InvalidPathException e) {
          row = null;
        }
      }
      if (row == null) {
        out.add(a);
        continue;
      }
      out.add(new ArticleResult(a.schema(), a.id(), a.source(), a.title(), pick(row.outlet(), a.outlet()),
          pick(row.date(), a.published()), a.url(), pick(row.group(), a.outletGroup()), pick(row.event(), a.event()),
          a.outletCountry(), a.ownership(), a.body(), a.removed(), a.sentences(), a.attributions(), a.stance(),
          a.frames(), a.metrics(), a.flags(), a.provenance()));
    }
    return out;
  }

  private static String pick(String manifest, String article) {
    return manifest.isEmpty() ? article : manifest;
  }
}
