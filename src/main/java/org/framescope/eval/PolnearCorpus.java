package org.framescope.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.framescope.model.InputException;
import org.framescope.resource.Hashing;
import org.framescope.model.AttributionSpans;
import org.framescope.model.TextRange;

/**
 * Reads one compartment of PolNeAR (Newell, Margolin and Ruths, LREC 2018): {@code DIR/text/<file>.txt} and
 * the BRAT standoff {@code DIR/attributions/<file>_<annotator>.ann} (also accepted beside the texts).
 *
 * <p>Input: the compartment folder. Output: the articles in file-name order, each with its text and one
 * {@link Annotation} per annotator file; an attribution is an {@code E} line tying an {@code Attribution}
 * (or {@code Attribution-no-source}) anchor to its {@code Cue}, {@code Source} and {@code Content} /
 * {@code Content2} ... text-bound annotations (character offsets, discontinuous ranges joined by {@code ;}).
 * An E line without a Cue role uses its anchor's range as the cue. {@code Discard} and {@code Discuss} spans,
 * annotator notes and text-bound annotations no E line uses are ignored. A malformed line, an offset outside
 * the text or a reference to an unknown id fails with an {@link InputException} naming file and line.
 */
public final class PolnearCorpus {
  private static final Pattern T_LINE = Pattern.compile("^(T\\d+)\\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\\t.*");
  private static final Pattern RECORD = Pattern.compile("^[A-Z#]\\d*\\t.*");

  /**
   * One annotator's attributions for an article.
   *
   * @param annotator annotator id from the file name ({@code ef2d})
   * @param file the .ann file
   * @param attributions in file order
   */
  public record Annotation(String annotator, Path file, List<AttributionSpans> attributions) {
    public Annotation {
      attributions = List.copyOf(attributions);
    }
  }

  /**
   * One article.
   *
   * @param id file name without {@code .txt}
   * @param text the article as the analysis sees it: the file's text with a line break that does not already
   *     end a paragraph doubled, so that every line is a paragraph as in a cleaned body ({@link #paragraphs});
   *     the annotations' offsets are mapped onto it
   * @param annotations one per annotator file, sorted by annotator
   */
  public record Article(String id, String text, List<Annotation> annotations) {
    public Article {
      annotations = List.copyOf(annotations);
    }
  }

