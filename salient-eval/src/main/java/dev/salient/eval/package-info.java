/**
 * Measuring summary quality: ROUGE as the reference Perl ROUGE-1.5.5 computes it, and the
 * {@code eval} tool that scores Salient against Lead-k and an Oracle on evaluation sets.
 *
 * <p>{@link dev.salient.eval.Rouge} gives ROUGE-1, ROUGE-2 and summary-level ROUGE-L (recall,
 * precision, F1) that agree with ROUGE-1.5.5 to its printed 5 decimals, with or without its Porter
 * stemming, and the corpus average it prints. {@link dev.salient.eval.EvalCommand} reads evaluation
 * sets ({@link dev.salient.eval.EvalDocument}), summarizes every article and reports
 * ({@link dev.salient.eval.EvalReport}); it is also the API for tuning loops. This package is a
 * tool, not part of the summarization pipeline: the evaluation classes need the optional
 * dependencies Jackson and picocli (both in {@code salient-cli.jar}); {@code Rouge} needs only the
 * JDK. See {@code docs/quality.md} for the current figures and how to reproduce them.
 */
package dev.salient.eval;
