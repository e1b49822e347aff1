package org.framescope.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.compare.ComparisonReport;
import org.framescope.compare.ComparisonReport.ScopeSummary;
import org.framescope.compare.Description;
import org.framescope.model.ArticleResult;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;

/**
 * How keys of the data are shown to readers: contested-name groups by their names as written ("Kiev / Kyiv",
 * never {@code ua-kyiv}), speakers by country and kind ("United Kingdom officials"), counts, lists and numbers.
 * Built once per report from the words its articles actually use.
 */
final class Words {
  /** Opening and closing quotation marks around a quoted word. */
  static final String OPEN = "\u2018";
  static final String CLOSE = "\u2019";

  private final Map<String, SortedMap<String, String>> labelWords;

  private Words(Map<String, SortedMap<String, String>> labelWords) {
    this.labelWords = labelWords;
  }

  /** The names of every label group and variant used in the report's articles. */
  static Words of(ComparisonReport r) {
    return of(r.sourceArticles());
  }

  /** The names of every label group and variant used in these articles (most frequent written form). */
  static Words of(List<ArticleResult> articles) {
    Map<String, Map<String, Map<String, Integer>>> forms = new TreeMap<>();
    for (ArticleResult a : articles) {
      for (SentenceResult s : a.sentences()) {
        for (Span sp : s.spans()) {
          if ("label".equals(sp.category()) && sp.group() != null && sp.group().contains(":")) {
            int c = sp.group().lastIndexOf(':');
            forms.computeIfAbsent(sp.group().substring(0, c), k -> new TreeMap<>())
                .computeIfAbsent(sp.group().substring(c + 1), k -> new TreeMap<>()).merge(sp.text(), 1, Integer::sum);
          }
        }
      }
    }
    Map<String, SortedMap<String, String>> out = new HashMap<>();
    forms.forEach((g, sides) -> {
      SortedMap<String, String> m = new TreeMap<>();
      sides.forEach((side, f) -> m.put(side, f.entrySet().stream()
          .max(java.util.Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
              .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder())).orElseThrow().getKey()));
      out.put(g, m);
    });
    return new Words(out);
  }

  /** The written form of a variant of a label group ("Kiev"), or the variant key with spaces when unseen. */
  String variant(String group, String side) {
    SortedMap<String, String> m = labelWords.get(group);
    String w = m == null ? null : m.get(side);
    return w != null ? w : side.replace('-', ' ');
  }

  /** A label group by the names used for it: "Kiev / Kyiv" (variant keys in order), never the group key. */
  String group(String group) {
    SortedMap<String, String> m = labelWords.get(group);
    if (m == null || m.isEmpty()) {
      return group.replace('-', ' ');
    }
    return String.join(" / ", new java.util.LinkedHashSet<>(m.values()));
  }

  /** The label group's names as used in one scope's descriptions, most used first. */
  static String groupInScope(ScopeSummary s, String group, Words words) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Description.SideDescription d : s.descriptions().values()) {
      for (Description.WordUse u : d.labels().getOrDefault(group, List.of())) {
        counts.merge(u.text(), u.count(), Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      return words.group(group);
    }
    List<String> names = new ArrayList<>(counts.keySet());
    names.sort(java.util.Comparator.comparing((String n) -> -counts.get(n)).thenComparing(n -> n));
    return String.join(" / ", names);
  }

  /** "‘word’". */
  static String quote(String w) {
    return OPEN + w + CLOSE;
  }

  /** "a", "a and b", "a, b and c". */
  static String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** "1 article", "3 articles". */
  static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /**
   * Speakers of a country by their kind when all share one: "officials from the United Kingdom", else "speakers
   * from ..."; "speakers whose country is not known".
   */
  static String speakers(String country, SortedMap<String, Integer> types, boolean plural) {
    String kind = "speaker";
    if (types.size() == 1) {
      kind = switch (types.firstKey()) {
        case "government" -> "official";
        case "military" -> "military source";
        case "intelligence" -> "intelligence source";
        case "media" -> "journalist";
        case "expert" -> "expert";
        case "public" -> "member of the public";
        default -> "speaker";
      };
    }
    String noun = plural ? plural(kind) : kind;
    return "unknown".equals(country) ? noun + " whose country is not known" : noun + " from " + country(country);
  }

  /** A country name as it reads after "from": "the United States", "Russia". */
  static String country(String name) {
    boolean the = name.startsWith("United ") || name.startsWith("Republic ") || name.startsWith("Democratic ")
        || name.equals("Netherlands") || name.equals("Philippines") || name.equals("Czech Republic")
        || name.equals("Gambia") || name.equals("Bahamas") || name.equals("Vatican");
    return (the ? "the " : "") + name;
  }

  private static String plural(String noun) {
    return switch (noun) {
      case "member of the public" -> "members of the public";
      case "military source" -> "military sources";
      case "intelligence source" -> "intelligence sources";
      default -> noun + "s";
    };
  }

  /** A speaker type as a plural noun ("officials"). */
  static String typePlural(String type) {
    return switch (type) {
      case "government" -> "officials";
      case "military" -> "military sources";
      case "intelligence" -> "intelligence sources";
      case "media" -> "journalists";
      case "expert" -> "experts";
      case "public" -> "members of the public";
      default -> "other speakers";
    };
  }

  /** A number with the given decimals ("-0.00" becomes "0.00"; null or not finite gives "–"). */
  static String fmt(Double v, int decimals) {
    if (v == null || !Double.isFinite(v)) {
      return "\u2013";
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
    return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
  }

  /** A signed score with a true minus sign ("−0.42", "+0.10"). */
  static String signed(Double v) {
    if (v == null || !Double.isFinite(v)) {
      return "\u2013";
    }
    String s = fmt(Math.abs(v), 2);
    return (v < 0 && !s.equals("0.00") ? "\u2212" : v > 0 && !s.equals("0.00") ? "+" : "") + s;
  }

  /** "= 0.004", "< 0.001", "= n/a": two significant digits. */
  static String pValue(Double v) {
    if (v == null || Double.isNaN(v)) {
      return "= n/a";
    }
    if (v < 0.001) {
      return "< 0.001";
    }
    return "= " + new BigDecimal(v).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }

  /** Capitalises the first letter and ends with a full stop. */
  static String sentence(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return t;
    }
    if (!t.endsWith(".")) {
      t = t + ".";
    }
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
