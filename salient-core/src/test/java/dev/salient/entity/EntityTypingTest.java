package dev.salient.entity;

import static dev.salient.entity.EntityDetectorTest.detect;
import static dev.salient.entity.EntityDetectorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Typing from name-internal cues, context and the gazetteers; span rules (issue 18). */
class EntityTypingTest {

  private static EntityType typeOf(String text, String name) {
    DetectedEntity e = find(detect(text), name);
    assertNotNull(e, name + " not found in " + detect(text));
    return e.type();
  }

  @Test
  void keepsNewInPlaceNames() {
    List<DetectedEntity> entities = detect("She moved to New Zealand, then back to New York.");
    assertNotNull(find(entities, "New Zealand"));
    assertNotNull(find(entities, "New York"));
    assertNull(find(entities, "Zealand"));
    assertNull(find(entities, "York"));
    assertNotNull(find(detect("New Zealand closed its borders in March."), "New Zealand"));
  }

  @Test
  void newAtSentenceStartIsNotANameWithoutEvidence() {
    List<DetectedEntity> entities = detect("New Rules were announced by the club today.");
    for (DetectedEntity e : entities) {
      assertFalse(e.name().startsWith("New"), e.name());
    }
  }

  @Test
  void contractionsAreNotNames() {
    assertTrue(detect("I'm sure. We've seen it. I’ll go. Don't worry. It's late.").isEmpty());
    assertTrue(MentionFinder.isContraction("They're"));
    assertFalse(MentionFinder.isContraction("O'Neill"));
    assertFalse(MentionFinder.isContraction("D'Angelo"));
  }

  @Test
  void loneLettersAreNotNames() {
    assertNull(find(detect("We chose Plan B and took vitamin C on Tuesday."), "B"));
  }

  @Test
  void typesALoneFirstNameAsAPerson() {
    assertEquals(EntityType.PERSON, typeOf("Later that week Steven called again.", "Steven"));
  }

  @Test
  void typesANameBeforeWhoAsAPerson() {
    assertEquals(EntityType.PERSON,
        typeOf("The letter was written by Kelemenko, who lived nearby.", "Kelemenko"));
  }

  @Test
  void typesPlaceWordsAsLocations() {
    assertEquals(EntityType.LOCATION, typeOf("They sailed across the Pacific Ocean.", "Pacific Ocean"));
    assertEquals(EntityType.LOCATION, typeOf("We walked along the Hudson River at dusk.", "Hudson River"));
    assertEquals(EntityType.LOCATION, typeOf("The shop is on Main Street near the bank.", "Main Street"));
    assertEquals(EntityType.LOCATION, typeOf("They climbed Mount Kinabalu last year.", "Mount Kinabalu"));
    assertEquals(EntityType.LOCATION, typeOf("Oil spilled into the Gulf of Mexico.", "Gulf of Mexico"));
  }

  @Test
  void organizationWordsBeatPlaceWords() {
    assertEquals(EntityType.ORGANIZATION,
        typeOf("A spokesman for the Hudson River Authority said so.", "Hudson River Authority"));
  }

  @Test
  void knowsWellKnownOrganizationsAndTheirAliases() {
    List<DetectedEntity> entities =
        detect("She worked at Google before joining NASA. The National Aeronautics and Space"
            + " Administration hired her in May.");
    assertEquals(EntityType.ORGANIZATION, find(entities, "Google").type());
    DetectedEntity nasa = find(entities, "National Aeronautics and Space Administration");
    assertNotNull(nasa);
    assertEquals(EntityType.ORGANIZATION, nasa.type());
    assertEquals(2, nasa.mentions().size());
  }

  @Test
  void placeBasedContextMakesALocation() {
    assertEquals(EntityType.LOCATION,
        typeOf("The Kelowna-based company grew fast.", "Kelowna"));
  }

  @Test
  void historicalStatesArePlaces() {
    assertEquals(EntityType.LOCATION, typeOf("He was born in the Soviet Union.", "Soviet Union"));
    assertEquals(EntityType.LOCATION, typeOf("Life on Earth began early.", "Earth"));
  }

  @Test
  void keepsHyphenatedNamesWhole() {
    List<DetectedEntity> entities = detect("He met Mohamed El-Hassan in Cairo.");
    DetectedEntity e = find(entities, "Mohamed El-Hassan");
    assertNotNull(e, entities.toString());
    assertEquals(EntityType.PERSON, e.type());
  }

  @Test
  void aLetterCompoundDoesNotExtendAName() {
    List<DetectedEntity> entities = detect("She wore an Acmeco T-shirt and had an X-ray.");
    assertNotNull(find(entities, "Acmeco"), entities.toString());
    assertNull(find(entities, "Acmeco T"));
  }

  @Test
  void commonWordsInCapitalsAreNotNames() {
    List<DetectedEntity> entities = detect("A HUGE crowd was there, but the OSCE met.");
    assertNull(find(entities, "HUGE"));
    assertNotNull(find(entities, "OSCE"));
  }

  @Test
  void interjectionsAreNotNames() {
    assertTrue(detect("Mhm. Well, Mom said no. Huh, right.").isEmpty());
  }

  @Test
  void particlesDoNotStopAPersonName() {
    assertEquals(EntityType.PERSON,
        typeOf("The painting was bought by Hendrik van der Kolk last year.", "Hendrik van der Kolk"));
  }

  @Test
  void aLoneFirstNameInAPlaceContextIsAPlace() {
    assertEquals(EntityType.LOCATION, typeOf("The meeting was held in Geneva this year.", "Geneva"));
  }

  @Test
  void aTownNameIsASurnameWhenThePersonIsNamed() {
    List<DetectedEntity> entities =
        detect("John Bolton arrived on Monday. Later Bolton told reporters he would stay.");
    DetectedEntity e = find(entities, "John Bolton");
    assertNotNull(e, entities.toString());
    assertEquals(EntityType.PERSON, e.type());
    assertEquals(2, e.mentions().size());
    assertEquals(EntityType.LOCATION, typeOf("The match was played in Bolton.", "Bolton"));
  }

  @Test
  void knowsTownsWithAndWithoutDiacritics() {
    assertEquals(EntityType.LOCATION, typeOf("Mérida is hot in May.", "Mérida"));
    assertEquals(EntityType.LOCATION, typeOf("Merida is hot in May.", "Merida"));
  }
}
