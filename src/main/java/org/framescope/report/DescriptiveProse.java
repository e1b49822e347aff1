package org.framescope.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framescope.compare.ComparisonReport.Evidence;
import org.framescope.compare.ComparisonReport.Finding;
import org.framescope.compare.ComparisonReport.ScopeSummary;
import org.framescope.compare.ComparisonReport.SideSummary;
import org.framescope.compare.Description.Introductions;
import org.framescope.compare.Description.Ref;
import org.framescope.compare.Description.SideDescription;
import org.framescope.compare.Description.StanceByVoice;
import org.framescope.compare.Description.Voiced;
import org.framescope.compare.Description.WordUse;
import org.framescope.model.ArticleResult;
import org.framescope.model.SentenceResult;

/**
 * The descriptive findings of one event: sentences that say what each side's articles do, with the actual words
 * and the sentences they come from. They always appear, whatever the number of articles, and they describe these
 * articles; they test nothing. In: the scope's {@link SideDescription}s and the articles (for the evidence
 * sentences). Out: {@link Finding}s of kind {@code description} (topics own-voice, labels, introductions, voices,
 * stance) after one {@code note} that says what they are.
 */
final class DescriptiveProse {
  /** Most words named in one sentence (the rest are counted). */
  private static final int MAX_WORDS = 5;
  /** Most evidence sentences per finding. */
  private static final int MAX_EVIDENCE = 4;
  /** Most actors described by stance per event. */
  private static final int MAX_ACTORS = 4;

  private final Words words;
  private final Map<String, ArticleResult> articles;

  DescriptiveProse(Words words, Map<String, ArticleResult> articles) {
    this.words = words;
    this.articles = articles;
  }

  List<Finding> findings(ScopeSummary s) {
    List<Finding> out = new ArrayList<>();
    if (s.descriptions().isEmpty()) {
      return out;
    }
    int n = s.articleIds().size();
    out.add(new Finding(s.id(), "note", "", "", "What " + (n == 1 ? "this article says" : "these " + n
        + " articles say") + ", counted and quoted. This describes " + (n == 1 ? "this article" : "these articles")
        + "; it is not a test of how the outlets write in general.", List.of()));
    List<String> sides = new ArrayList<>(s.descriptions().keySet());
    for (String side : sides) {
      out.add(ownVoice(s.id(), side, s.descriptions().get(side)));
    }
    labels(s, sides, out);
    introductions(s, sides, out);
    for (String side : sides) {
      Finding v = voices(s.id(), side, s.descriptions().get(side), s.sides().get(side));
      if (v != null) {
        out.add(v);
      }
    }
    stance(s, sides, out);
    return out;
  }

  private Finding ownVoice(String scope, String side, SideDescription d) {
    List<WordUse> loaded = d.loadedOwnVoice();
    int total = loaded.stream().mapToInt(WordUse::count).sum();
    String text;
    if (total == 0) {
      text = side + ", in its own voice (" + Words.count(d.authorWords(), "word", "words") + "), uses no word from "
          + "the loaded-language list";
    } else {
      text = side + ", in its own voice (" + Words.count(d.authorWords(), "word", "words") + "), uses "
          + Words.count(total, "loaded word", "loaded words") + ": " + wordList(loaded);
    }
    int inQuotes = d.loadedQuoted().stream().mapToInt(WordUse::count).sum();
    if (inQuotes > 0) {
      text += "; the quotes and reported speech it carries add " + inQuotes + " more (" + wordList(d.loadedQuoted())
          + ")";
    }
    return new Finding(scope, "description", "own-voice", "", Words.sentence(text), evidence(loaded));
  }

  private static String wordList(List<WordUse> uses) {
    List<String> parts = new ArrayList<>();
    for (WordUse u : uses.subList(0, Math.min(MAX_WORDS, uses.size()))) {
      parts.add(Words.quote(u.text()) + (u.count() > 1 ? " (" + u.count() + " times)" : ""));
    }
    if (uses.size() > MAX_WORDS) {
      parts.add(Words.count(uses.size() - MAX_WORDS, "other", "others"));
    }
    return Words.list(parts);
  }

