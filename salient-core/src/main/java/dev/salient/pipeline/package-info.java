/**
 * The one wiring of Salient's stages ({@link dev.salient.pipeline.Pipeline}), shared by the
 * summarizer, the evaluation tools and the benchmarks. Internal: exported only to Salient's tools.
 */
package dev.salient.pipeline;
