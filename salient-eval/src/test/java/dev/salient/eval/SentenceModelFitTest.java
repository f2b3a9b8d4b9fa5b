package dev.salient.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceModelFitTest {

  /** A small article whose reference repeats its third sentence: the oracle must label it. */
  private static EvalDocument document(int n) {
    String third = "The harbour of Port Ellen number " + n + " reopened after the storm damage was repaired.";
    String text =
        "Officials met on Monday in the town hall to discuss the budget for item " + n + "."
            + " The weather was mild and many people walked along the coast road that day."
            + " " + third
            + " Fishermen said they had lost weeks of work while the quay was closed to boats."
            + " The council will publish its accounts for the year in the spring.";
    return new EvalDocument("doc-" + n, null, text, List.of(third), 1);
  }

  /** Ten such articles, analysed, in 5 folds. */
  private static List<SentenceModelFit.Doc> analysedDocuments() {
    List<EvalDocument> docs = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      docs.add(document(i));
    }
    return SentenceModelFit.analyse("synthetic", docs, SentenceModelFit.Form.RAW, 1, 5);
  }

  @Test
  void oracleLabelsTheReferenceSentenceAndFoldsAreByDocument() {
    List<SentenceModelFit.Doc> analysed = analysedDocuments();
    int[] perFold = new int[5];
    for (SentenceModelFit.Doc d : analysed) {
      perFold[d.fold()]++;
      int labelled = 0;
      for (int i = 0; i < d.label().length; i++) {
        if (d.label()[i]) {
          labelled++;
          assertTrue(d.analysis().document().sentenceText(i).startsWith("The harbour"));
        }
      }
      assertEquals(1, labelled);
    }
    assertEquals(List.of(2, 2, 2, 2, 2), java.util.Arrays.stream(perFold).boxed().toList());

    // cross-validated: a model that never saw a document still learns "third sentence"
    var bySet =
        SentenceModelFit.crossValidate(analysed, analysed, 5, SentenceModelFit.GRID.get(0), null);
    SentenceModelFit.Comparison c = SentenceModelFit.compare(bySet.get("synthetic"));
    assertTrue(c.model()[0] > c.lead()[0], "model " + c.model()[0] + " lead " + c.lead()[0]);
  }

  @Test
  void lengthPriorLowersOnlyTheLongUntitledWeightAndIsNeverAppliedToAnAblatedColumn() {
    List<SentenceModelFit.Doc> analysed = analysedDocuments();
    SentenceModelFit.Settings settings = SentenceModelFit.GRID.get(0);
    double[] plain = SentenceModelFit.fit(analysed, settings, null);
    double[] priced = SentenceModelFit.fitWithLengthPrior(analysed, settings, null);
    double prior = SentenceModelFit.chooseLengthPrior(analysed, settings, null);
    int column = dev.salient.score.SentenceFeatureRows.NAMES.indexOf("long@untitled");
    assertEquals(column, SentenceModelFit.UNTITLED_LONG);
    for (int c = 0; c < plain.length; c++) {
      assertEquals(c == column ? plain[c] - prior : plain[c], priced[c], 1e-12, "column " + c);
    }
    // every sentence here is under 26 words, so every prior scores alike and the smallest wins
    assertEquals(SentenceModelFit.LENGTH_PRIORS[0], prior);

    boolean[] dropped = new boolean[plain.length];
    dropped[column] = true;
    assertEquals(0.0, SentenceModelFit.chooseLengthPrior(analysed, settings, dropped));
  }

  @Test
  void refoldDealsTheSameDocumentsAnewAndCopiesFollowTheirOriginals() {
    List<SentenceModelFit.Doc> analysed = analysedDocuments();
    List<SentenceModelFit.Doc> lower = new ArrayList<>();
    for (SentenceModelFit.Doc d : analysed) {
      lower.add(new SentenceModelFit.Doc("synthetic-lower", d.id(), d.fold(), d.k(), d.weight(), d.analysis(),
          d.rows(), d.sentenceTokens(), d.reference(), d.label(), d.own(), d.lead()));
    }
    List<SentenceModelFit.Doc> evaluated = new ArrayList<>(analysed);
    evaluated.addAll(lower);
    SentenceModelFit.Data data = new SentenceModelFit.Data(analysed, evaluated);

    SentenceModelFit.Data same = SentenceModelFit.refold(data, 5, SentenceModelFit.FOLD_SEEDS[0]);
    SentenceModelFit.Data other = SentenceModelFit.refold(data, 5, 11);
    int moved = 0;
    int[] perFold = new int[5];
    for (int i = 0; i < analysed.size(); i++) {
      assertEquals(analysed.get(i).fold(), same.train().get(i).fold());
      assertEquals(other.train().get(i).fold(), other.evaluated().get(analysed.size() + i).fold());
      moved += other.train().get(i).fold() != analysed.get(i).fold() ? 1 : 0;
      perFold[other.train().get(i).fold()]++;
    }
    assertTrue(moved > 0, "another seed deals other folds");
    assertEquals(List.of(2, 2, 2, 2, 2), java.util.Arrays.stream(perFold).boxed().toList());
  }

  @Test
  void listwiseFitAndTrigramBlockingAlsoLearnTheThirdSentence() {
    List<SentenceModelFit.Doc> analysed = analysedDocuments();
    SentenceModelFit.Settings listwise = SentenceModelFit.grid("listwise").get(0);
    assertTrue(listwise.listwise());
    var bySet = SentenceModelFit.crossValidate(analysed, analysed, 5, listwise, null);
    SentenceModelFit.Comparison c = SentenceModelFit.compare(bySet.get("synthetic"));
    assertTrue(c.model()[0] > c.lead()[0], "model " + c.model()[0] + " lead " + c.lead()[0]);

    // the blocked greedy never picks two sentences sharing a word trigram
    double[] w = SentenceModelFit.fit(analysed, listwise, null);
    for (SentenceModelFit.Doc d : analysed) {
      var scored = SentenceModelFit.scores(d, w);
      List<Integer> chosen = SentenceModelFit.greedyBlocked(
          new SentenceModelFit.Doc(d.set(), d.id(), d.fold(), 3, d.weight(), d.analysis(), d.rows(),
              d.sentenceTokens(), d.reference(), d.label(), d.own(), d.lead()),
          scored, listwise, 10);
      assertTrue(chosen.size() >= 2, "chosen " + chosen);
      for (int a = 0; a < chosen.size(); a++) {
        for (int b = a + 1; b < chosen.size(); b++) {
          var shared = SentenceModelFit.trigrams(d.sentenceTokens().get(chosen.get(a)));
          shared.retainAll(SentenceModelFit.trigrams(d.sentenceTokens().get(chosen.get(b))));
          assertTrue(shared.isEmpty(), "shared " + shared);
        }
      }
    }
  }

  @Test
  void boostedTreesRankTheLabelledSentenceFirstAndTheFillingOracleTakesK() {
    List<SentenceModelFit.Doc> analysed = analysedDocuments();
    // 10 documents of 5 sentences: small leaves allowed
    GbdtExperiment.Forest forest = GbdtExperiment.fit(analysed, 30, 2, 0.3, null, 0.1);
    assertEquals(30, forest.trees().size());
    for (SentenceModelFit.Doc d : analysed) {
      int best = -1;
      for (int i = 0; i < d.rows().length; i++) {
        if (!d.analysis().features().get(i).headline()
            && (best < 0 || forest.eval(d.rows()[i]) > forest.eval(d.rows()[best]))) {
          best = i;
        }
      }
      assertTrue(d.label()[best], d.id() + ": top sentence " + best);
    }
    SentenceModelFit.Doc d = analysed.get(0);
    List<Integer> body = new ArrayList<>();
    for (int i = 0; i < d.sentenceTokens().size(); i++) {
      body.add(i);
    }
    boolean[] filled = SentenceModelFit.oracle(d.sentenceTokens(), body, d.reference(), 3, true);
    boolean[] greedy = SentenceModelFit.oracle(d.sentenceTokens(), body, d.reference(), 3, false);
    int f = 0;
    int g = 0;
    for (int i = 0; i < filled.length; i++) {
      f += filled[i] ? 1 : 0;
      g += greedy[i] ? 1 : 0;
    }
    assertEquals(3, f);
    assertEquals(1, g, "the reference is one sentence: a second one only lowers ROUGE");
  }

  @Test
  void pairedBootstrapOfIdenticalSystemsIsZero() {
    RougeScores s = Rouge.stemmed().score(List.of("a b c"), List.of("a b d"));
    List<RougeScores[]> pairs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      pairs.add(new RougeScores[] {s, s});
    }
    SentenceModelFit.Comparison c = SentenceModelFit.compare(pairs);
    for (int m = 0; m < 3; m++) {
      assertEquals(0, c.diff(m), 1e-12);
      assertEquals(0, c.low()[m], 1e-12);
      assertEquals(0, c.high()[m], 1e-12);
    }
  }

  @Test
  void solvesALinearSystem() {
    double[] x = SentenceModelFit.solve(new double[][] {{2, 1}, {1, 3}}, new double[] {3, 5});
    assertEquals(0.8, x[0], 1e-12);
    assertEquals(1.4, x[1], 1e-12);
  }

  @Test
  void tokenizesThePennTreebankWay() {
    assertEquals(
        "He 's `` here '' -LRB- CNN -RRB- , she said .",
        PtbTokenizer.tokenize("He's \"here\" (CNN), she said."));
    assertEquals("they do n't", PtbTokenizer.tokenize("they don't"));
  }
}
