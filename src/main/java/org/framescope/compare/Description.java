package org.framescope.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.model.ActorStance;
import org.framescope.model.ArticleResult;
import org.framescope.model.Attribution;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;
import org.framescope.model.Voice;
import org.framescope.pipeline.ActorStances;

/**
 * What one side's articles in one scope say, counted and with the sentences that say it: the descriptive
 * findings that always appear, whatever the number of articles (they describe these articles; they test
 * nothing). In: the side's {@link ArticleFeatures}. Out: a {@link SideDescription}: loaded words in its own
 * voice and in quotes, the contested names it used, how it introduced the speakers of each country, and its
 * stance toward each actor by voice. Data only: the sentences are written by the report.
 */
public final class Description {
  /** Sentences kept as evidence per item (the rest are counted). */
  static final int MAX_REFS = 5;

  private Description() { }

  /** A sentence of an article: the article's id and the sentence's index. */
  public record Ref(String article, int sentence) {
    public Ref {
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * One word or name as used: its most frequent written form, the key it is counted under (the lower-cased word;
   * for a label, the name's variant key), the lexicon's intensity and valence, how often, and the first sentences.
   */
  public record WordUse(String text, String key, int intensity, int valence, int count, List<Ref> refs) {
    public WordUse {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(key, "key");
      refs = List.copyOf(refs);
    }
  }

  /**
   * How a side introduced the speakers of one country.
   *
   * @param attributions attributions of speakers of the country
   * @param types speaker type to count
   * @param byClass reporting-verb class to count
   * @param verbs reporting-verb class to the verbs used (most used first)
   */
  public record Introductions(int attributions, SortedMap<String, Integer> types, SortedMap<String, Integer> byClass,
                              SortedMap<String, List<WordUse>> verbs) {
    public Introductions {
      types = new TreeMap<>(types);
      byClass = new TreeMap<>(byClass);
      verbs = new TreeMap<>(verbs);
    }
  }

  /**
   * Stance of one voice toward an actor over a side's articles.
   *
   * @param score mean score over the articles with a score (-1 negative .. +1 positive)
   * @param label negative | neutral | positive for the mean
   * @param mentions mentions scored, summed over articles
   * @param articles articles with a score
   * @param evidence sentences with the strongest evidence
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Voiced(Double score, String label, int mentions, int articles, List<Ref> evidence) {
    public Voiced {
      evidence = List.copyOf(evidence);
    }
  }

  /** Stance toward one actor in the side's own voice and in the voices it quotes (null when absent). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record StanceByVoice(Voiced author, Voiced quoted) { }

  /**
   * One side in one scope.
   *
   * @param articles articles described
   * @param authorWords words in the side's own voice
   * @param quotedWords words in quotes and reported speech
   * @param loadedOwnVoice loaded words in its own voice, most used first
   * @param loadedQuoted loaded words inside quotes and reported speech, most used first
   * @param labels contested-name group to the names used (most used first)
   * @param introductions speaker country ("unknown" when not known) to how those speakers were introduced
   * @param stance actor to stance by voice
   */
  public record SideDescription(int articles, int authorWords, int quotedWords, List<WordUse> loadedOwnVoice,
                                List<WordUse> loadedQuoted, SortedMap<String, List<WordUse>> labels,
                                SortedMap<String, Introductions> introductions,
                                SortedMap<String, StanceByVoice> stance) {
    public SideDescription {
      loadedOwnVoice = List.copyOf(loadedOwnVoice);
      loadedQuoted = List.copyOf(loadedQuoted);
      labels = new TreeMap<>(labels);
      introductions = new TreeMap<>(introductions);
      stance = new TreeMap<>(stance);
    }
  }

  /** A counter of word uses under a key. */
  private static final class Tally {
    final Map<String, Map<String, Integer>> forms = new TreeMap<>();
    final Map<String, Integer> counts = new TreeMap<>();
    final Map<String, List<Ref>> refs = new TreeMap<>();
    final Map<String, int[]> scale = new TreeMap<>();

    void add(String key, String form, Ref ref, int intensity, int valence) {
      forms.computeIfAbsent(key, k -> new TreeMap<>()).merge(form, 1, Integer::sum);
      counts.merge(key, 1, Integer::sum);
      List<Ref> r = refs.computeIfAbsent(key, k -> new ArrayList<>());
      if (r.size() < MAX_REFS && !r.contains(ref)) {
        r.add(ref);
      }
      int[] s = scale.computeIfAbsent(key, k -> new int[] {intensity, valence});
      s[0] = Math.max(s[0], intensity);
    }

    List<WordUse> uses() {
      List<WordUse> out = new ArrayList<>();
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        String form = forms.get(e.getKey()).entrySet().stream()
            .max(java.util.Comparator.comparing((Map.Entry<String, Integer> x) -> x.getValue())
                .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
            .orElseThrow().getKey();
        int[] s = scale.get(e.getKey());
        out.add(new WordUse(form, e.getKey(), s[0], s[1], e.getValue(), refs.get(e.getKey())));
      }
      out.sort(java.util.Comparator.comparingInt(WordUse::count).reversed().thenComparing(WordUse::key));
      return out;
    }
  }

  /** Describes these articles as one side (the one-article page's summary card uses it). */
  public static SideDescription describe(List<ArticleResult> articles) {
    List<ArticleFeatures> list = new ArrayList<>();
    for (ArticleResult a : articles) {
      list.add(new ArticleFeatures(a));
    }
    return of(list);
  }

  /** Describes one side's articles. */
  static SideDescription of(List<ArticleFeatures> list) {
    int authorWords = 0;
    int quotedWords = 0;
    Tally own = new Tally();
    Tally quoted = new Tally();
    Map<String, Tally> labels = new TreeMap<>();
    Map<String, List<Said>> byCountry = new TreeMap<>();
    Map<String, List<double[]>> author = new TreeMap<>();
    Map<String, List<double[]>> quotedStance = new TreeMap<>();
    Map<String, List<Ref>> authorEvidence = new TreeMap<>();
    Map<String, List<Ref>> quotedEvidence = new TreeMap<>();
    for (ArticleFeatures f : list) {
      ArticleResult a = f.article();
      authorWords += (int) f.metric(ArticleFeatures.TOKENS_AUTHOR);
      quotedWords += (int) f.metric(ArticleFeatures.TOKENS_QUOTED);
      for (SentenceResult s : a.sentences()) {
        Ref ref = new Ref(a.id(), s.index());
        for (Span sp : s.spans()) {
          if ("loaded".equals(sp.category())) {
            (f.voiceAt(sp.begin()) == Voice.AUTHOR ? own : quoted).add(sp.text().toLowerCase(Locale.ROOT),
                sp.text(), ref, sp.intensity(), sp.valence());
          } else if ("label".equals(sp.category()) && sp.group() != null && !sp.group().isBlank()
              && f.voiceAt(sp.begin()) == Voice.AUTHOR) {
            String[] gs = ArticleFeatures.splitGroup(sp.group());
            labels.computeIfAbsent(gs[0], k -> new Tally()).add(gs[1], sp.text(), ref, sp.intensity(), sp.valence());
          }
        }
      }
      for (Attribution at : a.attributions()) {
        byCountry.computeIfAbsent(Attributions.country(at), k -> new ArrayList<>()).add(new Said(a.id(), at));
      }
      for (Map.Entry<String, ActorStance> e : a.stance().entrySet()) {
        ActorStance st = e.getValue();
        if (st.score() != null && st.mentions() > 0 && Double.isFinite(st.score())) {
          author.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new double[] {st.score(), st.mentions()});
          addEvidence(authorEvidence, e.getKey(), a.id(), st.evidence());
        }
        if (st.quoted() != null && st.quoted().mentions() > 0 && Double.isFinite(st.quoted().score())) {
          quotedStance.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
              .add(new double[] {st.quoted().score(), st.quoted().mentions()});
          addEvidence(quotedEvidence, e.getKey(), a.id(), st.quoted().evidence());
        }
      }
    }
    SortedMap<String, List<WordUse>> labelUses = new TreeMap<>();
    labels.forEach((g, t) -> labelUses.put(g, t.uses()));
    SortedMap<String, Introductions> intro = new TreeMap<>();
    byCountry.forEach((c, ats) -> intro.put(c, introductions(ats)));
    SortedMap<String, StanceByVoice> stance = new TreeMap<>();
    java.util.SortedSet<String> actors = new java.util.TreeSet<>(author.keySet());
    actors.addAll(quotedStance.keySet());
    for (String actor : actors) {
      stance.put(actor, new StanceByVoice(voiced(author.get(actor), authorEvidence.get(actor)),
          voiced(quotedStance.get(actor), quotedEvidence.get(actor))));
    }
    return new SideDescription(list.size(), authorWords, quotedWords, own.uses(), quoted.uses(), labelUses, intro,
        stance);
  }

  private static void addEvidence(Map<String, List<Ref>> m, String actor, String article, List<Integer> sentences) {
    List<Ref> r = m.computeIfAbsent(actor, k -> new ArrayList<>());
    for (Integer s : sentences) {
      if (r.size() < MAX_REFS) {
        r.add(new Ref(article, s));
      }
    }
  }

  /** An attribution with the article it is in. */
  private record Said(String article, Attribution at) { }

  private static Introductions introductions(List<Said> said) {
    SortedMap<String, Integer> types = new TreeMap<>();
    SortedMap<String, Integer> byClass = new TreeMap<>();
    Map<String, Tally> verbs = new TreeMap<>();
    for (Said s : said) {
      Attribution at = s.at();
      types.merge(at.speaker().type().json(), 1, Integer::sum);
      byClass.merge(at.verbClass().json(), 1, Integer::sum);
      verbs.computeIfAbsent(at.verbClass().json(), k -> new Tally()).add(at.verb().toLowerCase(Locale.ROOT),
          at.verb(), new Ref(s.article(), at.sentence()), 0, 0);
    }
    SortedMap<String, List<WordUse>> v = new TreeMap<>();
    verbs.forEach((k, t) -> v.put(k, t.uses()));
    return new Introductions(said.size(), types, byClass, v);
  }

  private static Voiced voiced(List<double[]> values, List<Ref> evidence) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    double sum = 0;
    int mentions = 0;
    for (double[] v : values) {
      sum += v[0];
      mentions += (int) v[1];
    }
    double mean = sum / values.size();
    String label = mean >= ActorStances.LABEL_THRESHOLD ? "positive"
        : mean <= -ActorStances.LABEL_THRESHOLD ? "negative" : "neutral";
    return new Voiced(Numbers.num(mean), label, mentions, values.size(), evidence == null ? List.of() : evidence);
  }
}
