/**
 * Stage 1: cleaning scraped article text, with a map back to the caller's text.
 *
 * <p>{@link dev.salient.clean.TextCleaner} drops boilerplate lines (cookie and sign-up notices,
 * "Read more", bylines, timestamps, lists of other stories), repairs words broken by stray hyphens
 * ({@code Dehyphenator}), normalizes typography (quotes, dashes, spaces, HTML entities) and marks
 * the headline. Its result, {@link dev.salient.clean.CleanedText}, maps every cleaned character
 * back to a range of the original, so later stages work on clean text while results point into
 * the caller's. {@link dev.salient.clean.HtmlExtractor} turns a whole news page into article text
 * first, with jsoup (an optional dependency).
 */
package dev.salient.clean;
