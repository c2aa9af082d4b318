package dev.formwork.packager;

import dev.formwork.schema.diag.ConfigPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Java function: the Maven or Gradle project holding the entry file is built with the project's
 * own wrapper or the tool on PATH, and packaged in Lambda's layout (classes at the root, dependency
 * jars under {@code lib/}, or the content of the shaded jar the build makes).
 *
 * @param entryFile the handler's source file, relative to the project folder or absolute
 * @param handlerClass the handler's class, e.g. {@code com.example.orders.Handler}; the zip must
 *     hold it
 * @param runtime a Lambda Java runtime such as {@code java21}; classes newer than it are refused
 * @param buildFile the pom.xml or build.gradle(.kts) ({@code packageManagerFile}); default: the
 *     nearest one above the entry file
 * @param tool Maven or Gradle ({@code useMaven}); default: whichever build file is nearest
 * @param includeFiles globs (relative to the project folder) of extra files zipped at the root
 * @param excludeFiles globs of zip entries to leave out, such as {@code lib/netty-*.jar}
 */
public record JavaFunctionBuild(
    String resourceName,
    ConfigPath entryfilePath,
    Path entryFile,
    String handlerClass,
    String runtime,
    Optional<Path> buildFile,
    Optional<JavaBuildTool> tool,
    List<String> includeFiles,
    List<String> excludeFiles,
    List<String> layers)
    implements FunctionBuild {

  public JavaFunctionBuild {
    Objects.requireNonNull(resourceName);
    Objects.requireNonNull(entryfilePath);
    Objects.requireNonNull(entryFile);
    Objects.requireNonNull(handlerClass);
    if (!runtime.matches("java\\d+")) {
      throw new IllegalArgumentException("not a Java runtime: " + runtime);
    }
    includeFiles = List.copyOf(includeFiles);
    excludeFiles = List.copyOf(excludeFiles);
    layers = List.copyOf(layers);
  }

  /** A function found by its build file alone, with no extra files and no layers. */
  public static JavaFunctionBuild of(
      String resourceName,
      ConfigPath entryfilePath,
      Path entryFile,
      String handlerClass,
      String runtime) {
    return new JavaFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        handlerClass,
        runtime,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of());
  }

  @Override
  public ConfigPath sourcePath() {
    return entryfilePath;
  }

  /** The Java version of the runtime: {@code java21} gives 21. */
  public int javaVersion() {
    return Integer.parseInt(runtime.substring("java".length()));
  }

  /** The handler's class file inside the zip, e.g. {@code com/example/orders/Handler.class}. */
  public String handlerClassFile() {
    return handlerClass.replace('.', '/') + ".class";
  }
}
