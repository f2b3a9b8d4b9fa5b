package dev.salient.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.EntityDictionary;
import dev.salient.EntityType;
import dev.salient.clean.TextCleaner;
import dev.salient.lang.LanguageResources;
import dev.salient.split.Document;
import dev.salient.split.SentenceSplitter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityDetectorTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(LanguageResources.ENGLISH);
  private static final TextCleaner CLEANER = new TextCleaner(LanguageResources.ENGLISH);
  private static final EntityDetector DETECTOR = new EntityDetector(LanguageResources.ENGLISH);

  static List<DetectedEntity> detect(EntityDetector detector, String text) {
    Document document = SPLITTER.split(CLEANER.clean(text));
    List<DetectedEntity> entities = detector.detect(document);
    for (DetectedEntity e : entities) {
      for (EntityMention m : e.mentions()) {
        assertEquals(m.surface(), document.text().substring(m.start(), m.end()), "mention offsets");
      }
    }
    return entities;
  }

  static List<DetectedEntity> detect(String text) {
    return detect(DETECTOR, text);
  }

  static DetectedEntity find(List<DetectedEntity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
  }

  static Set<String> surfaces(DetectedEntity e) {
    return e.mentions().stream().map(EntityMention::surface).collect(Collectors.toSet());
  }

  @Test
  void cutsThePossessiveOffANameAndCountsItAsAMention() {
    List<DetectedEntity> entities = detect("The deal helps China's economy. Officials in China agreed.");
    DetectedEntity china = find(entities, "China");
    assertNotNull(china);
    assertEquals(2, china.mentions().size());
    assertEquals(Set.of("China"), surfaces(china));
  }

  @Test
  void joinsASurnameWithHonorificToTheFullName() {
    List<DetectedEntity> entities =
        detect("Analyst Barbara Kelemen spoke on Friday. Later, Ms Kelemen said it would take months.");
    DetectedEntity kelemen = find(entities, "Barbara Kelemen");
    assertNotNull(kelemen);
    assertEquals(EntityType.PERSON, kelemen.type());
    assertEquals(Set.of("Barbara Kelemen", "Kelemen"), surfaces(kelemen));
    assertNull(find(entities, "Kelemen"));
    assertNull(find(entities, "Ms Kelemen"));
  }

  @Test
  void joinsASurnameThatComesBeforeTheFullName() {
    List<DetectedEntity> entities =
        detect("Talks stalled, said Mr Shaheen. Suhail Shaheen is the group's spokesman.");
    DetectedEntity shaheen = find(entities, "Suhail Shaheen");
    assertNotNull(shaheen);
    assertEquals(2, shaheen.mentions().size());
    assertEquals(EntityType.PERSON, shaheen.type());
  }

  @Test
  void honorificAloneMakesAPerson() {
    DetectedEntity e = find(detect("The plan was approved by Mrs Okonjo on Monday."), "Okonjo");
    assertNotNull(e);
    assertEquals(EntityType.PERSON, e.type());
  }

  @Test
  void cutsTitlesOffPersonNames() {
    List<DetectedEntity> entities =
        detect("The troops left under President Joe Biden. Foreign Minister Kamal Kharazi spoke.");
    assertEquals(EntityType.PERSON, find(entities, "Joe Biden").type());
    assertEquals(EntityType.PERSON, find(entities, "Kamal Kharazi").type());
    assertNull(find(entities, "President Joe Biden"));
  }

  @Test
  void splitsACountryBeforeATitleFromThePerson() {
    List<DetectedEntity> entities = detect("Talks with US President Joe Biden and Russian President Vladimir Putin.");
    assertNotNull(find(entities, "United States"));
    assertNotNull(find(entities, "Russia"));
    assertEquals(EntityType.PERSON, find(entities, "Joe Biden").type());
    assertEquals(EntityType.PERSON, find(entities, "Vladimir Putin").type());
  }

  @Test
  void readsTitleOfPlaceAsThePlace() {
    List<DetectedEntity> entities = detect("He met the President of Russia in the Kremlin.");
    assertNotNull(find(entities, "Russia"));
    assertNull(find(entities, "President of Russia"));
  }

  @Test
  void mergesTheNamesOfTheUnitedStates() {
    List<DetectedEntity> entities =
        detect("Troops from the US left. The U.S. said so. Critics of the United States disagree.");
    DetectedEntity us = find(entities, "United States");
    assertNotNull(us);
    assertEquals(3, us.mentions().size());
    assertEquals(Set.of("US", "U.S.", "United States"), surfaces(us));
    assertEquals(EntityType.LOCATION, us.type());
  }

  @Test
  void doesNotTakeThePronounUsForTheCountry() {
    List<DetectedEntity> entities = detect("Tell Us What You Think\n\nThey told us nothing about it.");
    assertNull(find(entities, "United States"));
  }

  @Test
  void mergesAnAcronymDefinedInBrackets() {
    List<DetectedEntity> entities =
        detect("The Securities and Exchange Commission (SEC) opened a case. The SEC declined to comment.");
    DetectedEntity sec = find(entities, "Securities and Exchange Commission");
    assertNotNull(sec);
    assertEquals(3, sec.mentions().size());
    assertEquals(EntityType.ORGANIZATION, sec.type());
    assertNull(find(entities, "SEC"));
  }

  @Test
  void countsDemonymsAsMentionsOfTheirCountry() {
    List<DetectedEntity> entities =
        detect("Chinese and Russian troops met near the border. Afghan soldiers fled. Iraqis voted.");
    assertEquals(Set.of("Chinese"), surfaces(find(entities, "China")));
    assertEquals(Set.of("Russian"), surfaces(find(entities, "Russia")));
    assertEquals(Set.of("Afghan"), surfaces(find(entities, "Afghanistan")));
    assertEquals(Set.of("Iraqis"), surfaces(find(entities, "Iraq")));
    assertEquals(EntityType.LOCATION, find(entities, "China").type());
  }

  @Test
  void countsRegionalAdjectivesAsMentionsOfTheRegion() {
    DetectedEntity e = find(detect("Trade in Central Asia grew, and Central Asian states gained."), "Central Asia");
    assertNotNull(e);
    assertEquals(2, e.mentions().size());
  }

  @Test
  void keepsInnerOfInOrganizationNames() {
    List<DetectedEntity> entities = detect("Rates were raised by the Bank of England on Thursday.");
    DetectedEntity bank = find(entities, "Bank of England");
    assertNotNull(bank);
    assertEquals(EntityType.ORGANIZATION, bank.type());
    assertNull(find(entities, "England"));
  }

  @Test
  void splitsNamesJoinedByAnd() {
    List<DetectedEntity> entities = detect("Both China and Russia have been at loggerheads with the West.");
    assertNotNull(find(entities, "China"));
    assertNotNull(find(entities, "Russia"));
    assertNull(find(entities, "China and Russia"));
  }

  @Test
  void splitsAPersonFromTheOrganizationAfterOf() {
    List<DetectedEntity> entities = detect("The report was written by Anna Berg of Dragonfly Group.");
    assertEquals(EntityType.PERSON, find(entities, "Anna Berg").type());
    assertEquals(EntityType.ORGANIZATION, find(entities, "Dragonfly Group").type());
  }

  @Test
  void joinsHyphenatedArabicNames() {
    List<DetectedEntity> entities = detect("Officials blamed al-Qaeda for the attack.");
    assertNotNull(find(entities, "al-Qaeda"));
  }

  @Test
  void ignoresSentenceInitialCommonWordsWithoutEvidence() {
    List<DetectedEntity> entities =
        detect("Earlier this week, the spokesman spoke. Geopolitically, the region matters.");
    assertNull(find(entities, "Earlier"));
    assertNull(find(entities, "Geopolitically"));
  }

  @Test
  void keepsSentenceInitialWordsWithEvidence() {
    List<DetectedEntity> entities =
        detect("Beijing held talks. Dragonfly published it. Analysts at Dragonfly agreed.");
    assertNotNull(find(entities, "Beijing"));
    assertEquals(2, find(entities, "Dragonfly").mentions().size());
  }

  @Test
  void typesCapitalsAsLocations() {
    List<DetectedEntity> entities = detect("Officials in Beijing and Moscow held talks with Kabul.");
    assertEquals(EntityType.LOCATION, find(entities, "Beijing").type());
    assertEquals(EntityType.LOCATION, find(entities, "Moscow").type());
    assertEquals(EntityType.LOCATION, find(entities, "Kabul").type());
  }

  @Test
  void doesNotTakeDaysAndMonthsForEntities() {
    List<DetectedEntity> entities = detect("The vote on Monday was moved to August by Parliament.");
    assertNull(find(entities, "Monday"));
    assertNull(find(entities, "August"));
  }

  @Test
  void typesUnknownAcronymsAsOrganizations() {
    DetectedEntity e = find(detect("The OSCE summit opened as OSCE members met."), "OSCE");
    assertEquals(EntityType.ORGANIZATION, e.type());
  }

  @Test
  void mapsUserDictionaryAliasesToTheirEntry() {
    EntityDetector detector =
        new EntityDetector(
            LanguageResources.ENGLISH,
            EntityDictionary.builder().add("Acme Widgets", EntityType.ORGANIZATION, "Acme", "AWC").build());
    List<DetectedEntity> entities = detect(detector, "Acme shares rose. Analysts said AWC would grow.");
    DetectedEntity acme = find(entities, "Acme Widgets");
    assertNotNull(acme);
    assertEquals(2, acme.mentions().size());
    assertEquals(EntityType.ORGANIZATION, acme.type());
  }

  @Test
  void resolvesAliasesAndDemonymsToCanonicalNames() {
    assertEquals("United States", DETECTOR.canonicalName("U.S."));
    assertEquals("United States", DETECTOR.canonicalName("America"));
    assertEquals("China", DETECTOR.canonicalName("Chinese"));
    assertEquals("Russia", DETECTOR.canonicalName("Russia"));
    assertEquals("Kelemen", DETECTOR.canonicalName("Kelemen"));
  }

  @Test
  void listsEntitiesInOrderOfFirstMentionWithMentionsInOrder() {
    List<DetectedEntity> entities = detect("Russia and China met. China then called Russia and Iran.");
    assertEquals(List.of("Russia", "China", "Iran"), entities.stream().map(DetectedEntity::name).toList());
    for (DetectedEntity e : entities) {
      for (int i = 1; i < e.mentions().size(); i++) {
        assertTrue(e.mentions().get(i - 1).start() < e.mentions().get(i).start());
      }
    }
  }

  @Test
  void findsNothingInLowercaseText() {
    assertTrue(detect("nothing here is a name, not even a country like china.").isEmpty());
  }

  @Test
  void rejectsBlankDictionaryNamesWithTheValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> EntityDictionary.builder().add("Acme", EntityType.OTHER, " "));
    assertEquals("alias must not be blank: name=\"Acme\", alias=\" \"", e.getMessage());
    assertFalse(EntityDictionary.EMPTY.with("Acme", EntityType.OTHER).isEmpty());
  }
}
