/**
 * Salient: extractive summaries of news articles by entity salience.
 *
 * <p>The one-call entry point is {@link dev.salient.Salient#summarize(String)}; for options build a
 * {@link dev.salient.Summarizer} once and share it. A summary is made by a pipeline of stages, each
 * in its own package, each keeping character offsets so that every result points back into the
 * caller's text:
 *
 * <ol>
 *   <li>{@code clean}: drop boilerplate (cookie and sign-up notices, "Read more", lists of other
 *       stories), repair words broken by stray hyphens, normalize typography, find the headline;
 *       keeps a map from every cleaned character to the original.
 *   <li>{@code split}: paragraphs, sentences and tokens, with OpenNLP's sentence detector and
 *       tokenizer; a sentence never crosses a line break.
 *   <li>{@code entity}: entity mentions from capitalization, a lexicon and document evidence;
 *       aliases, surnames, acronyms and demonyms merged into one entity per real-world thing.
 *   <li>{@code salience}: how central each entity is, from mention count, position, headline,
 *       spread and co-occurrence, with weights fitted on judged news; sums to 1.
 *   <li>{@code score}: each sentence's stand-alone score: covered salience, lead position, content
 *       centrality, coherence.
 *   <li>{@code select}: greedy coverage under hard budgets, with diminishing returns per entity,
 *       redundancy penalties and no near-duplicates.
 * </ol>
 *
 * <p>Language-specific models and word lists live in {@code lang}; {@code eval} holds ROUGE and the
 * evaluation commands, {@code cli} the command-line tool.
 */
package dev.salient;
