package dev.salient.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
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

  /** The code of the language-neutral resources: Unicode segmentation, no word lists. */
  public static final String NEUTRAL_CODE = "und";

  private static final ConcurrentMap<String, LanguageResources> BY_CODE = new ConcurrentHashMap<>();

  /** English, with the OpenNLP UD-EWT models. */
  public static final LanguageResources ENGLISH = of("en");

  /**
   * The resources of the language with this ISO 639-1 code (or {@link #NEUTRAL_CODE}): the folder
   * {@code /dev/salient/lang/<code>/}, described by its {@code language.properties}. Loaded once per
   * JVM.
   *
   * @throws IllegalArgumentException if there is no such folder
   */
  public static LanguageResources of(String code) {
    Objects.requireNonNull(code, "code");
    LanguageResources known = BY_CODE.get(code);
    if (known != null) {
      return known;
    }
    Properties properties = readProperties(code);
    return BY_CODE.computeIfAbsent(code, c -> new LanguageResources(c, properties));
  }

  private static Properties readProperties(String code) {
    if (!code.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("no resources for language: code=" + code);
    }
    String path = "/dev/salient/lang/" + code + "/language.properties";
    InputStream in = LanguageResources.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalArgumentException("no resources for language: code=" + code);
    }
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return properties;
  }

  /** How a language's text is cut into sentences and tokens. */
  public enum Segmentation {
    /** OpenNLP models where the language has them, else rules for its script. */
    WORDS,
    /** The JDK's Unicode sentence and word breaks (any script, no spaces needed). */
    UNICODE
  }

  private final String code;
  private final Properties properties;
  private final String sentenceModelResource;
  private final String tokenizerModelResource;
  private final Set<String> inherited;
  private final ConcurrentMap<String, Object> cache = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicBoolean loadingModels =
      new java.util.concurrent.atomic.AtomicBoolean();

  private LanguageResources(String code, Properties properties) {
    this.code = code;
    this.properties = properties;
    this.sentenceModelResource = blankToNull(properties.getProperty("sentence-model"));
    this.tokenizerModelResource = blankToNull(properties.getProperty("tokenizer-model"));
    this.inherited = Set.copyOf(list("inherit"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The comma-separated values of property {@code key} of language.properties, trimmed. */
  public List<String> list(String key) {
    String value = properties.getProperty(key, "");
    List<String> out = new ArrayList<>();
    for (String part : value.split(",")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** Property {@code key} of language.properties, or {@code fallback}. */
  public String property(String key, String fallback) {
    return properties.getProperty(key, fallback).strip();
  }

  /** The flag {@code key} of language.properties; false when absent. */
  public boolean flag(String key) {
    return Boolean.parseBoolean(properties.getProperty(key, "false").strip());
  }

  /** How this language is segmented. */
  public Segmentation segmentation() {
    return property("segmentation", "words").equals("unicode") ? Segmentation.UNICODE : Segmentation.WORDS;
  }

  /**
   * True when the OpenNLP sentence model of this language is on the classpath. Languages without
   * one (or whose model jar was left out) are split by rules; see {@link #sentenceModel()}.
   */
  public boolean hasSentenceModel() {
    return sentenceModelResource != null && hasResource(sentenceModelResource);
  }

  /** True when the OpenNLP tokenizer model of this language is on the classpath. */
  public boolean hasTokenizerModel() {
    return tokenizerModelResource != null && hasResource(tokenizerModelResource);
  }

  private static boolean hasResource(String resource) {
    return LanguageResources.class.getClassLoader().getResource(resource.substring(1)) != null;
  }

  /** The ISO 639-1 code, e.g. "en". */
  public String code() {
    return code;
  }

  /** The locale of this language, e.g. for JDK country names. */
  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /**
   * The OpenNLP sentence model.
   *
   * @throws IllegalStateException if the language has none on the classpath
   */
  public SentenceModel sentenceModel() {
    if (sentenceModelResource == null) {
      throw new IllegalStateException("no OpenNLP sentence model for language " + code);
    }
    return (SentenceModel)
        cache.computeIfAbsent("model:sentence", k -> load(sentenceModelResource, SentenceModel::new));
  }

  /**
   * The OpenNLP tokenizer model.
   *
   * @throws IllegalStateException if the language has none on the classpath
   */
  public TokenizerModel tokenizerModel() {
    if (tokenizerModelResource == null) {
      throw new IllegalStateException("no OpenNLP tokenizer model for language " + code);
    }
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
                  if (hasSentenceModel()) {
                    sentenceModel();
                  }
                  if (hasTokenizerModel()) {
                    tokenizerModel();
                  }
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
   * lines and lines starting with '#'; followed by the English list's lines when the language's
   * {@code inherit} property names the list (names of places, people and organizations that most
   * languages write as English does). A list the language does not have is empty. Loaded once and
   * cached.
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
    forEachOwnLine(name, action);
    if (inherited.contains(name) && !code.equals("en")) {
      ENGLISH.forEachOwnLine(name, action);
    }
  }

  private void forEachOwnLine(String name, Consumer<String> action) {
    String path = "/dev/salient/lang/" + code + "/" + name + ".txt";
    InputStream in = LanguageResources.class.getResourceAsStream(path);
    if (in == null) {
      return;
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
