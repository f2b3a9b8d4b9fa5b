/** Stage 2: paragraphs, sentences and tokens, as offsets into the cleaned text. */
package dev.salient.split;
