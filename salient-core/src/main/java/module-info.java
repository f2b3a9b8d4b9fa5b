/**
 * Salient: extractive summaries of news articles, driven by entity salience.
 *
 * <p>Only {@code dev.salient} is exported: {@link dev.salient.Salient}, {@link dev.salient.Summarizer}
 * with its options, and the result records. The pipeline stages live in packages of their own that
 * are open to Salient's own tools only.
 */
module dev.salient {
  requires org.apache.opennlp.tools;
  requires org.apache.commons.text;
  requires org.jsoup;
  // the OpenNLP English model jars (automatic modules named after their files), so that their
  // models resolve on the module path without --add-modules
  requires opennlp.models.sentdetect.en;
  requires opennlp.models.tokenizer.en;

  exports dev.salient;

  exports dev.salient.pipeline to dev.salient.eval, dev.salient.cli, dev.salient.benchmarks;
  exports dev.salient.clean to dev.salient.eval, dev.salient.cli, dev.salient.benchmarks;
  exports dev.salient.entity to dev.salient.eval, dev.salient.cli, dev.salient.benchmarks;
  exports dev.salient.lang to dev.salient.eval, dev.salient.cli, dev.salient.benchmarks;
  exports dev.salient.salience to dev.salient.eval, dev.salient.cli, dev.salient.benchmarks;
  exports dev.salient.score to dev.salient.eval, dev.salient.cli, dev.salient.benchmarks;
  exports dev.salient.select to dev.salient.eval, dev.salient.cli, dev.salient.benchmarks;
  exports dev.salient.split to dev.salient.eval, dev.salient.cli, dev.salient.benchmarks;
}
