package org.framescope.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the article zone of an HTML page: the element (with some of its siblings) that holds the article's
 * paragraphs. Input: the page's text blocks with their block elements ({@link HtmlBlocks.Raw}) and the
 * markup cues ({@link ExtractionRules}). Output: the zone roots (empty when the page has no paragraph).
 *
 * <p>The procedure is Mozilla Readability's candidate scoring, reimplemented on our own blocks so that the
 * page is parsed once and the zone can be mapped back onto the original document:
 * <ol>
 *   <li>Every paragraph-like block of 25 characters or more that is not inside an unlikely container
 *       (menus, comment threads, sidebars, share bars: {@code unlikely} in the rules) scores
 *       1 + its commas + one per 100 characters (at most 3). The score goes to its parent in full, its
 *       grandparent by half and up to three more ancestors by level x 3.</li>
 *   <li>Each scored element starts from a tag weight (div +5, td/pre/blockquote +3, lists and forms -3,
 *       headings -5) and its class/id weight (+25 positive, -25 negative); the sum is scaled by one minus the
 *       element's link density.</li>
 *   <li>The best element is moved up to a common ancestor when three or more close runner-up candidates
 *       share it (an article split over several containers), to its parent while the parent scores higher,
 *       and through single-child wrappers.</li>
 *   <li>Siblings of the best element join the zone when they score at least a fifth of it, or when they are
 *       prose paragraphs (over 80 characters with few links, or a short sentence without links).</li>
 *   <li>When the zone holds under 500 characters, the search is repeated without excluding unlikely
 *       containers and the longer zone is kept (a page whose whole body sits in a "sidebar-layout" wrapper).</li>
 * </ol>
 */
