package org.framescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framescope.model.InputException;
import org.framescope.testing.Gzip;
import org.framescope.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
  @TempDir
  Path dir;

  private final List<InputException> errors = new ArrayList<>();

  private List<RawDocument> readAll(Ingestor ing, Path... paths) throws InputException {
    List<RawDocument> out = new ArrayList<>();
    for (Ingestor.InputRef r : Ingestor.expand(List.of(paths), errors::add)) {
      out.addAll(ing.read(r, errors::add));
    }
    return out;
  }

  private static Ingestor plain() {
    return new Ingestor(null, OutletRegistry.empty(), Ingestor.Options.defaults());
  }

  @Test
  void htmlMetadata() throws Exception {
    Path p = Files.writeString(dir.resolve("a.html"), """
        <html><head><title>Fallback | Site</title>
        <meta property="og:title" content="Port struck by drones">
        <meta property="og:site_name" content="Meridian Wire">
        <meta property="article:published_time" content="2024-03-05T08:00:00Z">
        <meta name="author" content="Ann Lee">
        <link rel="canonical" href="https://meridian.example/port">
        </head><body><p>Drones struck the port on Tuesday, officials said.</p></body></html>""");
    RawDocument d = readAll(plain(), p).get(0);
    assertEquals("Port struck by drones", d.title());
    assertEquals("Meridian Wire", d.outlet());
    assertEquals("2024-03-05", d.published());
    assertEquals("Ann Lee", d.author());
    assertEquals("https://meridian.example/port", d.url());
    assertEquals(RawDocument.Format.HTML, d.format());
    assertEquals(64, d.sha256().length());
  }

  @Test
  void textDumpTitleIsFirstNonEmptyLine() throws Exception {
    Path p = Files.writeString(dir.resolve("t.txt"), "\n\n  Sanctions widened  \nBody text here.\n");
    RawDocument d = readAll(plain(), p).get(0);
    assertEquals("Sanctions widened", d.title());
    assertEquals("t", d.id());
  }

  @Test
  void jsonlMalformedLineDoesNotStopOthers() throws Exception {
    Path p = Files.writeString(dir.resolve("c.jsonl"), """
        {"id":"a1","title":"One","text":"First article text.","outlet":"X","date":"2024-01-02","url":"https://x.example/1"}
        {"id":"a2", "title": broken
        {"id":"a3","html":"<html><body><p>Third article body.</p></body></html>","outlet":"Y"}
        {"id":"a4","title":"no text"}
        """);
    List<RawDocument> docs = readAll(plain(), p);
    assertEquals(List.of("a1", "a3"), docs.stream().map(RawDocument::id).toList());
    assertEquals("2024-01-02", docs.get(0).published());
    assertEquals(RawDocument.Format.HTML, docs.get(1).format());
    assertEquals(2, errors.size());
    assertTrue(errors.get(0).getMessage().startsWith(p + ":2: malformed JSON line"), errors.get(0).getMessage());
    assertTrue(errors.get(1).getMessage().startsWith(p + ":4: record has neither"), errors.get(1).getMessage());
  }

  @Test
  void jsonArrayAndSingleObject() throws Exception {
    Path a = Files.writeString(dir.resolve("arr.json"), "[{\"text\":\"A.\"},{\"text\":\"B.\",\"id\":\"b\"}]");
    Path o = Files.writeString(dir.resolve("one.json"), "{\"text\":\"Only.\",\"title\":\"T\"}");
    List<RawDocument> docs = readAll(plain(), a, o);
    assertEquals(List.of("arr#1", "b", "one"), docs.stream().map(RawDocument::id).toList());
    assertEquals(a + "#2", docs.get(1).source());
  }

  @Test
  void unknownExtensionIsAnErrorOnlyWhenNamed() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("corpus/sub"));
    Files.writeString(sub.resolve("x.txt"), "Title\nBody.");
    Files.writeString(dir.resolve("corpus/notes.md"), "# notes");
    Path pdf = Files.writeString(dir.resolve("paper.pdf"), "%PDF");
    List<Ingestor.InputRef> refs = Ingestor.expand(List.of(dir.resolve("corpus"), pdf, dir.resolve("missing.html")),
        errors::add);
    assertEquals(1, refs.size());
    assertEquals(2, errors.size());
    assertTrue(errors.get(0).getMessage().contains("unsupported file type '.pdf'"));
    assertTrue(errors.get(1).getMessage().contains("no such file"));
  }

  @Test
  void manifestAndRegistryFillMetadata() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("c"));
    Path f = Files.writeString(corpus.resolve("a.txt"), "Title\nBody text.");
    Path g = Files.writeString(corpus.resolve("b.html"),
        "<html><head><link rel=canonical href='https://www.rt.example/news/1'></head><body><p>Text.</p></body></html>");
    Path m = Files.writeString(corpus.resolve("manifest.csv"),
        "file,outlet,group,date,event\na.txt,Meridian Wire,independent,2024-02-01,port-strike\n");
    Path reg = Files.writeString(dir.resolve("outlets.tsv"), """
        #! name: outlets
        #! version: 1
        #! licence: test
        #! description: test registry
        #! columns: key, outlet, country, ownership, group, note
        rt.example\tRT Example\tRussia\tstate-controlled\tstate-controlled\t
        meridian wire\tMeridian Wire\tUnited Kingdom\tcommercial\tindependent\t
        """);
    Ingestor ing = new Ingestor(Manifest.read(m), OutletRegistry.load(reg), Ingestor.Options.defaults());
    List<RawDocument> docs = readAll(ing, f, g);
    RawDocument a = docs.get(0);
    assertEquals("Meridian Wire", a.outlet());
    assertEquals("2024-02-01", a.published());
    assertEquals("port-strike", a.meta().event());
    assertEquals("independent", a.meta().outletGroup());
    assertEquals("commercial", a.meta().ownership());
    RawDocument b = docs.get(1);
    assertEquals("RT Example", b.outlet());
    assertEquals("Russia", b.meta().country());
    assertNull(b.meta().event());
  }

  @Test
  void manifestRejectsBadDateAndUnknownColumn() throws Exception {
    Path m = Files.writeString(dir.resolve("m.csv"), "file,date\na.txt,March 5\n");
    InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> Manifest.read(m));
    assertTrue(e.getMessage().contains("m.csv:2") && e.getMessage().contains("not YYYY-MM-DD"), e.getMessage());
    Path m2 = Files.writeString(dir.resolve("m2.csv"), "file,colour\na.txt,red\n");
    e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> Manifest.read(m2));
    assertTrue(e.getMessage().contains("unknown manifest column 'colour'"), e.getMessage());
  }

  @Test
  void commandLineOverridesWin() throws Exception {
    Path f = Files.writeString(dir.resolve("a.txt"), "Title\nBody text.");
    Ingestor ing = new Ingestor(null, OutletRegistry.empty(), new Ingestor.Options("Given", "2020-01-01", 1000));
    RawDocument d = readAll(ing, f).get(0);
    assertEquals("Given", d.outlet());
    assertEquals("2020-01-01", d.published());
  }

  /**
   * A legacy corpus: each kind of input in windows-1252 ("\u2019" is byte 0x92), read with the encoding named,
   * beside a UTF-8 file; an HTML page's own charset still wins, even over a wrong UTF-8 claim only as far as the
   * bytes allow; without the encoding each is refused, named.
   */
  @Test
  void inputsInANamedLegacyEncoding() throws Exception {
    java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
    String word = "minister\u2019s";
    Path txt = Files.write(dir.resolve("a.txt"), ("Title\nThe " + word + " aide spoke.").getBytes(cp1252));
    Path html = Files.write(dir.resolve("b.html"), ("<html><head><title>T</title></head><body><p>The " + word
        + " aide spoke.</p></body></html>").getBytes(cp1252));
    Path wrongMeta = Files.write(dir.resolve("c.html"), ("<html><head><meta charset=\"utf-8\"><title>T</title>"
        + "</head><body><p>The " + word + " aide spoke.</p></body></html>").getBytes(cp1252));
    Path json = Files.write(dir.resolve("d.json"), ("{\"text\": \"The " + word + " aide spoke.\"}").getBytes(cp1252));
    Path jsonl = Files.write(dir.resolve("e.jsonl"), ("{\"text\": \"The " + word + " aide spoke.\"}\n"
        + "{\"text\": \"caf\u00e9 in UTF-8\"}\n").getBytes(cp1252));
    Files.write(jsonl, InputDecoderTest.concat(Files.readAllBytes(jsonl),
        "{\"text\": \"na\u00efve in UTF-8\"}\n".getBytes(StandardCharsets.UTF_8)));
    Path utf8 = Files.writeString(dir.resolve("f.txt"), "Title\nThe caf\u00e9 is open.");
    Ingestor legacy = new Ingestor(null, OutletRegistry.empty(), new Ingestor.Options(null, null, 100_000, cp1252));
    List<RawDocument> docs = readAll(legacy, txt, html, wrongMeta, json, jsonl, utf8);
    assertTrue(errors.isEmpty(), errors::toString);
    List<String> content = docs.stream().map(RawDocument::content).toList();
    for (int i = 0; i < 4; i++) {
      assertTrue(content.get(i).contains(word), content.get(i));
    }
    assertEquals(List.of("The " + word + " aide spoke.", "caf\u00e9 in UTF-8", "na\u00efve in UTF-8"),
        content.subList(4, 7));
    assertTrue(content.get(7).contains("caf\u00e9 is open"), "UTF-8 stays UTF-8");
    List<RawDocument> stdin = legacy.read(Ingestor.InputRef.stdin(("The " + word + " aide.").getBytes(cp1252)),
        errors::add);
    assertEquals("The " + word + " aide.", stdin.get(0).content());
    for (Path p : List.of(txt, html, json)) {
      InputException e = assertThrows(InputException.class, () -> readAll(plain(), p));
      assertTrue(e.reason().contains("--encoding"), e.getMessage());
    }
  }

  @Test
  void stdinIsSniffedHtmlJsonOrArticleText() throws Exception {
    List<RawDocument> html = plain().read(Ingestor.InputRef.stdin(
        "<html><head><title>T</title></head><body><p>The port was hit.</p></body></html>".getBytes()), errors::add);
    assertEquals(RawDocument.Format.HTML, html.get(0).format());
    assertEquals("-", html.get(0).source());
    List<RawDocument> json = plain().read(Ingestor.InputRef.stdin(
        "{\"title\": \"T\", \"text\": \"The port was hit.\"}".getBytes()), errors::add);
    assertEquals(RawDocument.Format.RECORD, json.get(0).format());
    List<RawDocument> text = plain().read(Ingestor.InputRef.stdin(
        "Port hit by drones\nThe port was hit by drones overnight.".getBytes()), errors::add);
    assertEquals(RawDocument.Format.RECORD, text.get(0).format());
    assertEquals("Port hit by drones", text.get(0).title());
    assertEquals("stdin", text.get(0).id());
    List<RawDocument> one = plain().read(Ingestor.InputRef.stdin("The port was hit.".getBytes()), errors::add);
    assertEquals("", one.get(0).title(), "a single sentence is the article, not a title");
    assertTrue(errors.isEmpty(), errors::toString);
  }

  @Test
  void aGzippedPageIsReadAsThePageItself() throws Exception {
    byte[] html = ("<html><head><title>Port struck | Wire</title><meta property=\"og:site_name\" content=\"Wire\">"
        + "</head><body><p>Drones struck the port on Tuesday, officials said.</p></body></html>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path plainDir = Files.createDirectories(dir.resolve("plain"));
    Path gzDir = Files.createDirectories(dir.resolve("gz"));
    Files.write(plainDir.resolve("a.html"), html);
    Files.write(gzDir.resolve("a.html.gz"), Gzip.of(html));
    Files.write(gzDir.resolve("t.TXT.GZ"), Gzip.of("Sanctions widened\nBody text here.\n".getBytes()));
    Files.write(gzDir.resolve("c.jsonl.gz"), Gzip.of("{\"text\":\"One.\"}\n".getBytes()));
    Files.write(gzDir.resolve("scan.pdf.gz"), Gzip.of("%PDF".getBytes()));
    RawDocument plainDoc = readAll(plain(), plainDir).get(0);
    List<RawDocument> docs = readAll(plain(), gzDir);
    assertEquals(List.of(), errors, "inside a directory an unsupported file is skipped");
    assertEquals(List.of("a", "c#1", "t"), docs.stream().map(RawDocument::id).toList());
    RawDocument gzDoc = docs.get(0);
    assertEquals(plainDoc.id(), gzDoc.id());
    assertEquals(plainDoc.sha256(), gzDoc.sha256(), "the input hash is the decompressed content's");
    assertEquals(plainDoc.content(), gzDoc.content());
    assertEquals("Wire", gzDoc.outlet());
    assertEquals(RawDocument.Format.HTML, gzDoc.format());
    assertEquals("Sanctions widened", docs.get(2).title());
    // named on the command line, an unsupported kind is an error that names its whole extension
    readAll(plain(), gzDir.resolve("scan.pdf.gz"));
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).getMessage().contains("unsupported file type '.pdf.gz'"), errors.get(0).getMessage());
  }
}
