/** An application that uses Salient as a named module. */
module dev.salient.examples.consumer {
  requires dev.salient;

  exports dev.salient.examples.consumer;
}