public final class ArticleZone {
  private static final int MIN_PARAGRAPH = 25;
  private static final Pattern COMMAS = Pattern.compile("[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]");
  private static final Set<String> NEVER_UNLIKELY = Set.of("html", "body", "a", "article", "main");
  private static final Set<String> FURNITURE_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
      "alert", "alertdialog", "dialog");

  private ArticleZone() { }

  /** The zone: its roots in document order, and the best element's score. */
  public record Zone(List<Element> roots, double score) {
    public Zone {
      roots = List.copyOf(roots);
    }

    /** True when the element is one of the roots or inside one. */
    public boolean contains(Element e) {
      return root(e) != null;
    }

    /** The zone root that is the element or one of its ancestors, or null. */
    public Element root(Element e) {
      if (roots.isEmpty()) {
        return null;
      }
      for (Element p = e; p != null; p = p.parent()) {
        if (p.parent() == roots.get(0).parent() || roots.size() > 1) {
          for (Element r : roots) {
            if (r == p) {
              return r;
            }
          }
        }
      }
      return null;
    }

    /** A zone with no root. */
    public static Zone none() {
      return new Zone(List.of(), 0);
    }
  }

  /** Finds the zone (see class comment). */
  public static Zone find(List<HtmlBlocks.Raw> blocks, ExtractionRules rules) {
    Zone strict = find(blocks, rules, true);
    if (zoneChars(strict, blocks) >= 500) {
      return strict;
    }
    Zone relaxed = find(blocks, rules, false);
    return zoneChars(relaxed, blocks) > zoneChars(strict, blocks) ? relaxed : strict;
  }

  private static int zoneChars(Zone z, List<HtmlBlocks.Raw> blocks) {
    int n = 0;
    for (HtmlBlocks.Raw b : blocks) {
      if (z.contains(b.element())) {
        n += b.text().length();
      }
    }
    return n;
  }

  private static Zone find(List<HtmlBlocks.Raw> blocks, ExtractionRules rules, boolean stripUnlikely) {
    Map<Element, double[]> text = new IdentityHashMap<>(); // element -> {chars, link chars}
    for (HtmlBlocks.Raw b : blocks) {
      double len = b.text().length();
      for (Element p = b.element(); p != null; p = p.parent()) {
        double[] t = text.computeIfAbsent(p, k -> new double[2]);
        t[0] += len;
        t[1] += len * b.linkDensity();
      }
    }
    Map<Element, Double> score = new IdentityHashMap<>();
    List<Element> candidates = new ArrayList<>();
    Map<Element, Boolean> unlikelyCache = new IdentityHashMap<>();
    for (HtmlBlocks.Raw b : blocks) {
      String t = b.text();
      if (b.heading() || t.length() < MIN_PARAGRAPH || (b.listItem() && b.linkDensity() >= 0.5)) {
        continue;
      }
      if (stripUnlikely && unlikely(b.element(), rules, unlikelyCache)) {
        continue;
      }
      double s = 1 + COMMAS.matcher(t).results().count() + Math.min(Math.floor(t.length() / 100.0), 3);
      Element a = b.element().parent();
      for (int level = 0; a != null && !a.tagName().equals("body") && !a.tagName().equals("html") && level < 5;
          level++, a = a.parent()) {
        if (!score.containsKey(a)) {
          score.put(a, 0.0);
          candidates.add(a);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        score.put(a, score.get(a) + s / divider);
      }
    }
    if (candidates.isEmpty()) {
      return Zone.none();
    }
    for (Element c : candidates) {
      // The tag and class weight may at most double or cancel what the paragraphs earned: a wrapper named
      // "page" or "content" a dozen levels above the article has earned nothing.
      double earned = score.get(c);
      double weight = Math.max(-earned, Math.min(earned, initial(c, rules)));
      score.put(c, (earned + weight) * (1 - density(c, text)));
    }
    List<Element> ranked = new ArrayList<>(candidates);
    // Stable order for equal scores: document order (candidates were added in it).
    ranked.sort((x, y) -> Double.compare(score.get(y), score.get(x)));
    Element top = ranked.get(0);
    double topScore = score.get(top);
    // An article split over several containers: move up to the lowest ancestor holding 3+ close runners-up.
    List<Element> close = new ArrayList<>();
    for (int i = 1; i < Math.min(5, ranked.size()); i++) {
      if (score.get(ranked.get(i)) / topScore >= 0.75) {
        close.add(ranked.get(i));
      }
    }
    if (close.size() >= 3) {
      for (Element p = top.parent(); p != null && !p.tagName().equals("body"); p = p.parent()) {
        int inside = 0;
        for (Element c : close) {
          if (isAncestor(p, c)) {
            inside++;
          }
        }
        if (inside >= 3) {
          top = p;
          break;
        }
      }
    }
    if (!score.containsKey(top)) {
      score.put(top, 0.0);
    }
    // Move up while the parent scores higher (the best element was one part of the article).
    double last = score.get(top);
    double threshold = last / 3;
    for (Element p = top.parent(); p != null && !p.tagName().equals("body"); p = p.parent()) {
      Double ps = score.get(p);
      if (ps == null) {
        continue;
      }
      if (ps < threshold) {
        break;
      }
      if (ps > last) {
        top = p;
        break;
      }
      last = ps;
    }
    Element scored = top;
    while (top.parent() != null && !top.parent().tagName().equals("body") && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    double best = score.getOrDefault(top, topScore);
    List<Element> roots = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null) {
      return new Zone(List.of(top), best);
    }
    double siblingThreshold = Math.max(10, best * 0.2);
    for (Element s : parent.children()) {
      if (s == top) {
        roots.add(s);
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? best * 0.2 : 0;
      Double ss = score.get(s);
      if (ss != null && ss + bonus >= siblingThreshold) {
        roots.add(s);
      } else if (s.tagName().equals("p")) {
        double[] t = text.get(s);
        if (t == null) {
          continue;
        }
        double ld = t[0] == 0 ? 0 : t[1] / t[0];
        String own = s.text();
        if ((t[0] > 80 && ld < 0.25) || (t[0] > 0 && t[0] <= 80 && ld == 0 && own.matches("(?s).*\\.( |$).*"))) {
          roots.add(s);
        }
      }
    }
    // A body split into repeated containers of the same kind (sections between newsletter boxes and ads),
    // not all siblings: each container of the best one's tag and class that earned a fifth of its score.
    if (!scored.className().isBlank()) {
      for (Element c : candidates) {
        if (c != scored && c.tagName().equals(scored.tagName()) && c.className().equals(scored.className())
            && score.get(c) >= siblingThreshold && roots.stream().noneMatch(r -> isAncestor(r, c) || isAncestor(c, r))) {
          roots.add(c);
        }
      }
      roots.sort(ArticleZone::documentOrder);
    }
    return new Zone(roots, best);
  }

  /** Compares two elements by their position in the document (neither inside the other). */
  static int documentOrder(Element a, Element b) {
    List<Element> pa = new ArrayList<>();
    for (Element p = a; p != null; p = p.parent()) {
      pa.add(0, p);
    }
    List<Element> pb = new ArrayList<>();
    for (Element p = b; p != null; p = p.parent()) {
      pb.add(0, p);
    }
    int i = 0;
    while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) {
      i++;
    }
    if (i == pa.size() || i == pb.size()) {
      return Integer.compare(pa.size(), pb.size());
    }
    return Integer.compare(pa.get(i).siblingIndex(), pb.get(i).siblingIndex());
  }

  private static boolean isAncestor(Element a, Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  private static double density(Element e, Map<Element, double[]> text) {
    double[] t = text.get(e);
    return t == null || t[0] == 0 ? 0 : Math.min(1, t[1] / t[0]);
  }

  private static double initial(Element e, ExtractionRules rules) {
    double s = switch (e.tagName()) {
      case "div" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return s + classWeight(e, rules);
  }

  static double classWeight(Element e, ExtractionRules rules) {
    double w = 0;
    for (String v : new String[] {e.className(), e.id()}) {
      if (rules.matches("negative", v)) {
        w -= 25;
      }
      if (rules.matches("positive", v)) {
        w += 25;
      }
    }
    return w;
  }

  /** An element inside a container whose name or role says it is furniture (and nothing says it may be content). */
  private static boolean unlikely(Element e, ExtractionRules rules, Map<Element, Boolean> cache) {
    List<Element> chain = new ArrayList<>();
    Boolean found = null;
    for (Element p = e; p != null; p = p.parent()) {
      Boolean c = cache.get(p);
      if (c != null) {
        found = c;
        break;
      }
      chain.add(p);
      if (!NEVER_UNLIKELY.contains(p.tagName()) && self(p, rules)) {
        found = true;
        break;
      }
    }
    boolean result = found != null && found;
    Collections.reverse(chain);
    // Cache from the top down: an element is unlikely when it or an ancestor is.
    for (Element p : chain) {
      cache.put(p, result);
    }
    return result;
  }

  private static boolean self(Element p, ExtractionRules rules) {
    if (FURNITURE_ROLES.contains(p.attr("role"))) {
      return true;
    }
    String key = p.className() + " " + p.id();
    return rules.matches("unlikely", key) && !rules.matches("maybe", key);
  }
}
