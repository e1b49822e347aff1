package org.framescope.eval;

import org.framescope.clean.BoilerplateRemover;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framescope.resource.DataFile;
import org.framescope.model.CleanText;
import org.framescope.model.DocMeta;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.framescope.resource.Hashing;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Scores the cleaner against line-level gold labels (gold-annotations/boilerplate/README.md).
 * Input: a gold TSV and its page (text dump or HTML). Output: {@link Score} with body recall, precision,
 * share of boilerplate lines removed, and character-weighted variants. The scoring rule follows the
 * reference scorer {@code check_gold.py}: a line is present in the cleaned body when its normalised text is
 * a substring of it (lines under 25 characters must equal a whole paragraph). One difference: a glued
 * heading may stay in the body as its own paragraph (headings are part of the article); a glued part
 * counts as an error ({@code gluedLeft}) only while it is still attached to the sentence before it.
 */
public final class BoilerplateEvaluation {
  /** Scores for one page. */
  public record Score(String page, int bodyLines, int bodyKept, int boilerLines, int boilerRemoved,
                      int headings, int headingsKept, int gluedLeft, double charRecall, double charPrecision) {
    public double recall() {
      return bodyLines == 0 ? 1.0 : bodyKept / (double) bodyLines;
    }

    public double precision() {
      int present = bodyKept + (boilerLines - boilerRemoved);
      return present == 0 ? 1.0 : bodyKept / (double) present;
    }

    public double removed() {
      return boilerLines == 0 ? 1.0 : boilerRemoved / (double) boilerLines;
    }
  }

  private BoilerplateEvaluation() { }

  public static Score score(Path gold, Path page) throws InputException {
    DataFile g = DataFile.read(gold);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(page);
    } catch (java.io.IOException e) {
      throw new InputException(page.toString(), "cannot read page (" + e.getMessage() + ")");
    }
    String sha = g.header().get("sha256");
    if (sha != null && !sha.equalsIgnoreCase(Hashing.sha256(bytes))) {
      throw new InputException(page.toString(), "page differs from the one the gold was made for (SHA-256 mismatch)");
    }
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    boolean html = page.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.x?html?$");
    RawDocument doc = html
        ? org.framescope.ingest.HtmlReader.parse(page.getFileName().toString(), page.toString(), text, "0".repeat(64))
        : new RawDocument("gold", page.toString(), "", "", null, null, null, text, RawDocument.Format.TEXT,
            DocMeta.EMPTY, "0".repeat(64));
    CleanText clean = new BoilerplateRemover().clean(doc);
    String body = norm(clean.body());
    Set<String> paragraphs = new java.util.HashSet<>();
    for (String p : clean.body().split("\n\n")) {
      paragraphs.add(norm(p));
    }
    String[] lines = text.split("\n", -1);
    Map<Integer, Integer> glued = new HashMap<>();
    Map<Integer, String> labels = new LinkedHashMap<>();
    for (DataFile.Row r : g.rows()) {
      int line = Integer.parseInt(r.get("line"));
      if (r.get("label").equals("glued")) {
        glued.put(line, Integer.parseInt(r.get("offset")));
      } else {
        labels.put(line, r.get("label"));
      }
    }
    int bodyLines = 0, bodyKept = 0, boiler = 0, boilerRemoved = 0, headings = 0, headingsKept = 0, gluedLeft = 0;
    long bodyChars = 0, bodyCharsKept = 0, boilerCharsLeft = 0;
    for (Map.Entry<Integer, String> e : labels.entrySet()) {
      String raw = lineText(lines[e.getKey() - 1], html);
      Integer cut = glued.get(e.getKey());
      String t = norm(cut == null ? raw : raw.substring(0, Math.min(cut, raw.length())));
      if (cut != null && stillGlued(raw, cut, paragraphs)) {
        gluedLeft++;
      }
      boolean present = present(t, body, paragraphs);
      if (Boolean.getBoolean("framescope.debug") && present != e.getValue().equals("body")
          && !e.getValue().equals("heading") && !e.getValue().equals("title")) {
        System.err.println(page.getFileName() + ":" + e.getKey() + " " + e.getValue() + (present ? " kept: " : " lost: ")
            + t.substring(0, Math.min(80, t.length())));
      }
      switch (e.getValue()) {
        case "body" -> {
          bodyLines++;
          bodyChars += t.length();
          if (present) {
            bodyKept++;
            bodyCharsKept += t.length();
          }
        }
        case "boilerplate" -> {
          boiler++;
          if (!present) {
            boilerRemoved++;
          } else {
            boilerCharsLeft += t.length();
          }
        }
        case "heading" -> {
          headings++;
          if (present) {
            headingsKept++;
          }
        }
        default -> { }
      }
    }
    double cr = bodyChars == 0 ? 1 : bodyCharsKept / (double) bodyChars;
    double cp = bodyCharsKept + boilerCharsLeft == 0 ? 1 : bodyCharsKept / (double) (bodyCharsKept + boilerCharsLeft);
    return new Score(page.getFileName().toString(), bodyLines, bodyKept, boiler, boilerRemoved, headings, headingsKept,
        gluedLeft, cr, cp);
  }

  /**
   * A glued part is an error when it is still attached to the sentence before it: a glued heading may stay
   * in the body as its own paragraph (headings are part of the article), a glued link list may not.
   */
  private static boolean stillGlued(String raw, int cut, Set<String> paragraphs) {
    int c = Math.min(cut, raw.length());
    String before = norm(raw.substring(Math.max(0, c - 30), c));
    String after = norm(raw.substring(c, Math.min(raw.length(), c + 30)));
    return paragraphs.stream().anyMatch(p -> p.contains(before + after) || p.contains(before + " " + after));
  }

  private static boolean present(String t, String body, Set<String> paragraphs) {
    if (t.isEmpty()) {
      return false;
    }
    return t.length() < 25 ? paragraphs.contains(t) : body.contains(t);
  }

  private static String lineText(String line, boolean html) {
    if (!html) {
      return line;
    }
    Element b = Jsoup.parseBodyFragment(line).body();
    String t = b.text();
    if (t.isBlank()) {
      Element img = b.selectFirst("img[alt]");
      return img == null ? "" : img.attr("alt");
    }
    return t;
  }

  static String norm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("(?U)\\s+", " ").strip();
  }

  /** Scores every {@code *.gold.tsv} beside its page in a directory, and gold TSVs for pages elsewhere. */
  public static List<Score> scoreAll(List<Path[]> goldAndPage) throws InputException {
    List<Score> out = new ArrayList<>();
    for (Path[] gp : goldAndPage) {
      out.add(score(gp[0], gp[1]));
    }
    return out;
  }

  /** Prints a table: {@code java ... BoilerplateEvaluation GOLD PAGE [GOLD PAGE ...]}. */

}
