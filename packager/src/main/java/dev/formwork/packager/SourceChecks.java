package dev.formwork.packager;

import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of a packaging plan that only read files, so {@code formwork validate} can run them
 * before anything is built: each entry file exists (with "did you mean" on a near path), a Python
 * module defines its handler at the top level, a Python function's dependency declaration is
 * usable, a custom artifact's path exists. Java entry files are the compiler's (it reads their
 * package).
 */
public final class SourceChecks {

  /** Files of the project compared with a missing entry file; a bigger tree is not searched. */
  private static final int MAX_CANDIDATES = 20_000;

  private SourceChecks() {}

  /** Every problem with the plan's source files, in function order. */
  public static List<Diagnostic> check(PackagingPlan plan) throws IOException {
    Path projectDir = plan.projectDir().toAbsolutePath().normalize();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (FunctionBuild function : plan.functions()) {
      diagnostics.addAll(check(projectDir, function));
    }
    return diagnostics;
  }

  /** The problems of one function's sources. */
  static List<Diagnostic> check(Path projectDir, FunctionBuild function) throws IOException {
    if (function instanceof NodeFunctionBuild node) {
      List<Diagnostic> problems = existing(projectDir, node, node.entryFile());
      if (node.decoratorMetadata() && DecoratorMetadata.typescriptVersion(projectDir).isEmpty()) {
        problems = new ArrayList<>(problems);
        problems.add(DecoratorMetadata.typescriptMissing(node));
      }
      return problems;
    }
    if (function instanceof GoFunctionBuild go) {
      return existing(projectDir, go, go.entryFile());
    }
    if (function instanceof JavaFunctionBuild java) {
      return existing(projectDir, java, java.entryFile());
    }
    if (function instanceof PythonFunctionBuild python) {
      List<Diagnostic> problems = existing(projectDir, python, python.entryFile());
      if (problems.isEmpty()) {
        problems = python(projectDir, python);
      }
      return problems;
    }
    if (function instanceof CustomArtifactBuild custom
        && !Files.exists(projectDir.resolve(custom.path()))) {
      return List.of(
          Diagnostic.error(
              Code.PACKAGING_PACKAGE_PATH_MISSING,
              custom.packagePath(),
              "Function '"
                  + custom.resourceName()
                  + "': the package path "
                  + custom.path()
                  + " does not exist."));
    }
    return List.of();
  }

  private static List<Diagnostic> existing(Path projectDir, FunctionBuild function, Path entryFile)
      throws IOException {
    return Files.isRegularFile(projectDir.resolve(entryFile))
        ? List.of()
        : List.of(entryMissing(projectDir, function, entryFile));
  }

  /** An entry file that does not exist, with the nearest file of its kind as "did you mean". */
  static Diagnostic entryMissing(Path projectDir, FunctionBuild function, Path entryFile) {
    String wanted = entryFile.toString().replace('\\', '/');
    String extension = extension(wanted);
    List<String> candidates = new ArrayList<>();
    Set<String> skipped = new HashSet<>(FileSets.ALWAYS_SKIPPED);
    skipped.add("node_modules");
    try {
      for (String file :
          Files.isDirectory(projectDir)
              ? FileSets.files(projectDir, skipped).keySet()
              : Set.<String>of()) {
        if (candidates.size() >= MAX_CANDIDATES) {
          break;
        }
        if (extension(file).equals(extension) || sameLanguage(extension, extension(file))) {
          candidates.add(file);
        }
      }
    } catch (IOException unreadable) {
      // No suggestion then; the missing file is still reported.
      candidates.clear();
    }
    Optional<String> suggestion = Suggestions.didYouMean(wanted, candidates);
    if (suggestion.isEmpty()) {
      // A file of the same name elsewhere (src/handler.ts for handler.ts) is a likely mistake too.
      String name = entryFile.getFileName().toString();
      suggestion =
          candidates.stream()
              .filter(file -> file.equals(name) || file.endsWith("/" + name))
              .findFirst()
              .map(file -> "Did you mean '" + file + "'?");
    }
    ConfigPath path = function.sourcePath();
    return Diagnostic.error(
            Code.PACKAGING_ENTRY_MISSING,
            path,
            "Function '"
                + function.resourceName()
                + "': the entry file "
                + wanted
                + " does not exist.")
        .withHint(
            suggestion.map(s -> s + " ").orElse("")
                + "entryfilePath is relative to the config file's folder.");
  }

  private static List<Diagnostic> python(Path projectDir, PythonFunctionBuild function)
      throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    Path entry = projectDir.resolve(function.entryFile());
    String source = Files.readString(entry, StandardCharsets.UTF_8);
    List<String> names = PythonModuleNames.of(source);
    if (!names.contains(function.handlerFunction())) {
      List<String> functions = names.stream().distinct().sorted().toList();
      problems.add(
          Diagnostic.error(
                  Code.PACKAGING_HANDLER_NOT_EXPORTED,
                  function.entryfilePath(),
                  "Function '"
                      + function.resourceName()
                      + "': "
                      + function.entryFile()
                      + " defines no top-level '"
                      + function.handlerFunction()
                      + "', so Lambda could not call it.")
              .withHint(
                  Suggestions.didYouMean(function.handlerFunction(), functions)
                          .map(s -> s + " ")
                          .orElse("")
                      + (functions.isEmpty()
                          ? "It defines nothing at the top level."
                          : "Its top-level names: " + String.join(", ", functions) + ".")));
    }
    PythonDependencies.Found found = PythonDependencies.find(projectDir, function);
    if (found.dependencies().isEmpty()) {
      problems.add(
          Diagnostic.error(
                  Code.PACKAGING_REQUIREMENTS_MISSING,
                  function.entryfilePath(),
                  "Function '" + function.resourceName() + "': " + found.problem())
              .withHint(found.hint()));
    }
    return problems;
  }

  private static boolean sameLanguage(String a, String b) {
    Set<String> javascript = Set.of("js", "mjs", "cjs", "ts", "mts", "cts", "jsx", "tsx");
    return javascript.contains(a) && javascript.contains(b);
  }

  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }
}
