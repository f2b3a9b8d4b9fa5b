/**
 * Stage 4: how central each entity is to its document.
 *
 * <p>{@link dev.salient.salience.SalienceFeatures} describes every entity by mention counts,
 * position, headline, spread over paragraphs, type and co-occurrence;
 * {@link dev.salient.salience.SalienceModel} turns those into saliences with a log-linear model
 * (softmax over the document's entities, so they sum to 1) whose weights were fitted on graded
 * human judgements by {@code dev.salient.eval.SalienceEvaluation --fit}.
 */
package dev.salient.salience;
