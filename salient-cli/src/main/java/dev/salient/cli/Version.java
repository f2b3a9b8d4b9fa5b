package dev.salient.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: the library version from the jar's Maven metadata. Thread-safe. */
final class Version implements CommandLine.IVersionProvider {
  private static final String POM_PROPERTIES = "/META-INF/maven/dev.salient/salient/pom.properties";

  @Override
  public String[] getVersion() {
    return new String[] {
      "salient " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }

  /** The version of the library, or "(development build)" when run from compiled classes. */
  static String version() {
    try (InputStream in = Version.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version");
        if (version != null && !version.isBlank()) {
          return version;
        }
      }
    } catch (IOException e) {
      // fall through: the version is informative only
    }
    return "(development build)";
  }
}
