package org.framescope.compare;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.compare.ComparisonReport.EventGroup;
import org.framescope.model.ArticleResult;

/**
 * Which articles cover the same event. In: the articles and the settings. Out: events sorted by id: those named
 * by the articles ({@code event}, from a manifest), then the rest grouped by {@link EventGrouper} as
 * {@code auto-NNN}, labelled with their earliest article's title; or, with {@link CompareConfig#oneEvent()}, the
 * one event {@value #ONE_EVENT} holding every article, labelled the same way.
 */
final class Events {
  /** The id of the one event under {@link CompareConfig#oneEvent()}. */
  static final String ONE_EVENT = "these-articles";

  private Events() { }

  static List<EventGroup> assign(List<ArticleResult> articles, CompareConfig config) {
    if (config.oneEvent()) {
      return List.of(new EventGroup(ONE_EVENT, label(articles), false,
          articles.stream().map(ArticleResult::id).sorted().toList()));
    }
    SortedMap<String, List<String>> given = new TreeMap<>();
    List<ArticleResult> unassigned = new ArrayList<>();
    for (ArticleResult a : articles) {
      if (a.event() != null && !a.event().isBlank()) {
        given.computeIfAbsent(a.event(), k -> new ArrayList<>()).add(a.id());
      } else {
        unassigned.add(a);
      }
    }
    List<EventGroup> events = new ArrayList<>();
    given.forEach((k, v) -> events.add(new EventGroup(k, k, false, v)));
    if (!unassigned.isEmpty()) {
      EventGrouper grouper = new EventGrouper(config.eventThreshold(), config.dateWindowDays(), config.actorWeight());
      List<EventGrouper.Doc> docs = new ArrayList<>();
      for (ArticleResult a : unassigned) {
        String text = (a.title() == null ? "" : a.title() + "\n") + a.body();
        docs.add(new EventGrouper.Doc(a.id(), text, date(a.published()), a.stance().keySet()));
      }
      int[] labels = grouper.group(docs);
      SortedMap<Integer, List<ArticleResult>> clusters = new TreeMap<>();
      for (int i = 0; i < labels.length; i++) {
        clusters.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(unassigned.get(i));
      }
      for (Map.Entry<Integer, List<ArticleResult>> c : clusters.entrySet()) {
        String id = String.format(Locale.ROOT, "auto-%03d", c.getKey() + 1);
        events.add(new EventGroup(id, label(c.getValue()), true,
            c.getValue().stream().map(ArticleResult::id).sorted().toList()));
      }
    }
    events.sort(java.util.Comparator.comparing(EventGroup::id));
    return events;
  }

  /** The title (else the id) of the earliest article, undated ones last, ties by id. */
  private static String label(List<ArticleResult> members) {
    ArticleResult first = members.stream().min(java.util.Comparator.comparing((ArticleResult a) ->
        a.published() == null ? "9999" : a.published()).thenComparing(ArticleResult::id)).orElseThrow();
    return first.title() != null && !first.title().isBlank() ? first.title() : first.id();
  }

  private static LocalDate date(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
