/**
 * The {@code salient} command-line tool: summarizes files, folders, stdin and JSON Lines batches.
 *
 * <p>{@link dev.salient.cli.Main} is the entry point of the runnable jar
 * ({@code java -jar salient-cli/target/salient-cli.jar --help}). Everything else in this package is internal.
 * The tool's dependencies (picocli, Jackson, progressbar) are optional dependencies of the library,
 * so code that embeds Salient does not get them.
 */
package dev.salient.cli;
