package org.framescope.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into {@link Block}s. Input: HTML. Output: one block per block-level element's text, in
 * document order, each with a removal hint when its ancestors' tag, class, id or role say what it is
 * (nav, footer, share, related, comments, caption, ...). Scripts, styles and forms produce no text; image
 * alt text is not text content and never enters a block.
 */
public final class HtmlBlocks {
  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
      "h6", "blockquote", "pre", "section", "article", "header", "footer", "nav", "aside", "figure", "figcaption",
      "table", "tr", "td", "th", "dd", "dt", "dl", "main", "br", "hr", "address", "details", "summary", "form",
      "video", "audio", "time", "caption");
  private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
      "button", "input", "select", "textarea", "head", "link", "meta", "object", "embed", "canvas", "source");

  /** class/id/role token patterns and the reason they imply; first match wins. */
  private static final List<Object[]> HINTS = List.of(
      new Object[] {Pattern.compile("comment|disqus|respond|discussion|reply|replies"), "comments"},
      new Object[] {Pattern.compile("ticker|breaking|marquee|alert-bar|live-bar"), "ticker"},
      new Object[] {Pattern.compile("share|social|sharing|addthis|sharethis"), "share"},
      new Object[] {Pattern.compile("related|recommend|most-?read|popular|read-?next|more-?stories|trending|outbrain|taboola|also-?like"), "related"},
      new Object[] {Pattern.compile("caption|credit|figcaption|photo-?info|image-?desc"), "caption"},
      new Object[] {Pattern.compile("byline|author|dateline|read-?time|article-?meta|post-?meta|timestamp|published"), "byline"},
      new Object[] {Pattern.compile("(^|[-_ ])tags?([-_ ]|$)|tag-?list|topics|keywords|categories"), "tags"},
      new Object[] {Pattern.compile("video|player|media-?embed"), "video"},
      new Object[] {Pattern.compile("footer|copyright|colophon|legal|newsletter|subscribe|signup|cookie|consent|promo|advert|(^|[-_ ])ads?([-_ ]|$)|sponsor"), "footer"},
      new Object[] {Pattern.compile("(^|[-_ ])nav|menu|breadcrumb|lang|language|masthead|site-?header|topbar|skip|sidebar"), "navigation"});

  private HtmlBlocks() { }

  public static List<Block> parse(String html) {
    Document doc = parseTracked(html);
    List<Block> out = new ArrayList<>();
    Element body = doc.body();
    if (body == null) {
      return out;
    }
    Collector c = new Collector(out);
    NodeTraversor.traverse(c, body);
    c.flush(null);
    return out;
  }

  static String hintFor(Element e) {
    // Content the page itself hides (pop-ups, collapsed menus, screen-reader-only duplicates) is not article text.
    String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) || style.contains("display:none")
        || style.contains("visibility:hidden")) {
      return "other";
    }
    String tag = e.tagName().toLowerCase(Locale.ROOT);
    switch (tag) {
      case "nav": return "navigation";
      case "footer": return insideArticle(e) ? "tags" : "footer";
      case "figcaption": return "caption";
      case "video": case "audio": return "video";
      case "aside": return "related";
      case "form": return "comments";
      case "header": return insideArticle(e) ? null : "navigation";
      default: break;
    }
    String key = (e.className() + " " + e.id() + " " + e.attr("role") + " " + e.attr("itemprop"))
        .toLowerCase(Locale.ROOT);
    if (key.isBlank() || key.contains("articlebody") || key.contains("article-body") || key.contains("story-body")) {
      return null;
    }
    for (Object[] h : HINTS) {
      if (((Pattern) h[0]).matcher(key).find()) {
        return (String) h[1];
      }
    }
    return null;
  }

  private static boolean insideArticle(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.tagName().equals("article")) {
        return true;
      }
    }
    return false;
  }

  private static final class Collector implements NodeVisitor {
    private final List<Block> out;
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int line = 1;
    private Element current;

    Collector(List<Block> out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (insideDropped(t)) {
          return;
        }
        String s = t.getWholeText();
        if (text.length() == 0 && !s.isBlank()) {
          line = t.sourceRange().isTracked() ? t.sourceRange().start().lineNumber() : line;
          current = t.parent() instanceof Element pe ? pe : current;
        }
        text.append(s);
        if (insideLink(t)) {
          linkChars += s.strip().length();
        }
      } else if (node instanceof Element e && BLOCK_TAGS.contains(e.tagName())) {
        flush(e);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && BLOCK_TAGS.contains(e.tagName())) {
        flush(e);
      }
    }

    void flush(Element boundary) {
      String t = text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
      if (!t.isEmpty()) {
        Element at = current;
        String hint = null;
        boolean heading = false;
        boolean li = false;
        for (Element p = at; p != null; p = p.parent()) {
          String tag = p.tagName();
          if (tag.matches("h[1-6]")) {
            heading = true;
          }
          if (tag.equals("li")) {
            li = true;
          }
          if (hint == null) {
            hint = hintFor(p);
          }
        }
        double density = Math.min(1.0, linkChars / (double) Math.max(1, t.length()));
        out.add(new Block(t, line, hint, heading, li, density));
      }
      text.setLength(0);
      linkChars = 0;
      current = boundary;
    }

    private static boolean insideDropped(Node n) {
      for (Node p = n.parent(); p != null; p = p.parent()) {
        if (p instanceof Element e && DROP_TAGS.contains(e.tagName())) {
          return true;
        }
      }
      return false;
    }

    private static boolean insideLink(Node n) {
      for (Node p = n.parent(); p != null; p = p.parent()) {
        if (p instanceof Element e && e.tagName().equals("a")) {
          return true;
        }
      }
      return false;
    }
  }

  static Document parseTracked(String html) {
    return Jsoup.parse(html, "", org.jsoup.parser.Parser.htmlParser().setTrackPosition(true));
  }
}
