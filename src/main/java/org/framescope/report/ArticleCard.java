package org.framescope.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.compare.Description;
import org.framescope.compare.Description.Introductions;
import org.framescope.compare.Description.Ref;
import org.framescope.compare.Description.SideDescription;
import org.framescope.compare.Description.StanceByVoice;
import org.framescope.compare.Description.WordUse;
import org.framescope.model.ArticleResult;
import org.framescope.model.RemovedBlock;
import org.framescope.model.SentenceResult;
import org.jsoup.nodes.Element;

/**
 * The summary card on top of one article, in plain words: how much of the text is the outlet's own voice, its
 * loaded words and contested names with examples, whom it quotes and how it introduces them, its stance toward
 * the main actors by voice, the bias model's sentence scores, and quality and language flags. Each item links
 * to the sentences it rests on (anchors {@code PREFIX-sN} of {@link ArticleView}).
 */
public final class ArticleCard {
  private static final int MAX_WORDS = 6;

  private ArticleCard() { }

  /** Appends the card for {@code a} to {@code parent}. */
  public static void render(Element parent, ArticleResult a, String prefix) {
    SideDescription d = Description.describe(List.of(a));
    Element card = parent.appendElement("div").addClass("card");
    card.appendElement("h3").text("In short");
    Element ul = card.appendElement("ul");
    int words = d.authorWords() + d.quotedWords();
    if (words > 0) {
      long own = Math.round(100.0 * d.authorWords() / words);
      ul.appendElement("li").text("Own voice: " + own + "% of its " + words + " words are the outlet's own; "
          + (100 - own) + "% are quotes or reported speech.");
    }
    item(ul, prefix, loadedText("Loaded words in its own voice", d.loadedOwnVoice())
        + (d.loadedQuoted().isEmpty() ? "" : " In quotes: " + words(d.loadedQuoted()) + "."), refs(d.loadedOwnVoice()));
    List<WordUse> marked = new ArrayList<>();
    d.labels().values().forEach(l -> l.stream().filter(u -> Layers.markedLabel(u.intensity(), u.valence()))
        .forEach(marked::add));
    marked.sort(java.util.Comparator.comparingInt(WordUse::count).reversed().thenComparing(WordUse::key));
    item(ul, prefix, marked.isEmpty() ? "Contested names: none of the marked names in the lexicon."
        : "Contested names: " + words(marked) + ".", refs(marked));
    quotes(ul, prefix, d);
    stance(ul, prefix, d);
    bias(ul, a);
    quality(ul, a);
  }

  private static String loadedText(String lead, List<WordUse> uses) {
    int n = uses.stream().mapToInt(WordUse::count).sum();
    return n == 0 ? lead + ": none from the loaded-language list." : lead + ": " + n + " (" + words(uses) + ").";
  }

  private static String words(List<WordUse> uses) {
    List<String> parts = new ArrayList<>();
    for (WordUse u : uses.subList(0, Math.min(MAX_WORDS, uses.size()))) {
      parts.add(Words.quote(u.text()) + (u.count() > 1 ? " \u00d7" + u.count() : ""));
    }
    if (uses.size() > MAX_WORDS) {
      parts.add("and " + (uses.size() - MAX_WORDS) + " more");
    }
    return String.join(", ", parts);
  }

  private static List<Ref> refs(List<WordUse> uses) {
    List<Ref> out = new ArrayList<>();
    uses.forEach(u -> u.refs().forEach(r -> {
      if (!out.contains(r) && out.size() < 6) {
        out.add(r);
      }
    }));
    return out;
  }

  private static void item(Element ul, String prefix, String text, List<Ref> refs) {
    Element li = ul.appendElement("li").text(text);
    if (!refs.isEmpty()) {
      li.appendText(" Sentences: ");
      for (int i = 0; i < refs.size(); i++) {
        if (i > 0) {
          li.appendText(", ");
        }
        li.appendElement("a").attr("href", "#" + prefix + "-s" + refs.get(i).sentence())
            .text(String.valueOf(refs.get(i).sentence() + 1));
      }
    }
  }

