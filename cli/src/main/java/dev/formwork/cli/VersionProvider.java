package dev.formwork.cli;

import dev.formwork.deployer.aws.AwsSdk;
import dev.formwork.packager.EsbuildPin;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code formwork --version}: formwork's own version and those of the parts that shape its output:
 * the AWS SDK, picocli, the pinned esbuild, and the Java runtime.
 */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    return new String[] {
      "formwork " + formworkVersion(),
      "  AWS SDK for Java " + AwsSdk.version(),
      "  esbuild " + EsbuildPin.DEFAULT.version() + " (pinned; a project's own esbuild wins)",
      "  picocli " + CommandLine.VERSION,
      "  Java "
          + System.getProperty("java.version")
          + " ("
          + System.getProperty("java.vendor")
          + ", "
          + System.getProperty("os.name")
          + " "
          + System.getProperty("os.arch")
          + ")"
    };
  }

  /** The version Maven wrote into the jar (filtered {@code version.properties}). */
  static String formworkVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return properties.getProperty("version", "unknown");
  }
}
