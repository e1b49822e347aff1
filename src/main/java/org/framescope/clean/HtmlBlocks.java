package org.framescope.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
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

  /** All hint patterns in one, to tell in one pass that a class name says nothing (most do not). */
  private static final Pattern ANY_HINT = Pattern.compile(String.join("|",
      HINTS.stream().map(h -> "(?:" + ((Pattern) h[0]).pattern() + ")").toList()));

  private HtmlBlocks() { }

  /**
   * A block before hints are assigned: its text, source line, the nearest block-level element holding it
   * ({@code element}, what the zone search scores) and the element its first text sits in ({@code at}, where
   * the hint search starts).
   */
  record Raw(String text, int line, Element element, Element at, boolean heading, boolean listItem,
             double linkDensity) { }

  /** Blocks of a page with the default extraction rules. */
  public static List<Block> parse(String html) {
    return page(html, ExtractionRules.defaults()).blocks();
  }

  /** Blocks of a page, and whether an article zone was found (else hints come from the whole ancestry). */
  public record Page(List<Block> blocks, boolean zoned) {
    public Page {
      blocks = List.copyOf(blocks);
    }
  }

  /**
   * Blocks of a page. The article zone is found first ({@link ArticleZone}); inside it a block's hint comes
   * only from the elements between it and the zone root (a wrapper named "sidebar-layout" around the whole
   * article says nothing about a paragraph in it); outside it a block keeps the hint of its whole ancestry,
   * or is marked navigation (before the zone) or other (after it).
   */
  public static Page page(String html, ExtractionRules rules) {
    Document doc = org.framescope.ingest.HtmlPages.parse(html);
    Element body = doc.body();
    if (body == null) {
      return new Page(List.of(), false);
    }
    List<Raw> raws = raw(body, rules);
    ArticleZone.Zone zone = ArticleZone.find(raws, rules);
    Map<Element, Integer> chars = new IdentityHashMap<>();
    for (Raw r : raws) {
      for (Element p = r.element(); p != null; p = p.parent()) {
        chars.merge(p, r.text().length(), Integer::sum);
      }
    }
    int n = raws.size();
    String[] hints = new String[n];
    boolean[] inZone = new boolean[n];
    Map<Element, Boolean> zoneAncestors = new IdentityHashMap<>();
    for (Element r : zone.roots()) {
      for (Element p = r.parent(); p != null; p = p.parent()) {
        zoneAncestors.put(p, true);
      }
    }
    Map<Element, Optional<String>> hintCache = new IdentityHashMap<>();
    for (int i = 0; i < n; i++) {
      Raw r = raws.get(i);
      Element root = zone.root(r.at());
      inZone[i] = root != null;
      int rootChars = root == null ? 0 : chars.getOrDefault(root, 0);
      for (Element p = r.at(); p != null && p != root; p = p.parent()) {
        // Inside the zone, an element holding half of the zone's text is the article itself, whatever its
        // class says (WordPress puts "tag-review category-news" on the article element). Outside it, the
        // wrappers the zone shares ("theiaStickySidebar" around the whole page) say nothing either.
        if (root != null ? chars.getOrDefault(p, 0) * 2 >= rootChars : zoneAncestors.containsKey(p)) {
          continue;
        }
        hints[i] = hintCache.computeIfAbsent(p, e -> Optional.ofNullable(hintFor(e))).orElse(null);
        if (hints[i] != null || (root != null && p.tagName().equals("blockquote"))) {
          // A quotation in the article (an embedded post) is article text, whatever its wrapper is called
          // ("social-media-embed", "video-container").
          break;
        }
      }
    }
    List<Block> out = new ArrayList<>(n);
    boolean seenZone = false;
    for (int i = 0; i < n; i++) {
      Raw r = raws.get(i);
      String hint = hints[i];
      if (inZone[i]) {
        seenZone = true;
      } else if (!zone.roots().isEmpty() && hint == null) {
        hint = seenZone ? "other" : "navigation";
      }
      out.add(new Block(r.text(), r.line(), hint, r.heading(), r.listItem(), r.linkDensity()));
    }
    return new Page(out, !zone.roots().isEmpty());
  }

  /**
   * The text blocks of a page body, in document order, before hints. A hover card (category {@code card} of the
   * rules: a name's pop-up with photo and headlines, inside the sentence after the name) gives neither text nor a
   * block boundary, as if it were not in the page; the page itself is not changed (it is shared, {@link
   * org.framescope.ingest.HtmlPages}).
   */
  static List<Raw> raw(Element body, ExtractionRules rules) {
    List<Raw> out = new ArrayList<>();
    Collector c = new Collector(out, e -> !e.className().isEmpty() && rules.matches("card", e.className()));
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
    if (!ANY_HINT.matcher(key).find()) {
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
    private final List<Raw> out;
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    /** HTML blocks carry no source line: tracking positions costs a fifth of cleaning time, and nothing reads them. */
    private final int line = 0;
    private Element current;
    private final Predicate<Element> card;
    /** The hover card being walked through, whose nodes are all passed over; null outside one. */
    private Node skipping;

    Collector(List<Raw> out, Predicate<Element> card) {
      this.out = out;
      this.card = card;
    }

    @Override
    public void head(Node node, int depth) {
      if (skipping != null) {
        return;
      }
      if (node instanceof Element e && card.test(e)) {
        skipping = e;
        return;
      }
      if (node instanceof TextNode t) {
        if (insideDropped(t)) {
          return;
        }
        String s = t.getWholeText();
        if (text.length() == 0 && !s.isBlank()) {
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
      if (skipping != null) {
        skipping = node == skipping ? null : skipping;
        return;
      }
      if (node instanceof Element e && BLOCK_TAGS.contains(e.tagName())) {
        flush(e);
      }
    }

    void flush(Element boundary) {
      String t = Whitespace.collapse(text.toString().replace('\u00a0', ' ')).strip();
      if (!t.isEmpty() && current != null) {
        Element at = current;
        boolean heading = false;
        boolean li = false;
        Element block = null;
        for (Element p = at; p != null; p = p.parent()) {
          String tag = p.tagName();
          if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            heading = true;
          }
          if (tag.equals("li")) {
            li = true;
          }
          if (block == null && BLOCK_TAGS.contains(tag) && !tag.equals("br") && !tag.equals("hr")) {
            block = p;
          }
        }
        double density = Math.min(1.0, linkChars / (double) Math.max(1, t.length()));
        out.add(new Raw(t, line, block == null ? at : block, at, heading, li, density));
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

}