  private static void quotes(Element ul, String prefix, SideDescription d) {
    int total = d.introductions().values().stream().mapToInt(Introductions::attributions).sum();
    if (total == 0) {
      ul.appendElement("li").text("Who it quotes: no one (no quote or reported speech was attributed).");
      return;
    }
    List<String> who = new ArrayList<>();
    List<String> how = new ArrayList<>();
    List<Ref> refs = new ArrayList<>();
    for (Map.Entry<String, Introductions> e : d.introductions().entrySet()) {
      Introductions in = e.getValue();
      who.add(in.attributions() + " " + ("unknown".equals(e.getKey()) ? "whose country is not known"
          : "from " + Words.country(e.getKey())));
      List<String> verbs = new ArrayList<>();
      for (Map.Entry<String, List<WordUse>> v : in.verbs().entrySet()) {
        for (WordUse u : v.getValue()) {
          verbs.add(Words.quote(u.text()) + " (" + v.getKey() + ")");
          if (!"neutral".equals(v.getKey())) {
            refs.addAll(u.refs());
          }
        }
      }
      how.add(Words.speakers(e.getKey(), in.types(), in.attributions() != 1) + " with " + Words.list(verbs));
    }
    item(ul, prefix, "Who it quotes: " + Words.count(total, "voice", "voices") + ", " + Words.list(who)
        + ". How it introduces them: " + String.join("; ", how) + ".", refs.subList(0, Math.min(6, refs.size())));
  }

  private static void stance(Element ul, String prefix, SideDescription d) {
    if (d.stance().isEmpty()) {
      return;
    }
    SortedMap<Integer, List<String>> byMentions = new TreeMap<>(java.util.Comparator.reverseOrder());
    List<Ref> refs = new ArrayList<>();
    for (Map.Entry<String, StanceByVoice> e : d.stance().entrySet()) {
      StanceByVoice v = e.getValue();
      int m = (v.author() == null ? 0 : v.author().mentions()) + (v.quoted() == null ? 0 : v.quoted().mentions());
      String own = v.author() == null ? "not mentioned in its own voice"
          : v.author().label() + " in its own voice (" + Words.signed(v.author().score()) + ")";
      String quoted = v.quoted() == null ? "" : ", " + v.quoted().label() + " in the voices it quotes ("
          + Words.signed(v.quoted().score()) + ")";
      byMentions.computeIfAbsent(m, k -> new ArrayList<>()).add("toward " + e.getKey() + " " + own + quoted);
      if (v.author() != null) {
        refs.addAll(v.author().evidence().subList(0, Math.min(1, v.author().evidence().size())));
      }
    }
    List<String> parts = new ArrayList<>();
    byMentions.values().forEach(parts::addAll);
    item(ul, prefix, "Stance (stance model, \u22121 to +1): " + String.join("; ",
        parts.subList(0, Math.min(4, parts.size()))) + ".", refs.subList(0, Math.min(4, refs.size())));
  }

  private static void bias(Element ul, ArticleResult a) {
    int scored = 0;
    int high = 0;
    for (SentenceResult s : a.sentences()) {
      if (s.bias() != null) {
        scored++;
        if (s.bias().probability() >= Layers.SENTENCE_BIAS_SHOWN) {
          high++;
        }
      }
    }
    if (scored > 0) {
      ul.appendElement("li").text("Sentence bias: the bias model rates " + high + " of " + scored + " sentences as"
          + " likely biased (switch on \u201c" + Layers.SENTENCE_BIAS.name() + "\u201d to see which).");
    }
  }

  /** "Portuguese, pt" for a language code; "language not identified" for "und" or a code Java cannot name. */
  static String languageName(String code) {
    String name = code.equals(org.framescope.clean.LanguageDetector.UNDETERMINED) ? "" : java.util.Locale.forLanguageTag(code).getDisplayLanguage(
        java.util.Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) ? "language not identified" : name + ", " + code;
  }

  private static void quality(Element ul, ArticleResult a) {
    List<String> parts = new ArrayList<>();
    String lang = a.flags().stream().filter(f -> f.startsWith("language:")).findFirst().orElse(null);
    parts.add(lang == null ? "English" : "not English (" + languageName(lang.substring("language:".length()))
        + "): no highlights or scores");
    List<String> flags = a.flags().stream().filter(f -> !f.startsWith("language:")).toList();
    parts.add(flags.isEmpty() ? "no quality flags" : "flags: " + String.join(", ", flags));
    if (!a.removed().isEmpty()) {
      SortedMap<String, Integer> reasons = new TreeMap<>();
      for (RemovedBlock b : a.removed()) {
        reasons.merge(b.reason(), 1, Integer::sum);
      }
      List<String> rs = new ArrayList<>();
      reasons.forEach((k, v) -> rs.add(k + " " + v));
      parts.add(Words.count(a.removed().size(), "block", "blocks") + " removed from the page as not the article ("
          + String.join(", ", rs) + ")");
    }
    ul.appendElement("li").text("Quality and language: " + String.join("; ", parts) + ".");
  }
}
