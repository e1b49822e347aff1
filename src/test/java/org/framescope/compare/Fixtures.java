package org.framescope.compare;

import org.framescope.model.SpeakerType;
import org.framescope.io.ArticleJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framescope.model.ArticleResult;
import org.framescope.model.Speaker;

/**
 * The small fictional corpus behind the golden files in src/test/resources/compare/: three outlets, two
 * events named by the manifest and two articles without an event (grouped automatically).
 */
final class Fixtures {
  static final Path DIR = Path.of("src", "test", "resources", "compare", "articles");
  static final Path GOLDEN = Path.of("src", "test", "resources", "compare", "report.golden.json");

  /** Regenerate fixtures and golden files with -Dframescope.updateGolden=true. */
  static boolean update() {
    return Boolean.getBoolean("framescope.updateGolden");
  }

  static final Speaker BLINKEN = new Speaker("Antony Blinken", "Secretary of State", "United States", SpeakerType.GOVERNMENT);
  static final Speaker KIRBY = new Speaker("John Kirby", "National Security Council spokesman", "United States",
      SpeakerType.GOVERNMENT);
  static final Speaker ZAKHAROVA = new Speaker("Maria Zakharova", "Foreign Ministry spokeswoman", "Russia",
      SpeakerType.GOVERNMENT);
  static final Speaker DOCKER = new Speaker("Olena Petrenko", "dock worker", "Ukraine", SpeakerType.PUBLIC);
  static final Speaker ANALYST = new Speaker("Dr. Ruth Alder", "analyst", "United Kingdom", SpeakerType.EXPERT);

  private Fixtures() { }

  static List<ArticleResult> corpus() {
    return List.of(
        new ArticleBuilder("vh-port", "Vostok Herald", "2024-05-02").event("port-strike")
            .title("Kyiv regime's reckless port blockade hurts families")
            .author("The regime in Kyiv staged a reckless provocation at the port as troops blocked the gates.")
            .quote(BLINKEN, "claimed", "The workers have every right to strike")
            .reported(KIRBY, "insisted", "sanctions were not to blame for rising prices")
            .paragraph()
            .quote(ZAKHAROVA, "explained", "This shameful blockade hurts civilians and families")
            .author("Refugees and families waited for aid while the regime's thugs watched.")
            .stance("United States", -0.6, 3).stance("Russia", 0.4, 2).build(),
        new ArticleBuilder("mw-port", "Meridian Wire", "2024-05-02").event("port-strike")
            .title("Ukrainian dock workers strike over pay")
            .author("Dock workers in Odesa stopped work on Thursday, the government said, as trade slowed.")
            .quote(DOCKER, "said", "We have not been paid for three months")
            .quote(BLINKEN, "said", "The workers have every right to strike")
            .paragraph()
            .reported(ZAKHAROVA, "claimed", "the strike was a provocation")
            .author("The government promised aid to families and said prices of grain could rise.")
            .stance("United States", 0.1, 2).stance("Russia", -0.3, 1).build(),
        new ArticleBuilder("ht-port", "Harbor Times", "2024-05-03").event("port-strike")
            .title("Odesa port strike enters second day")
            .author("The strike at the Odesa port entered a second day as the government met union leaders.")
            .quote(DOCKER, "explained", "Our families cannot wait any longer")
            .reported(ANALYST, "said", "the economy could lose millions in trade each day")
            .author("Military officials said the border crossing remained open.")
            .stance("United States", 0.0, 1).build(),
        new ArticleBuilder("vh-vote", "Vostok Herald", "2024-06-10").event("sanctions-vote")
            .title("Western sanctions aggression fails again")
            .author("Brutal sanctions aimed at ordinary families failed again, the Herald has learned.")
            .quote(KIRBY, "claimed", "The sanctions are working")
            .quote(BLINKEN, "insisted", "Our allies stand together")
            .reported(ZAKHAROVA, "explained", "the vote showed the West was divided")
            .author("Prices of trade goods fell as the economy adapted.")
            .stance("United States", -0.7, 4).stance("Russia", 0.5, 1)
            .frame("economic", 0.5).frame("security", 0.25).build(),
        new ArticleBuilder("mw-vote", "Meridian Wire", "2024-06-10").event("sanctions-vote")
            .title("Parliament approves new sanctions package")
            .author("Parliament approved a new sanctions package on Monday after a long debate about trade.")
            .quote(KIRBY, "said", "The sanctions are working")
            .reported(BLINKEN, "said", "allies would coordinate the next steps")
            .quote(ZAKHAROVA, "claimed", "Sanctions are illegal")
            .author("Economists said prices could rise for some goods.")
            .stance("United States", 0.2, 2).stance("Russia", -0.2, 2)
            .frame("economic", 0.75).build(),
        new ArticleBuilder("vh-flood", "Vostok Herald", "2024-07-01")
            .title("Heroic rescuers save villagers from flood")
            .author("Heroic rescuers pulled villagers from the flood waters in the river valley overnight.")
            .author("Refugees from flooded villages received aid from volunteers near the dam.")
            .build(),
        new ArticleBuilder("mw-flood", "Meridian Wire", "2024-07-02")
            .title("Flood waters force villagers from homes in river valley")
            .author("Flood waters forced villagers in the river valley from their homes after the dam overflowed.")
            .quote(ANALYST, "warned", "More villages near the dam could flood tonight")
            .author("Volunteers handed out aid to families from the flooded villages.")
            .build());
  }

  /** Writes each fixture article to {@link #DIR} as pretty JSON. */
  static void writeArticles() throws IOException {
    Files.createDirectories(DIR);
    for (ArticleResult a : corpus()) {
      Files.writeString(DIR.resolve(a.id() + ".json"), ArticleJson.mapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(a) + "\n", StandardCharsets.UTF_8);
    }
  }
}
