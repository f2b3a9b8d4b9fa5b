package dev.salient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the public API promises beyond its records' invariants (issue 12). */
class ApiSemanticsTest {
  private static final String SEED = Seeds.read(Seeds.NAMES.get(0));

  @Test
  void aWordBudgetAloneHasNoHiddenSentenceCap() {
    Summary summary = Summarizer.builder().maxWords(200).build().summarize(SEED);
    assertTrue(summary.sentences().size() > 3, summary::toString);
    int words = 0;
    for (SummarySentence s : summary.sentences()) {
      words += s.text().split("\\s+").length;
    }
    assertTrue(words <= 200, "words=" + words);
  }

  @Test
  void withoutABudgetTheDefaultIsThreeSentences() {
    assertEquals(Budget.DEFAULT, Summarizer.builder().build().budget());
    assertEquals(3, Summarizer.builder().build().summarize(SEED).sentences().size());
  }

  @Test
  void chosenSentencesAreTheSameRecordsAsInTheRanking() {
    Summary summary = Summarizer.builder().maxSentences(3).build().summarize(SEED);
    Set<SummarySentence> ranked = new HashSet<>(summary.rankedSentences());
    for (SummarySentence s : summary.sentences()) {
      assertTrue(ranked.contains(s), "not in the ranking as the same record: " + s);
      assertTrue(s.chosen());
      assertTrue(s.gain() != 0 || s.score() == 0, s::toString);
      assertEquals(s.breakdown().total(), s.score(), 1e-12);
    }
    long chosen = summary.rankedSentences().stream().filter(SummarySentence::chosen).count();
    assertEquals(summary.sentences().size(), chosen);
  }

  @Test
  void eachSentenceNamesTheEntitiesItMentions() {
    Summary summary = Salient.summarize(SEED);
    boolean any = false;
    for (SummarySentence s : summary.rankedSentences()) {
      String span = summary.source().substring(s.start(), s.end());
      for (String name : s.entities()) {
        Entity entity = summary.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        boolean mentionedHere =
            entity.mentions().stream().anyMatch(m -> m.start() >= s.start() && m.end() <= s.end());
        assertTrue(mentionedHere, name + " is not mentioned in: " + span);
        any = true;
      }
    }
    assertTrue(any, "no sentence names an entity");
  }

  @Test
  void headlineIsASpanOfTheSource() {
    Summary summary = Salient.summarize(SEED);
    TextSpan title = summary.title().orElseThrow();
    String asWritten = summary.source().substring(title.start(), title.end());
    assertEquals(
        asWritten.replaceAll("\\W+", ""), title.text().replaceAll("\\W+", ""), "headline text vs span");
    assertTrue(summary.sentences().stream().noneMatch(s -> s.start() < title.end() && s.end() > title.start()));
  }

  @Test
  void focusReportsTheEntityItMatchedOrThatItMatchedNone() {
    Summary russia = Summarizer.builder().focus("Russia").build().summarize(SEED);
    assertTrue(russia.focusMatched());
    assertEquals("Russia", russia.focusEntity().orElseThrow().name());

    Summary unknown = Summarizer.builder().focus("Atlantis Holdings").build().summarize(SEED);
    assertFalse(unknown.focusMatched());
    assertTrue(unknown.focusEntity().isEmpty());
    assertEquals("Atlantis Holdings", unknown.focus());
    assertTrue(unknown.toString().contains("no match"), unknown::toString);

    assertTrue(Salient.summarize(SEED).focusMatched());
  }

  @Test
  void emptyReasonsAreNamed() {
    assertEquals(EmptyReason.BLANK_TEXT, Salient.summarize("  \n ").emptyReason());
    assertEquals(
        EmptyReason.NOTHING_FITS_BUDGET,
        Summarizer.builder().maxChars(3).build().summarize(SEED).emptyReason());
  }

  @Test
  void variantsThatKeepLanguageDictionaryAndWeightsShareThePipeline() {
    Summarizer base = Summarizer.builder().build();
    Summarizer shorter = base.toBuilder().maxSentences(1).order(Order.SCORE).focus("China").build();
    assertSame(base.pipeline(), shorter.pipeline());
    Summarizer withDictionary =
        base.toBuilder().knownEntity("Acme Widgets", EntityType.ORGANIZATION, "Acme").build();
    assertNotSame(base.pipeline(), withDictionary.pipeline());
    assertSame(
        withDictionary.pipeline(),
        withDictionary.toBuilder().entityDictionary(
            EntityDictionary.builder().add("Acme Widgets", EntityType.ORGANIZATION, "Acme").build()).build().pipeline());
    assertEquals(1, shorter.summarize(SEED).sentences().size());
  }

  @Test
  void languageIsChosenByCode() {
    assertEquals(Language.ENGLISH, Language.forCode("EN"));
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Language.forCode("xx"));
    assertEquals("unsupported language: code=xx", e.getMessage());
    assertEquals(Language.GERMAN, Language.forCode("de"));
    assertEquals(Language.AUTO, Language.forCode("auto"));
    assertEquals(Language.NEUTRAL, Language.forCode("und"));
    // every language but AUTO has a resource folder
    for (Language language : Language.values()) {
      if (language != Language.AUTO) {
        assertEquals(language.code(), dev.salient.lang.LanguageResources.of(language.code()).code());
      }
    }
  }
}
