package dev.salient.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The language-specific resources of the pipeline: OpenNLP models and word lists.
 *
 * <p>Everything specific to a language lives here and in the resource folder
 * {@code /dev/salient/lang/<code>/}: adding a language means adding its models and word lists, not
 * editing the stages. Models come from the OpenNLP model jars on the classpath and are loaded once
 * per JVM, on first use; nothing is downloaded.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LanguageResources {

  /** English, with the OpenNLP UD-EWT models. */
  public static final LanguageResources ENGLISH =
      new LanguageResources(
          "en",
          "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
          "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");

  /**
   * The resources of the language with this ISO 639-1 code.
   *
   * @throws IllegalArgumentException if there are none
   */
  public static LanguageResources of(String code) {
    if (ENGLISH.code.equals(code)) {
      return ENGLISH;
    }
    throw new IllegalArgumentException("no resources for language: code=" + code);
  }

  private final String code;
  private final String sentenceModelResource;
  private final String tokenizerModelResource;
  private final ConcurrentMap<String, Object> cache = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicBoolean loadingModels =
      new java.util.concurrent.atomic.AtomicBoolean();

  private LanguageResources(
      String code,
      String sentenceModelResource,
      String tokenizerModelResource) {
    this.code = code;
    this.sentenceModelResource = sentenceModelResource;
    this.tokenizerModelResource = tokenizerModelResource;
  }

  /** The ISO 639-1 code, e.g. "en". */
  public String code() {
    return code;
  }

  /** The locale of this language, e.g. for JDK country names. */
  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  public SentenceModel sentenceModel() {
    return (SentenceModel)
        cache.computeIfAbsent("model:sentence", k -> load(sentenceModelResource, SentenceModel::new));
  }

  public TokenizerModel tokenizerModel() {
    return (TokenizerModel)
        cache.computeIfAbsent(
            "model:tokenizer", k -> load(tokenizerModelResource, TokenizerModel::new));
  }

  /**
   * Starts loading the sentence and tokenizer models on a background thread, once per JVM, so that
   * a caller can read word lists meanwhile; {@link #sentenceModel()} and {@link #tokenizerModel()}
   * wait for it (and report a failure themselves).
   */
  public void startLoadingModels() {
    if (loadingModels.compareAndSet(false, true)) {
      Thread loader =
          new Thread(
              () -> {
                try {
                  sentenceModel();
                  tokenizerModel();
                } catch (RuntimeException e) {
                  // the caller's own sentenceModel()/tokenizerModel() call reports it
                }
              },
              "salient-model-loader-" + code);
      loader.setDaemon(true);
      loader.start();
    }
  }

  /**
   * The lines of the word list {@code /dev/salient/lang/<code>/<name>.txt}: trimmed, without blank
   * lines and lines starting with '#'. Loaded once and cached.
   *
   * @throws IllegalStateException if the list does not exist
   */
  @SuppressWarnings("unchecked")
  public List<String> lines(String name) {
    Objects.requireNonNull(name, "name");
    return (List<String>) cache.computeIfAbsent("lines:" + name, k -> List.copyOf(readLines(name)));
  }

  /** The word list {@code name} as a set, see {@link #lines(String)}. */
  @SuppressWarnings("unchecked")
  public Set<String> wordSet(String name) {
    return (Set<String>) cached("set:" + name, () -> Set.copyOf(new HashSet<>(lines(name))));
  }

  /**
   * Computes a derived resource once per JVM and language (for example a lexicon built from several
   * word lists) and caches it under {@code key}.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(String key, java.util.function.Function<LanguageResources, T> factory) {
    return (T) cached("derived:" + key, () -> factory.apply(this));
  }

  /**
   * Like {@code cache.computeIfAbsent}, but computes outside the map: a factory that reads other
   * cached resources would otherwise update the map recursively, which ConcurrentHashMap forbids.
   * Two threads may both compute on first use; the first value stored wins.
   */
  private Object cached(String key, java.util.function.Supplier<Object> factory) {
    Object value = cache.get(key);
    if (value == null) {
      value = factory.get();
      Object earlier = cache.putIfAbsent(key, value);
      if (earlier != null) {
        value = earlier;
      }
    }
    return value;
  }

  private List<String> readLines(String name) {
    List<String> lines = new ArrayList<>();
    forEachLine(name, lines::add);
    return lines;
  }

  /**
   * Passes each line of the word list {@code name} to {@code action}, as {@link #lines(String)}
   * returns them, without caching them: for a list that is only read once into another form.
   */
  void forEachLine(String name, Consumer<String> action) {
    String path = "/dev/salient/lang/" + code + "/" + name + ".txt";
    InputStream in = LanguageResources.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing language resource: " + path);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          action.accept(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language resource " + path, e);
    }
  }

  private interface ModelLoader<T> {
    T load(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelLoader<T> loader) {
    // the model jars are other modules: ask the class loader, which sees resources outside any
    // package of every module it defines (Class.getResourceAsStream looks only in dev.salient)
    ClassLoader classLoader = LanguageResources.class.getClassLoader();
    try (InputStream in = classLoader.getResourceAsStream(resource.substring(1))) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP model " + resource + " is not on the classpath (add the opennlp-models jar)");
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
    }
  }

  @Override
  public String toString() {
    return "LanguageResources[" + code + "]";
  }
}
