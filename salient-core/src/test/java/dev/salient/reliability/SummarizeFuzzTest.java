package dev.salient.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.salient.Summary;

/**
 * Jazzer fuzz tests of the summarizer, with {@link SummaryAssertions} as the oracle: any exception
 * or broken invariant is a finding. Input bytes are decoded by {@link FuzzInput} (a header byte of
 * options, then UTF-8 or UTF-16 text).
 *
 * <p>In a normal {@code mvn test} each method runs once per saved input under
 * {@code src/test/resources/dev/salient/reliability/SummarizeFuzzTestInputs/<method>/} (the seed
 * articles and every past finding). To fuzz one method for real:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn test -Dtest='SummarizeFuzzTest#summarizeKeepsInvariants'
 * }</pre>
 *
 * <p>or {@code .ci/fuzz.sh}, which fuzzes each method for a short time. Findings are written to
 * the inputs directory and so become regression tests.
 */
class SummarizeFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void summarizeKeepsInvariants(byte[] data) {
    FuzzInput input = FuzzInput.decode(data);
    Summary summary = input.summarizer().summarize(input.text());
    SummaryAssertions.assertValid(summary, input.text(), input.order());
    SummaryAssertions.assertWithinBudget(summary, input.budget());
  }

  /** Language detection and every language's rules (issue 16): rule splitting, Unicode breaks. */
  @FuzzTest(maxDuration = "10m")
  void summarizeAnyLanguageKeepsInvariants(byte[] data) {
    FuzzInput input = FuzzInput.decode(data);
    Summary summary = input.autoSummarizer().summarize(input.text());
    SummaryAssertions.assertValid(summary, input.text(), input.order());
    SummaryAssertions.assertWithinBudget(summary, input.budget());
  }

  @FuzzTest(maxDuration = "10m")
  void summarizeHtmlKeepsInvariants(byte[] data) {
    FuzzInput input = FuzzInput.decode(data);
    Summary summary = input.summarizer().summarizeHtml(input.text());
    SummaryAssertions.assertValid(summary, input.order());
    SummaryAssertions.assertWithinBudget(summary, input.budget());
  }
}