  private void labels(ScopeSummary s, List<String> sides, List<Finding> out) {
    SortedSet<String> groups = new TreeSet<>();
    s.descriptions().values().forEach(d -> groups.addAll(d.labels().keySet()));
    for (String g : groups) {
      boolean marked = false;
      Set<String> used = new TreeSet<>();
      for (SideDescription d : s.descriptions().values()) {
        for (WordUse u : d.labels().getOrDefault(g, List.of())) {
          marked |= Layers.markedLabel(u.intensity(), u.valence());
          used.add(u.key());
        }
      }
      // an unmarked name used by every side that names the thing at all says nothing about word choice
      if (!marked && used.size() < 2) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      List<WordUse> ev = new ArrayList<>();
      for (String side : sides) {
        List<WordUse> uses = s.descriptions().get(side).labels().getOrDefault(g, List.of());
        if (uses.isEmpty()) {
          parts.add(side + " uses none of them");
          continue;
        }
        List<String> names = new ArrayList<>();
        for (WordUse u : uses) {
          boolean m = Layers.markedLabel(u.intensity(), u.valence());
          String note = (u.count() > 1 ? u.count() + " times" : "") + (m ? "" : (u.count() > 1 ? ", " : "")
              + "the unmarked name");
          names.add(Words.quote(u.text()) + (note.isEmpty() ? "" : " (" + note + ")"));
          if (Layers.markedLabel(u.intensity(), u.valence())) {
            ev.add(u);
          }
        }
        parts.add(side + " writes " + Words.list(names));
      }
      out.add(new Finding(s.id(), "description", "labels", "", Words.sentence("Contested names ("
          + Words.groupInScope(s, g, words) + "): " + String.join("; ", parts)), evidence(ev)));
    }
  }

  private void introductions(ScopeSummary s, List<String> sides, List<Finding> out) {
    SortedSet<String> countries = new TreeSet<>();
    s.descriptions().values().forEach(d -> countries.addAll(d.introductions().keySet()));
    for (String c : countries) {
      for (String cls : List.of("distancing", "emotive", "endorsing")) {
        boolean any = s.descriptions().values().stream().anyMatch(d -> d.introductions().containsKey(c)
            && d.introductions().get(c).byClass().getOrDefault(cls, 0) > 0);
        if (!any) {
          continue;
        }
        List<String> doing = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<WordUse> ev = new ArrayList<>();
        List<WordUse> contrast = new ArrayList<>();
        // the sides that introduce these speakers this way come first, most often first
        List<String> order = new ArrayList<>(sides);
        order.sort(java.util.Comparator.comparingInt((String side) -> -classCount(s, side, c, cls)));
        for (String side : order) {
          Introductions in = s.descriptions().get(side).introductions().get(c);
          if (in == null) {
            others.add(side + " quotes no " + Words.speakers(c, new TreeMap<>(), false));
            continue;
          }
          int k = in.byClass().getOrDefault(cls, 0);
          String who = Words.speakers(c, in.types(), in.attributions() != 1);
          if (k > 0) {
            List<WordUse> verbs = in.verbs().getOrDefault(cls, List.of());
            doing.add(side + " introduces " + k + " of " + in.attributions() + " " + who + " with " + cls
                + " verbs such as " + verbList(verbs));
            ev.addAll(verbs);
          } else {
            List<String> used = new ArrayList<>();
            in.verbs().values().forEach(v -> v.forEach(u -> used.add(u.text())));
            others.add(side + " introduces none of its " + in.attributions() + " " + who + " that way (it uses "
                + Words.list(used.stream().distinct().limit(3).map(Words::quote).toList()) + ")");
            in.verbs().values().forEach(v -> contrast.addAll(v.subList(0, Math.min(1, v.size()))));
          }
        }
        List<String> parts = new ArrayList<>(doing);
        parts.addAll(others);
        ev.addAll(contrast);
        out.add(new Finding(s.id(), "description", "introductions", "", Words.sentence(String.join("; ", parts)),
            evidence(ev)));
      }
    }
  }

  private static int classCount(ScopeSummary s, String side, String country, String cls) {
    Introductions in = s.descriptions().get(side).introductions().get(country);
    return in == null ? 0 : in.byClass().getOrDefault(cls, 0);
  }

