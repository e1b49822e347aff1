package org.framescope.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.framescope.model.DocMeta;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;

/**
 * The ingestion stage. Input: paths given on the command line (files or directories, walked recursively in
 * sorted order), an optional manifest, the outlet registry and command-line overrides. Output: for each
 * input file, the {@link RawDocument}s it holds, with outlet, group, country, ownership, date and event
 * filled from (in order of precedence) the command line, the manifest, the page's own metadata and the
 * outlet registry. Problems are reported per input through a callback; other inputs go on.
 */
public final class Ingestor {
  /**
   * One input file and its kind; {@code root} is the directory it was found under (null for a file named
   * directly), so ids can be the path relative to it ("odesa-port-strike/meridian-wire").
   */
  public record InputRef(Path path, Kind kind, Path root, byte[] data) {
    public InputRef {
      if ((kind == Kind.STDIN) != (data != null)) {
        throw new IllegalArgumentException("data must be given exactly for STDIN inputs, got kind " + kind);
      }
    }

    public InputRef(Path path, Kind kind, Path root) {
      this(path, kind, root, null);
    }

    public InputRef(Path path, Kind kind) {
      this(path, kind, null, null);
    }

    /** One article read from standard input (already read into memory, at most the size limit). */
    public static InputRef stdin(byte[] data) {
      return new InputRef(Path.of(STDIN_NAME), Kind.STDIN, null, data);
    }

    /**
     * The id of a document read from this file: relative path without extension (and without a ".gz" before it, so
     * {@code a.html.gz} is {@code a} as {@code a.html} is), '/'-separated.
     */
    public String id() {
      if (kind == Kind.STDIN) {
        return "stdin";
      }
      Path rel = root == null ? path.getFileName() : root.relativize(path);
      String s = withoutGz(rel.toString().replace('\\', '/'));
      int dot = s.lastIndexOf('.');
      return dot > s.lastIndexOf('/') + 1 ? s.substring(0, dot) : s;
    }
  }

  /** Supported input kinds by extension, and standard input (whose content says what it is). */
  public enum Kind {
    HTML, TEXT, JSON, JSONL, STDIN;

    /** A corpus file: many records, each an article (JSON, JSONL). */
    public boolean corpus() {
      return this == JSON || this == JSONL;
    }
  }

  /** The name without a final ".gz" (any case). */
  static String withoutGz(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  /** The extensions read, for messages. */
  public static final String EXTENSIONS = ".html, .htm, .txt, .json, .jsonl (each may be gzipped: .html.gz ...)";

  /** How standard input is named on the command line and in error messages. */
  public static final String STDIN_NAME = "-";

  /**
   * Command-line overrides and limits.
   *
   * @param encoding the encoding of inputs that are not UTF-8 and have no byte order mark (and, for HTML, no charset
   *     of their own: {@link InputDecoder#decodeText}); null: such inputs are refused
   */
  public record Options(String outlet, String date, long maxBytes, java.nio.charset.Charset encoding) {
    public Options {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxBytes must be > 0, got " + maxBytes);
      }
      encoding = java.nio.charset.StandardCharsets.UTF_8.equals(encoding) ? null : encoding;
    }

    /** Options for UTF-8 inputs. */
    public Options(String outlet, String date, long maxBytes) {
      this(outlet, date, maxBytes, null);
    }

    public static Options defaults() {
      return new Options(null, null, InputDecoder.DEFAULT_MAX_BYTES);
    }
  }

  private final Manifest manifest;
  private final OutletRegistry outlets;
  private final Options options;

  public Ingestor(Manifest manifest, OutletRegistry outlets, Options options) {
    this.manifest = manifest;
    this.outlets = outlets;
    this.options = options;
  }

  /**
   * The manifest rows that name nothing after this ingestor has read its inputs (see
   * {@link Manifest#rowsWithoutFile()}); empty without a manifest.
   */
  public List<InputException> manifestRowsWithoutFile() {
    return manifest == null ? List.of() : manifest.rowsWithoutFile();
  }

