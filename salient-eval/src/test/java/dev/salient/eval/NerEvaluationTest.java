package dev.salient.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.eval.NerEvaluation.Counts;
import dev.salient.eval.NerEvaluation.Doc;
import dev.salient.eval.NerEvaluation.Gold;
import dev.salient.eval.NerEvaluation.Predicted;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerEvaluationTest {
  //                 0         1         2         3         4
  //                 0123456789012345678901234567890123456789012345
  static final String TEXT = "Ron Hubbard met Acme Corp staff in Paris today";

  static Gold gold(int s, int e, String... types) {
    return new Gold(s, e, TEXT.substring(s, e), List.of(types));
  }

  static Predicted pred(int s, int e, String type) {
    return new Predicted(s, e, TEXT.substring(s, e), type);
  }

  static Doc doc(List<Predicted> predicted) {
    List<Gold> gold = List.of(gold(0, 11, "PER"), gold(16, 25, "ORG"), gold(26, 31),
        gold(35, 40, "LOC"));
    return new Doc("d", TEXT, gold, predicted);
  }

  @Test
  void countsExactAndOverlapMatchesOneToOne() {
    // "Hubbard" overlaps Ron Hubbard; "Ron" too, but the gold mention is taken only once
    Doc d = doc(List.of(pred(0, 3, "PER"), pred(4, 11, "PER"), pred(16, 25, "ORG"),
        pred(35, 40, "ORG")));
    assertEquals(new Counts(2, 2, 1), NerEvaluation.counts(d, true, false));
    assertEquals(new Counts(3, 1, 0), NerEvaluation.counts(d, false, false));
    // typed: Paris as ORG is a false positive and Paris is missed
    assertEquals(new Counts(2, 2, 1), NerEvaluation.counts(d, false, true));
  }

  @Test
  void predictionsOnIgnoredMentionsAreNotFalsePositives() {
    Doc d = doc(List.of(pred(26, 31, "OTHER"), pred(41, 46, "OTHER")));
    // "staff" overlaps only the ignored mention; "today" overlaps nothing: a false positive
    assertEquals(new Counts(0, 1, 3), NerEvaluation.counts(d, false, false));
    assertArrayEquals(new int[] {-2, -1}, NerEvaluation.match(d, false, false));
  }

  @Test
  void otherTypedPredictionsCountOnlyUntyped() {
    Doc d = doc(List.of(pred(35, 40, "OTHER")));
    assertEquals(new Counts(1, 0, 2), NerEvaluation.counts(d, false, false));
    assertEquals(new Counts(0, 0, 3), NerEvaluation.counts(d, false, true));
  }

  @Test
  void confusionTableHasGoldRowsAndPredictedColumns() {
    Doc d = doc(List.of(pred(0, 11, "PER"), pred(35, 40, "ORG"), pred(41, 46, "LOC")));
    int[][] t = NerEvaluation.confusion(List.of(d));
    assertEquals(1, t[0][0]); // PER as PER
    assertEquals(1, t[1][2]); // LOC as ORG
    assertEquals(1, t[2][4]); // ORG missed
    assertEquals(1, t[3][1]); // spurious LOC
  }

  @Test
  void readsTheSetAndRejectsBadSpans(@TempDir Path dir) throws Exception {
    Path ok = dir.resolve("ok.jsonl");
    Files.writeString(ok, "{\"id\":\"a\",\"text\":\"Paris is big\",\"gold\":"
        + "[{\"start\":0,\"end\":5,\"text\":\"Paris\",\"types\":[\"LOC\"]}]}\n");
    List<Doc> docs = NerEvaluation.predict(NerEvaluation.read(ok));
    assertEquals(1, docs.get(0).predicted().size());
    assertEquals("LOC", docs.get(0).predicted().get(0).type());
    assertTrue(NerEvaluation.report(docs).contains("overlap typed"));
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\":\"a\",\"text\":\"Paris\",\"gold\":"
        + "[{\"start\":0,\"end\":9,\"text\":\"Paris\",\"types\":[\"LOC\"]}]}\n");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> NerEvaluation.read(bad));
    assertTrue(e.getMessage().contains("bad span"), e.getMessage());
  }
}
