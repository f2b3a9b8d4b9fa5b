package dev.salient.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RougeStemmerTest {

  @Test
  void leavesTokensOfThreeCharactersOrFewerAlone() {
    assertEquals("ran", RougeStemmer.stemToken("ran"));
    assertEquals("was", RougeStemmer.stemToken("was"));
    assertEquals("is", RougeStemmer.stemToken("is"));
  }

  @Test
  void prefersTheWordNetExceptionListToPorter() {
    assertEquals("go", RougeStemmer.stemToken("went"));
    assertEquals("run", RougeStemmer.stemToken("running"));
    assertEquals("mouse", RougeStemmer.stemToken("mice"));
  }

  @Test
  void appliesPorterToOtherTokens() {
    assertEquals("cat", RougeStemmer.stemToken("cats"));
    assertEquals("relat", RougeStemmer.stemToken("relational"));
    assertEquals("hope", RougeStemmer.stemToken("hoping"));
    assertEquals("file", RougeStemmer.stemToken("filing"));
    assertEquals("2015", RougeStemmer.stemToken("2015"));
  }

  @Test
  void triesMentAndEntAfterTheOtherStepFourSuffixesAsRougeDoes() {
    // ROUGE-1.5.5's change to Porter's step 4; the textbook stemmer keeps "agreement".
    assertEquals("agreem", RougeStemmer.porter("agreement"));
    assertEquals("fundam", RougeStemmer.porter("fundamental"));
    assertEquals("depart", RougeStemmer.porter("department"));
  }

  @Test
  void treatsYAsAVowelExceptAtTheStart() {
    assertEquals("syzygi", RougeStemmer.porter("syzygy"));
    assertEquals("yell", RougeStemmer.porter("yelling"));
  }
}
