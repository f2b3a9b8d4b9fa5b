/** Stage 5: each sentence's stand-alone score and its parts. */
package dev.salient.score;
