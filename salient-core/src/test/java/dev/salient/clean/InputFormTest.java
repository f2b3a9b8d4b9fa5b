package dev.salient.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class InputFormTest {
  private static final String CASED =
      "Maria Lopez won the mayoral election in Springfield on Sunday with sixty percent of the vote."
          + " The city council met on Monday to discuss the new budget for the schools of the town.";

  @Test
  void casedProseIsNotLowerCased() {
    assertFalse(InputForm.lowerCased(CASED));
  }

  @Test
  void lowerCasedTextIsDetected() {
    assertTrue(InputForm.lowerCased(CASED.toLowerCase(Locale.ROOT)));
    assertTrue(InputForm.lowerCased("-lrb- cnn -rrb- " + CASED.toLowerCase(Locale.ROOT).replace(".", " .")));
  }

  @Test
  void shortTextSaysNothing() {
    assertFalse(InputForm.lowerCased("breaking news"));
  }
}