  /** Kind of a file by extension (after a ".gz", which any kind may add), or empty when unsupported. */
  public static Optional<Kind> kindOf(Path p) {
    String n = withoutGz(p.getFileName().toString().toLowerCase(Locale.ROOT));
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return Optional.of(Kind.HTML);
    }
    if (n.endsWith(".txt") || n.endsWith(".text")) {
      return Optional.of(Kind.TEXT);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Optional.of(Kind.JSONL);
    }
    if (n.endsWith(".json")) {
      return Optional.of(Kind.JSON);
    }
    return Optional.empty();
  }

  /**
   * Expands paths into input files. Explicit files with an unsupported extension are errors; inside
   * directories such files (manifests, READMEs, images) are skipped, as are hidden files and framescope's own
   * run and report documents ({@code run.json}, {@code report.json}: metadata beside the articles of an earlier
   * run, never articles). A directory that holds no input file at all is an error, not silence.
   */
  public static List<InputRef> expand(List<Path> paths, Consumer<InputException> errors) {
    List<InputRef> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        int before = out.size();
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> !hidden(p, f))
              .sorted()
              .forEach(f -> kindOf(f).filter(k -> !isRunMetadata(f, k)).ifPresent(k -> out.add(new InputRef(f, k, p))));
        } catch (IOException | java.io.UncheckedIOException e) {
          errors.accept(new InputException(p.toString(), "cannot list directory (" + e.getMessage() + ")"));
          continue;
        }
        if (out.size() == before) {
          errors.accept(new InputException(p.toString(),
              "no input files in this directory (looked for " + EXTENSIONS + ")"));
        }
      } else if (Files.isRegularFile(p) && kindOf(p).isPresent() && isRunMetadata(p, kindOf(p).get())) {
        errors.accept(new InputException(p.toString(), "framescope run metadata ("
            + org.framescope.io.ArticleJson.framescopeSchema(p).orElse("") + "), not an article or input record"));
      } else if (!Files.exists(p)) {
        errors.accept(new InputException(p.toString(), "no such file or directory"));
      } else {
        Optional<Kind> k = kindOf(p);
        if (k.isEmpty()) {
          String n = p.getFileName().toString();
          String bare = withoutGz(n);
          int dot = bare.lastIndexOf('.');
          errors.accept(new InputException(p.toString(), "unsupported file type '"
              + (dot >= 0 ? n.substring(dot) : n) + "' (expected " + EXTENSIONS + ")"));
        } else {
          out.add(new InputRef(p, k.get()));
        }
      }
    }
    return out;
  }

  /** A hidden file or a file inside a hidden folder (staging folders of a run in progress) below {@code root}. */
  private static boolean hidden(Path root, Path f) {
    for (Path part : root.relativize(f)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** A framescope document that is not an article: the run summary or a comparison report. */
  static boolean isRunMetadata(Path f, Kind k) {
    if (k != Kind.JSON) {
      return false;
    }
    return org.framescope.io.ArticleJson.framescopeSchema(f)
        .filter(s -> !s.startsWith(org.framescope.model.ArticleResult.SCHEMA)).isPresent();
  }

  /**
   * The checks that need no parsing, made on every input file before the models load (seconds), so a run whose
   * inputs are all unusable fails at once: the file exists and is readable, is not empty, is within the size
   * limit, and its first bytes are text. The full check happens when it is read.
   */
  public void check(InputRef ref) throws InputException {
    if (ref.kind() == Kind.STDIN) {
      return;
    }
    if (ref.kind() == Kind.JSONL) {
      JsonlRecords.check(ref.path()); // no size limit: a corpus run reads it a record at a time (records)
      return;
    }
    InputDecoder.check(ref.path(), ref.kind() == Kind.JSON ? corpusLimit() : options.maxBytes(), options.encoding());
  }

  /** A JSON corpus file is read whole: this much at most. */
  private long corpusLimit() {
    return Math.max(options.maxBytes(), InputDecoder.DEFAULT_MAX_CORPUS_BYTES);
  }

  /**
   * A JSONL input's records, one at a time ({@link JsonlRecords}), each as {@link #read} gives it: a corpus of any
   * size in bounded memory. A record's line may be as long as the article limit, at least
   * {@link InputDecoder#DEFAULT_MAX_BYTES}.
   */
  public JsonlRecords records(InputRef ref) throws InputException {
    if (ref.kind() != Kind.JSONL) {
      throw new IllegalArgumentException("records are read one at a time from JSONL files, not " + ref.kind());
    }
    Path p = ref.path();
    return JsonlRecords.open(p, p.toString(), ref.id(), Math.max(options.maxBytes(), InputDecoder.DEFAULT_MAX_BYTES),
        options.encoding(), d -> enrich(d, p));
  }

  /** Reads one input file into documents; record-level errors go to the callback. */
  public List<RawDocument> read(InputRef ref, Consumer<InputException> errors) throws InputException {
    Path p = ref.path();
    String source = p.toString();
    String id = ref.id();
    List<RawDocument> docs = new ArrayList<>();
    switch (ref.kind()) {
      case HTML -> docs.add(HtmlReader.read(id, source, InputDecoder.readBytes(p, options.maxBytes()),
          options.encoding()));
      case TEXT -> docs.add(TextReader.read(id, source, InputDecoder.read(p, options.maxBytes(), options.encoding())));
      case JSON -> docs.addAll(JsonRecordReader.readJson(source, id,
          InputDecoder.read(p, corpusLimit(), options.encoding()).text(), errors));
      case JSONL -> {
        // all records at once, held in memory: within the corpus limit, as a JSON file
        try (JsonlRecords records = records(ref)) {
          for (RawDocument d = records.next(errors); d != null; d = records.next(errors)) {
            docs.add(d);
            if (records.bytesRead() > corpusLimit()) {
              throw new InputException(source, String.format(Locale.ROOT, "too large to read whole (over %.1f MB;"
                  + " analyze and compare read JSONL a record at a time)", corpusLimit() / 1048576.0));
            }
          }
        }
        return docs;
      }
      case STDIN -> docs.addAll(readStdin(ref.data(), options.encoding(), errors));
      default -> throw new IllegalStateException("unhandled kind " + ref.kind());
    }
    List<RawDocument> out = new ArrayList<>(docs.size());
    for (RawDocument d : docs) {
      out.add(enrich(d, p));
    }
    return out;
  }

  /**
   * One article from standard input: an HTML page when it starts with a tag, a JSON record when it starts
   * with '{', else the article's text (a record: only positive evidence removes a line; a first line that
   * reads as a headline, short and without a full stop, is the title).
   */
  static List<RawDocument> readStdin(byte[] data, java.nio.charset.Charset encoding, Consumer<InputException> errors)
      throws InputException {
    String text = InputDecoder.decodeText(STDIN_NAME, data, encoding);
    String head = text.stripLeading();
    if (head.startsWith("<")) {
      return List.of(HtmlReader.read("stdin", STDIN_NAME, data, encoding));
    }
    if (head.startsWith("{")) {
      return JsonRecordReader.readJson(STDIN_NAME, "stdin", text, errors);
    }
    String[] lines = head.split("\r?\n", 2);
    String first = lines[0].strip();
    boolean headline = lines.length > 1 && !lines[1].isBlank() && first.split("\\s+").length <= 20
        && !first.matches(".*[.!?…:;][\"”’')]*$");
    return List.of(new RawDocument("stdin", STDIN_NAME, headline ? first : "", "", null, null, null, text,
        RawDocument.Format.RECORD, DocMeta.EMPTY, org.framescope.resource.Hashing.sha256(data)));
  }

  private RawDocument enrich(RawDocument d, Path file) {
    int hash = d.source().lastIndexOf('#');
    int record = hash > 0 && d.source().substring(hash + 1).matches("\\d+")
        ? Integer.parseInt(d.source().substring(hash + 1)) : 0;
    Manifest.Entry m = manifest == null ? null
        : (record > 0 ? manifest.lookup(file, record) : manifest.lookup(file)).orElse(null);
    String outlet = first(options.outlet(), m == null ? null : m.outlet(), d.outlet());
    String date = first(options.date(), m == null ? null : m.date(), d.published());
    Optional<OutletRegistry.Outlet> reg = outlets.lookup(outlet, d.url());
    if ((outlet == null || outlet.isEmpty()) && reg.isPresent()) {
      outlet = reg.get().name();
    }
    String group = first(m == null ? null : m.group(), d.meta().outletGroup(),
        reg.map(OutletRegistry.Outlet::group).orElse(null));
    DocMeta meta = new DocMeta(group, first(m == null ? null : m.event(), d.meta().event()),
        reg.map(OutletRegistry.Outlet::country).orElse(null),
        reg.map(OutletRegistry.Outlet::ownership).orElse(null));
    return d.withOutlet(outlet == null ? "" : outlet).withPublished(date).withMeta(meta);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
