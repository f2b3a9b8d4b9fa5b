/** Language resources: OpenNLP models and word lists, loaded once per JVM from the classpath. */
package dev.salient.lang;