  private static String verbList(List<WordUse> verbs) {
    return Words.list(verbs.stream().limit(3).map(u -> Words.quote(u.text())).toList());
  }

  private Finding voices(String scope, String side, SideDescription d, SideSummary sum) {
    if (sum == null) {
      return null;
    }
    int total = sum.speakerCountries().values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return new Finding(scope, "description", "voices", "", Words.sentence(side + " quotes or reports no one"),
          List.of());
    }
    List<String> byCountry = new ArrayList<>();
    sum.speakerCountries().entrySet().stream()
        .sorted(java.util.Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> byCountry.add(e.getValue() + ("unknown".equals(e.getKey()) ? " whose country is not known"
            : " from " + Words.country(e.getKey()))));
    List<String> byType = new ArrayList<>();
    sum.speakerTypes().entrySet().stream()
        .sorted(java.util.Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> byType.add(e.getValue() + " " + (e.getValue() == 1 ? singular(e.getKey())
            : Words.typePlural(e.getKey()))));
    return new Finding(scope, "description", "voices", "", Words.sentence(side + " quotes or reports "
        + Words.count(total, "voice", "voices") + ": " + Words.list(byCountry) + " (" + Words.list(byType) + ")"),
        List.of());
  }

  private static String singular(String type) {
    String p = Words.typePlural(type);
    return p.equals("members of the public") ? "member of the public" : p.replaceFirst("s$", "")
        .replace("sources", "source");
  }

  private void stance(ScopeSummary s, List<String> sides, List<Finding> out) {
    Map<String, Integer> mentions = new TreeMap<>();
    for (SideDescription d : s.descriptions().values()) {
      d.stance().forEach((actor, v) -> mentions.merge(actor, (v.author() == null ? 0 : v.author().mentions())
          + (v.quoted() == null ? 0 : v.quoted().mentions()), Integer::sum));
    }
    List<String> actors = new ArrayList<>(mentions.keySet());
    actors.sort(java.util.Comparator.comparing((String a) -> -mentions.get(a)).thenComparing(a -> a));
    for (String actor : actors.subList(0, Math.min(MAX_ACTORS, actors.size()))) {
      List<String> parts = new ArrayList<>();
      List<Ref> ev = new ArrayList<>();
      for (String side : sides) {
        StanceByVoice v = s.descriptions().get(side).stance().get(actor);
        if (v == null) {
          parts.add(side + " does not mention " + actor);
          continue;
        }
        List<String> voices = new ArrayList<>();
        if (v.author() != null) {
          voices.add("its own voice is " + voiced(v.author()));
          ev.addAll(v.author().evidence().subList(0, Math.min(2, v.author().evidence().size())));
        } else {
          voices.add("its own voice does not mention " + actor);
        }
        if (v.quoted() != null) {
          voices.add("the voices it quotes are " + voiced(v.quoted()));
        }
        parts.add(side + ": " + Words.list(voices));
      }
      out.add(new Finding(s.id(), "description", "stance", "", Words.sentence("Stance toward " + actor + " (from the "
          + "stance model): " + String.join("; ", parts)), refs(ev)));
    }
  }

  private static String voiced(Voiced v) {
    return v.label() + " (" + Words.signed(v.score()) + ", " + Words.count(v.mentions(), "mention", "mentions") + ")";
  }

  private List<Evidence> evidence(List<WordUse> uses) {
    List<Ref> refs = new ArrayList<>();
    for (WordUse u : uses) {
      refs.addAll(u.refs());
    }
    return refs(refs);
  }

  private List<Evidence> refs(List<Ref> refs) {
    List<Evidence> out = new ArrayList<>();
    for (Ref r : new LinkedHashSet<>(refs)) {
      if (out.size() >= MAX_EVIDENCE) {
        break;
      }
      String text = sentenceText(r);
      if (text != null) {
        out.add(new Evidence(r.article(), r.sentence(), text));
      }
    }
    return out;
  }

  private String sentenceText(Ref r) {
    ArticleResult a = articles.get(r.article());
    if (a == null) {
      return null;
    }
    for (SentenceResult s : a.sentences()) {
      if (s.index() == r.sentence()) {
        return s.text();
      }
    }
    return null;
  }
}
