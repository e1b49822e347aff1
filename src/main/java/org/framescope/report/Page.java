package org.framescope.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The frame of every framescope page: head, stylesheet, the highlight switches and the {@code .page} container.
 * The switches are checkboxes placed before the container, so the stylesheet can show or hide each highlight layer
 * without any script: the pages carry none, which keeps them safe to open with hostile article text and lets the
 * server forbid scripts outright. Built with jsoup's element API, so every text is escaped.
 */
public final class Page {
  /** How the stylesheet reaches the page. */
  public enum Styles {
    /** Copied into a style element: a self-contained file (report.html, analyze --format html). */
    INLINE,
    /** Linked from {@value #STYLESHEET_PATH}: the server, whose Content-Security-Policy allows no inline style. */
    LINKED
  }

  /** Where the server serves the stylesheet. */
  public static final String STYLESHEET_PATH = "/assets/framescope.css";

  private static final String CSS = resource("framescope.css");

  private Page() { }

  /** The stylesheet's text (the classpath resource {@code framescope.css} beside this class). */
  public static String css() {
    return CSS;
  }

  static String resource(String name) {
    try (InputStream in = Page.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A new page: head with title and stylesheet, the switches (on as {@link Layers#onByDefault} says) and an empty
   * {@code .page} container, returned for the caller to fill; {@link #html} gives the text.
   */
  public static Element create(String title, Styles styles) {
    return create(title, styles, true);
  }

  /** As {@link #create(String, Styles)}; without the highlight switches when {@code switches} is false. */
  public static Element create(String title, Styles styles, boolean switches) {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.xhtml);
    doc.selectFirst("html").attr("lang", "en");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    doc.title(title);
    if (styles == Styles.INLINE) {
      doc.head().appendElement("style").appendChild(new DataNode(CSS));
    } else {
      doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", STYLESHEET_PATH);
    }
    Element body = doc.body();
    if (switches) {
      for (Layers.Layer l : Layers.ALL) {
        switchFor(body, l.key(), Layers.onByDefault(l.key()));
      }
      switchFor(body, Layers.SENTENCE_BIAS.key(), Layers.onByDefault(Layers.SENTENCE_BIAS.key()));
    }
    Element page = body.appendElement("div").addClass("page");
    if (styles == Styles.LINKED && switches) {
      // a page of the server: the way back to the form
      page.appendElement("p").addClass("noprint").addClass("meta").appendElement("a").attr("href", "/")
          .text("\u2190 New analysis");
    }
    return page;
  }

  private static void switchFor(Element body, String key, boolean on) {
    Element in = body.appendElement("input").attr("type", "checkbox").addClass("toggle").attr("id", "t-" + key)
        .attr("aria-label", "show " + Layers.layer(key).name());
    if (on) {
      in.attr("checked", "checked");
    }
  }

  /**
   * The bar of switches: one per layer, its name and precision, and a link to the glossary. {@code present} are the
   * layers the page's articles have (the others are left out to keep the bar short).
   */
  public static void toolbar(Element page, java.util.Set<String> present) {
    Element nav = page.appendElement("nav").addClass("toolbar").attr("aria-label", "Highlights");
    nav.appendElement("span").addClass("lead").text("Show:");
    for (Layers.Layer l : Layers.ALL) {
      if (present.contains(l.key())) {
        key(nav, l);
      }
    }
    if (present.contains(Layers.SENTENCE_BIAS.key())) {
      key(nav, Layers.SENTENCE_BIAS);
    }
    nav.appendElement("a").attr("href", "#glossary").text("How to read this");
  }

  private static void key(Element nav, Layers.Layer l) {
    nav.appendElement("label").addClass("key").addClass("k-" + l.key()).attr("for", "t-" + l.key())
        .attr("title", l.meaning() + "; " + Layers.precisionText(l.key())).text(l.name());
  }

  /** The page as text: doctype, then the document (deterministic). */
  public static String html(Element anyElementOfThePage) {
    return "<!DOCTYPE html>\n" + anyElementOfThePage.ownerDocument().html() + "\n";
  }
}
