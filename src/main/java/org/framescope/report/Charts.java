package org.framescope.report;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.framescope.compare.ComparisonReport.Estimate;
import org.jsoup.nodes.Element;

/**
 * Inline SVG charts of the report (no script, no external resource): dot plots of means with their 95% intervals
 * and stacked bars of reporting-verb classes. Colours are SVG presentation attributes, not style attributes, so
 * the server's Content-Security-Policy allows them.
 */
final class Charts {
  private Charts() { }

  /** Horizontal dot plot: one row per side, dot at the mean, whisker for the 95% CI. */
  static void dotPlot(Element parent, String title, Map<String, Estimate> values, Map<String, String> colours,
                      boolean symmetric) {
    if (values.values().stream().allMatch(e -> e.mean() == null)) {
      return;
    }
    Element box = parent.appendElement("div").addClass("chart");
    box.appendElement("div").addClass("chart-title").text(title);
    double lo = symmetric ? -1 : 0;
    double hi = symmetric ? 1 : 0;
    for (Estimate e : values.values()) {
      for (Double d : new Double[] {e.mean(), e.low(), e.high()}) {
        if (d != null) {
          lo = Math.min(lo, d);
          hi = Math.max(hi, d);
        }
      }
    }
    if (hi - lo < 1e-9) {
      hi = lo + 1;
    }
    int labelW = 130;
    int plotW = 240;
    int rowH = 22;
    int h = rowH * values.size() + 28;
    Element svg = box.appendElement("svg").attr("width", String.valueOf(labelW + plotW + 90))
        .attr("height", String.valueOf(h)).attr("viewBox", "0 0 " + (labelW + plotW + 90) + " " + h)
        .attr("role", "img").attr("aria-label", title);
    double lo0 = lo;
    double span = hi - lo;
    java.util.function.DoubleUnaryOperator x = v -> labelW + (v - lo0) / span * plotW;
    int axisY = rowH * values.size() + 6;
    line(svg, labelW, axisY, labelW + plotW, axisY, "#999", 1);
    if (lo < 0 && hi > 0) {
      line(svg, x.applyAsDouble(0), 2, x.applyAsDouble(0), axisY, "#bbb", 1).attr("stroke-dasharray", "3,3");
    }
    text(svg, labelW, axisY + 14, fmt(lo, 2), "start");
    text(svg, labelW + plotW, axisY + 14, fmt(hi, 2), "end");
    int row = 0;
    for (Map.Entry<String, Estimate> en : values.entrySet()) {
      double y = rowH * row + rowH / 2.0 + 2;
      Estimate e = en.getValue();
      String c = colours.getOrDefault(en.getKey(), "#333");
      text(svg, labelW - 6, y + 4, truncate(en.getKey(), 20), "end");
      Element g = svg.appendElement("g");
      g.appendElement("title").text(en.getKey() + ": " + (e.mean() == null ? "no data" : "mean " + fmt(e.mean(), 2)
          + (e.low() != null ? ", 95% CI " + fmt(e.low(), 2) + " to " + fmt(e.high(), 2) : ", CI needs 2+ articles")
          + ", n = " + e.n()));
      if (e.mean() != null) {
        if (e.low() != null && e.high() != null) {
          line(g, x.applyAsDouble(e.low()), y, x.applyAsDouble(e.high()), y, c, 2);
          line(g, x.applyAsDouble(e.low()), y - 5, x.applyAsDouble(e.low()), y + 5, c, 2);
          line(g, x.applyAsDouble(e.high()), y - 5, x.applyAsDouble(e.high()), y + 5, c, 2);
        }
        g.appendElement("circle").attr("cx", fmt(x.applyAsDouble(e.mean()), 1)).attr("cy", fmt(y, 1))
            .attr("r", "5").attr("fill", c);
        text(g, labelW + plotW + 14, y + 4, fmt(e.mean(), 2) + " (n=" + e.n() + ")", "start");
      } else {
        text(g, labelW + 4, y + 4, "no data", "start").attr("fill", "#888");
      }
      row++;
    }
  }

  private static Element line(Element svg, double x1, double y1, double x2, double y2, String colour, int width) {
    return svg.appendElement("line").attr("x1", fmt(x1, 1)).attr("y1", fmt(y1, 1)).attr("x2", fmt(x2, 1))
        .attr("y2", fmt(y2, 1)).attr("stroke", colour).attr("stroke-width", String.valueOf(width));
  }

  private static Element text(Element svg, double x, double y, String s, String anchor) {
    return svg.appendElement("text").attr("x", fmt(x, 1)).attr("y", fmt(y, 1)).attr("text-anchor", anchor).text(s);
  }

  private static final Map<String, String> VERB_COLOURS = Map.of("neutral", "#c9c9c9", "distancing", "#9b6bd3",
      "endorsing", "#3c9d5d", "emotive", "#e08a2c");

  static void verbBar(Element td, SortedMap<String, Integer> v, int n) {
    int w = 160;
    Element svg = td.appendElement("svg").attr("width", String.valueOf(w)).attr("height", "10")
        .attr("viewBox", "0 0 " + w + " 10").addClass("bar");
    double x = 0;
    for (String cls : List.of("neutral", "distancing", "endorsing", "emotive")) {
      int k = v.getOrDefault(cls, 0);
      if (k == 0) {
        continue;
      }
      double width = (double) k / n * w;
      Element rect = svg.appendElement("rect").attr("x", fmt(x, 1)).attr("y", "0").attr("width", fmt(width, 1))
          .attr("height", "10").attr("fill", VERB_COLOURS.get(cls));
      rect.appendElement("title").text(cls + ": " + k + " of " + n);
      x += width;
    }
  }


  static void frameBar(Element td, double share, String colour) {
    int w = (int) Math.round(80.0 * Math.max(0, Math.min(1, share)));
    Element svg = td.appendElement("svg").attr("width", "80").attr("height", "8").attr("viewBox", "0 0 80 8")
        .addClass("bar");
    svg.appendElement("rect").attr("x", "0").attr("y", "0").attr("width", "80").attr("height", "8")
        .attr("fill", "#eee");
    svg.appendElement("rect").attr("x", "0").attr("y", "0").attr("width", String.valueOf(w)).attr("height", "8")
        .attr("fill", colour);
  }

  static String fmt(double v, int decimals) {
    return Words.fmt(v, decimals);
  }

  private static String truncate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
  }
}
