/**
 * Stage 3: the named entities of a document and their mentions, as offsets into the cleaned text.
 *
 * <p>{@link dev.salient.entity.EntityDetector} finds mentions without a statistical model, from
 * capitalization, word lists ({@code Gazetteer}, the lexicon) and evidence gathered over the whole
 * document, and merges the mentions of one real-world thing (aliases, surnames, acronyms,
 * demonyms, the caller's {@link dev.salient.EntityDictionary}) into one
 * {@link dev.salient.entity.DetectedEntity}. Linear in the length of the document.
 */
package dev.salient.entity;