  /**
   * The text with each single line break doubled (a cleaned body separates paragraphs with a blank line; a
   * quarter of PolNeAR's files break paragraphs with one newline, which CoreNLP would not treat as a sentence
   * end), and the map from old to new offsets ({@code map[i]} for i in 0..length).
   */
  static Object[] paragraphs(String text) {
    StringBuilder b = new StringBuilder(text.length() + 64);
    int[] map = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      map[i] = b.length();
      char c = text.charAt(i);
      b.append(c);
      if (c == '\n' && single(text, i)) {
        b.append('\n');
      }
    }
    map[text.length()] = b.length();
    return new Object[] {b.toString(), map};
  }

  private static boolean single(String text, int i) {
    int a = i - 1;
    while (a >= 0 && (text.charAt(a) == ' ' || text.charAt(a) == '\t')) {
      a--;
    }
    int z = i + 1;
    while (z < text.length() && (text.charAt(z) == ' ' || text.charAt(z) == '\t')) {
      z++;
    }
    return a >= 0 && z < text.length() && text.charAt(a) != '\n' && text.charAt(z) != '\n';
  }

  private static List<AttributionSpans> remap(List<AttributionSpans> as, int[] map) {
    List<AttributionSpans> out = new ArrayList<>(as.size());
    for (AttributionSpans a : as) {
      out.add(new AttributionSpans(remapRanges(a.source(), map), remapRanges(a.cue(), map),
          remapRanges(a.content(), map)));
    }
    return out;
  }

  private static List<TextRange> remapRanges(List<TextRange> rs, int[] map) {
    List<TextRange> out = new ArrayList<>(rs.size());
    for (TextRange r : rs) {
      int b = map[r.begin()];
      int e = r.end() == r.begin() ? b : map[r.end() - 1] + 1;
      out.add(new TextRange(b, e));
    }
    return out;
  }

  /**
   * A compartment.
   *
   * @param dir the folder read
   * @param sha256 hash over every text and annotation file (relative path and content hash, sorted)
   * @param articles articles with at least one annotation file, sorted by id
   */
  public record Compartment(Path dir, String sha256, List<Article> articles) {
    public Compartment {
      articles = List.copyOf(articles);
    }

    /** Attributions over all articles and annotators. */
    public int attributionCount() {
      return articles.stream().flatMap(a -> a.annotations().stream()).mapToInt(x -> x.attributions().size()).sum();
    }
  }

  private PolnearCorpus() { }

  /** Reads a compartment folder ({@code text/} plus {@code attributions/}). */
  public static Compartment read(Path dir) throws InputException {
    Path textDir = dir.resolve("text");
    Path annDir = Files.isDirectory(dir.resolve("attributions")) ? dir.resolve("attributions") : textDir;
    if (!Files.isDirectory(textDir)) {
      throw new InputException(dir.toString(), "not a PolNeAR compartment (no text/ folder)");
    }
    List<Path> texts = list(textDir, ".txt");
    List<Path> anns = list(annDir, ".ann");
    Map<String, List<Path>> annsByStem = new TreeMap<>();
    for (Path a : anns) {
      String name = a.getFileName().toString();
      String base = name.substring(0, name.length() - 4);
      int us = base.lastIndexOf('_');
      if (us <= 0) {
        throw new InputException(a.toString(), "annotation file name must be <file>_<annotator>.ann");
      }
      annsByStem.computeIfAbsent(base.substring(0, us), k -> new ArrayList<>()).add(a);
    }
    StringBuilder hash = new StringBuilder();
    List<Article> articles = new ArrayList<>();
    for (Path t : texts) {
      String name = t.getFileName().toString();
      String id = name.substring(0, name.length() - 4);
      List<Path> mine = annsByStem.remove(id);
      String text = readText(t);
      hash.append("text/").append(name).append(' ').append(Hashing.sha256(text)).append('\n');
      if (mine == null) {
        continue;
      }
      Object[] para = paragraphs(text);
      int[] map = (int[]) para[1];
      List<Annotation> annotations = new ArrayList<>();
      for (Path a : mine) {
        String an = a.getFileName().toString();
        String annotator = an.substring(id.length() + 1, an.length() - 4);
        String content = readText(a);
        hash.append("attributions/").append(an).append(' ').append(Hashing.sha256(content)).append('\n');
        annotations.add(new Annotation(annotator, a, remap(parse(a.toString(), content, text.length()), map)));
      }
      articles.add(new Article(id, (String) para[0], annotations));
    }
    if (!annsByStem.isEmpty()) {
      String stem = annsByStem.keySet().iterator().next();
      throw new InputException(annsByStem.get(stem).get(0).toString(), "no text file " + stem + ".txt for it");
    }
    if (articles.isEmpty()) {
      throw new InputException(dir.toString(), "no annotated articles found");
    }
    return new Compartment(dir, Hashing.sha256(hash.toString()), articles);
  }

  private static List<Path> list(Path dir, String ext) throws InputException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(ext)).sorted().toList();
    } catch (IOException e) {
      throw new InputException(dir.toString(), "cannot list folder (" + e.getMessage() + ")");
    }
  }

  private static String readText(Path p) throws InputException {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(p.toString(), "cannot read (" + e.getMessage() + ")");
    }
  }

  /**
   * Parses BRAT standoff. {@code where} names the file in errors; {@code textLength} bounds the offsets.
   * A text-bound annotation's covered text may run over several lines; only its offsets are used.
   */
  static List<AttributionSpans> parse(String where, String ann, int textLength) throws InputException {
    Map<String, List<TextRange>> ranges = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    List<Integer> eventLines = new ArrayList<>();
    String[] lines = ann.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (!RECORD.matcher(line).matches()) {
        continue; // blank, or the continuation of a multi-line covered text
      }
      int lineNo = i + 1;
      if (line.startsWith("T")) {
        Matcher m = T_LINE.matcher(line);
        if (!m.matches()) {
          throw new InputException(where + ":" + lineNo, "malformed text-bound annotation: " + abbreviate(line));
        }
        List<TextRange> rs = new ArrayList<>();
        for (String part : m.group(3).split(";")) {
          String[] be = part.split(" ");
          int b = Integer.parseInt(be[0]);
          int e = Integer.parseInt(be[1]);
          if (b > e || e > textLength) {
            throw new InputException(where + ":" + lineNo, "range " + b + "-" + e + " outside the text (length "
                + textLength + ")");
          }
          rs.add(new TextRange(b, e));
        }
        ranges.put(m.group(1), rs);
        types.put(m.group(1), m.group(2));
      } else if (line.startsWith("E")) {
        String[] cols = line.split("\t");
        if (cols.length < 2) {
          throw new InputException(where + ":" + lineNo, "malformed event line: " + abbreviate(line));
        }
        events.add(cols[1].trim().split("\\s+"));
        eventLines.add(lineNo);
      }
    }
    List<AttributionSpans> out = new ArrayList<>();
    for (int k = 0; k < events.size(); k++) {
      String at = where + ":" + eventLines.get(k);
      List<TextRange> source = new ArrayList<>();
      List<TextRange> cue = new ArrayList<>();
      List<TextRange> content = new ArrayList<>();
      List<TextRange> anchor = null;
      for (String arg : events.get(k)) {
        int colon = arg.indexOf(':');
        if (colon <= 0) {
          throw new InputException(at, "malformed event argument '" + arg + "'");
        }
        String role = arg.substring(0, colon);
        List<TextRange> rs = ranges.get(arg.substring(colon + 1));
        if (rs == null) {
          throw new InputException(at, "event refers to unknown annotation " + arg.substring(colon + 1));
        }
        if (role.startsWith("Attribution")) {
          anchor = rs;
        } else if (role.startsWith("Source")) {
          source.addAll(rs);
        } else if (role.startsWith("Cue")) {
          cue.addAll(rs);
        } else if (role.startsWith("Content")) {
          content.addAll(rs);
        } else {
          throw new InputException(at, "unknown event role '" + role + "'");
        }
      }
      if (cue.isEmpty()) {
        if (anchor == null) {
          throw new InputException(at, "event without cue or anchor");
        }
        cue.addAll(anchor);
      }
      out.add(new AttributionSpans(source, cue, content));
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
