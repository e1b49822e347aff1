package org.framescope.voice;

import org.framescope.model.SpeakerType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framescope.model.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorRegistryTest {
  private static ActorRegistry reg;

  @BeforeAll
  static void load() throws Exception {
    reg = ActorRegistry.fromLexicons(Path.of("lexicons"));
  }

  private static String country(String surface) {
    return reg.lookup(surface).map(Actor::country).orElse("-");
  }

  @Test
  void aliasesMapToCanonicalCountries() {
    for (String s : List.of("Washington", "White House", "the Pentagon", "State Department", "U.S.", "US", "USA",
        "America", "American", "Americans")) {
      assertEquals("United States", country(s), s);
    }
    for (String s : List.of("Moscow", "Kremlin", "the Kremlin's", "Russian")) {
      assertEquals("Russia", country(s), s);
    }
    assertEquals("Iran", country("Tehran"));
    assertEquals("Iran", country("Iranian"));
    assertEquals("China", country("Beijing"));
    assertEquals("Ukraine", country("Kiev"));
    assertEquals("Ukraine", country("Kyiv"));
    assertEquals("Israel", country("IDF"));
    assertEquals("United Kingdom", country("Downing Street"));
    assertEquals("United Kingdom", country("Britain"));
    assertEquals("Russia", country("Sergei Lavrov"));
    assertEquals("Pentagon", reg.lookup("Pentagon").orElseThrow().canonical());
    assertEquals(SpeakerType.MILITARY, reg.lookup("Pentagon").orElseThrow().type());
    assertEquals(SpeakerType.INTELLIGENCE, reg.lookup("CIA").orElseThrow().type());
  }

  @Test
  void findSkipsLowerCaseCommonNounsAndPeopleNamedLikeCountries() {
    List<String> found = reg.find(Fixtures.sentence("Rep./NNP/O Jim/NNP/PERSON Jordan/NNP/PERSON praised/VBD/O/praise "
        + "the/DT turkey/NN and/CC Jordan/NNP/LOCATION ./.")).stream().map(m -> m.actor().canonical()).toList();
    assertEquals(List.of("Jordan"), found, "only the country mention (NER LOCATION) counts");
  }

  @Test
  void caseRulesKeepPronounsAndCommonWordsOut() {
    assertTrue(reg.lookup("us").isEmpty(), "pronoun 'us' is not the United States");
    assertTrue(reg.lookup("china").isEmpty(), "lower-case 'china' is porcelain");
    assertEquals(SpeakerType.EXPERT, reg.lookup("Analysts").orElseThrow().type());
    assertEquals(SpeakerType.PUBLIC, reg.lookup("protesters").orElseThrow().type());
    assertEquals(SpeakerType.MEDIA, reg.lookup("reporter").orElseThrow().type());
    assertEquals(SpeakerType.MILITARY, reg.lookup("general").orElseThrow().type());
    assertEquals("title", reg.lookup("spokeswoman").orElseThrow().kind());
  }

  @Test
  void findMergesCountryOrganisationTitleAndPerson() {
    var s = Fixtures.sentence("the/DT U.S./NNP State/NNP Department/NNP said/VBD/O/say");
    List<ActorMention> ms = reg.find(s);
    assertEquals(1, ms.size(), ms::toString);
    ActorMention m = ms.get(0);
    assertEquals(new Actor("State Department", "United States", SpeakerType.GOVERNMENT, "organisation"), m.actor());
    assertEquals(1, m.tokenBegin());
    assertEquals(4, m.tokenEnd());
    assertEquals("U.S. State Department", m.text());

    ms = reg.find(Fixtures.sentence("Russian/JJ Defence/NNP Minister/NNP Sergei/NNP/PERSON Shoigu/NNP/PERSON spoke/VBD"));
    assertEquals(1, ms.size(), ms::toString);
    assertEquals(new Actor("Sergei Shoigu", "Russia", SpeakerType.GOVERNMENT, "person"), ms.get(0).actor());

    ms = reg.find(Fixtures.sentence("an/DT Iranian/JJ Foreign/NNP Ministry/NNP spokesman/NN/O/spokesman said/VBD/O/say"));
    assertEquals(1, ms.size(), ms::toString);
    assertEquals("Iran", ms.get(0).actor().country());
    assertEquals(SpeakerType.GOVERNMENT, ms.get(0).actor().type(), "a ministry's spokesman speaks for the government");
    assertEquals("title", ms.get(0).actor().kind());

    ms = reg.find(Fixtures.sentence("Russia/NNP 's/POS foreign/JJ ministry/NN said/VBD"));
    assertEquals(1, ms.size(), ms::toString);
    assertEquals("Russia", ms.get(0).actor().country());

    ms = reg.find(Fixtures.sentence("talks/NNS between/IN Washington/NNP and/CC Moscow/NNP"));
    assertEquals(2, ms.size(), ms::toString);
    assertEquals("United States", ms.get(0).actor().country());
    assertEquals("Russia", ms.get(1).actor().country());

    ms = reg.find(Fixtures.sentence("U.S./NNP officials/NNS/O/official said/VBD"));
    assertEquals(1, ms.size(), ms::toString);
    assertEquals("United States", ms.get(0).actor().country());
    assertEquals(SpeakerType.GOVERNMENT, ms.get(0).actor().type());
  }

  @Test
  void badFilesFailWithFileAndLine(@TempDir Path dir) throws Exception {
    String header = "#! name: actors\n#! version: 1\n#! licence: x\n#! description: x\n"
        + "#! category country: c\n#! category organisation: o\n#! category person: p\n#! category title: t\n"
        + "#! columns: entry, category, country, type, aliases, flags\n";
    Path f = dir.resolve("actors.tsv");
    Files.writeString(f, header + "Narnia\tcountry\tNarnia\tgovernment\n" + "Aslan\tperson\tNarnia\tlion\n");
    InputException e = assertThrows(InputException.class, () -> ActorRegistry.load(f));
    assertTrue(e.getMessage().contains("actors.tsv:11") && e.getMessage().contains("lion"), e.getMessage());
    Files.writeString(f, header + "Aslan\tperson\tNarnia\tgovernment\n");
    e = assertThrows(InputException.class, () -> ActorRegistry.load(f));
    assertTrue(e.getMessage().contains("not a country"), e.getMessage());
    Files.writeString(f, header + "Narnia\tkingdom\t\tgovernment\n");
    assertThrows(InputException.class, () -> ActorRegistry.load(f));
    Files.writeString(f, header + "Narnia\tcountry\tNarnia\tgovernment\t\tshiny\n");
    assertThrows(InputException.class, () -> ActorRegistry.load(f));
    Files.writeString(f, header + "Narnia\tcountry\tNarnia\tgovernment\nNarnia\tcountry\tNarnia\tgovernment\n");
    assertThrows(InputException.class, () -> ActorRegistry.load(f));
  }

  @Test
  void aCountryThatBeginsAnotherNameIsNoMention() {
    java.util.function.Function<String, List<String>> countries = text -> reg.find(Fixtures.sentence(text)).stream()
        .map(m -> m.actor().country() + "/" + m.actor().canonical()).toList();
    assertEquals(List.of(), countries.apply("American/NNP/ORGANIZATION Airlines/NNPS/ORGANIZATION offered/VBD "
        + "a/DT flight/NN"), "a firm's name");
    assertEquals(List.of(), countries.apply("at/IN the/DT American/NNP/MISC Music/NNP/MISC Awards/NNPS/MISC"));
    assertEquals(List.of(), countries.apply("the/DT Amsterdam/NNP/LOCATION Light/NNP Festival/NNP opened/VBD"));
    assertEquals(List.of(), countries.apply("Aden/NNP/PERSON O'Hara/NNP/PERSON scored/VBD"), "a person's name");
    // a state's body, a person's nationality and a registered title keep the state
    assertEquals(List.of("United States/Customs and Border Protection"),
        countries.apply("U.S./NNP Customs/NNP and/CC Border/NNP Protection/NNP said/VBD"));
    assertEquals(List.of("China/CDC"), countries.apply("the/DT Chinese/JJ CDC/NNP said/VBD"));
    assertEquals(List.of("null/CDC"), countries.apply("the/DT CDC/NNP said/VBD"), "CDC alone names no state");
    assertEquals(List.of("United States/United States"),
        countries.apply("American/NNP/MISC Kevin/NNP/PERSON Smith/NNP/PERSON won/VBD"));
    assertEquals("Russia", reg.find(Fixtures.sentence("Russian/JJ Deputy/NNP Foreign/NNP Minister/NNP "
        + "Sergei/NNP/PERSON Ryabkov/NNP/PERSON said/VBD")).get(0).actor().country());
    assertEquals(List.of("United States/officials"), countries.apply("American/JJ officials/NNS said/VBD"));
  }

  @Test
  void hyphenatedNamesMatchSplitOrWhole() {
    var split = reg.find(Fixtures.sentence("Kim/NNP/PERSON Jong/NNP/PERSON -/HYPH un/NNP/PERSON spoke/VBD"));
    assertEquals("Kim Jong Un", split.get(0).actor().canonical());
    assertEquals(4, split.get(0).tokenEnd());
    var whole = reg.find(Fixtures.sentence("Kim/NNP/PERSON Jong-un/NNP/PERSON spoke/VBD"));
    assertEquals("Kim Jong Un", whole.get(0).actor().canonical());
    assertEquals("North Korea", whole.get(0).actor().country());
  }

  @Test
  void registryIsLarge() {
    assertTrue(reg.size() > 400, "actors: " + reg.size());
  }
}
