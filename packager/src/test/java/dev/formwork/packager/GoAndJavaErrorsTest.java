package dev.formwork.packager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input of a Go or Java function gets its diagnostic at the function's entryfilePath:
 * missing files, projects and toolchains without starting any process, and compile errors from the
 * real go and mvn with the source file and line.
 */
class GoAndJavaErrorsTest {

  @TempDir Path project;

  private static final Toolchains NO_TOOLS = new Toolchains(Map.of("PATH", ""));

  /** Java entries and projects are checked before any build starts, so they are reported first. */
  @Test
  void missingFilesProjectsAndToolchainsAreReportedWithoutStartingAProcess() throws Exception {
    TestFiles.write(project, "nomod/main.go", "package main\n\nfunc main() {}\n");
    TestFiles.write(project, "svc/go.mod", "module example.com/svc\n\ngo 1.22\n");
    TestFiles.write(
        project, "svc/lib/lib.go", "// Package lib is a library.\n/* not main */\npackage lib\n");
    TestFiles.write(project, "svc/cmd/api/main.go", "//go:build linux\n\npackage main\n");
    TestFiles.write(project, "loose/Handler.java", "package loose;\npublic class Handler {}\n");
    TestFiles.write(project, "mvn/pom.xml", "<project/>\n");
    TestFiles.write(project, "mvn/src/main/java/a/Handler.java", "package a;\n");
    TestFiles.write(project, "gradle/build.gradle", "plugins { id 'java' }\n");
    TestFiles.write(project, "gradle/src/main/java/a/Handler.java", "package a;\n");
    TestFiles.ProcessCounter counter = new TestFiles.ProcessCounter();
    PackagingResult result =
        TestFiles.packager(counter)
            .withToolchains(NO_TOOLS)
            .packageAll(
                new PackagingPlan(
                    project,
                    List.of(
                        go("goMissing", "nowhere/main.go"),
                        go("goNoModule", "nomod/main.go"),
                        go("goLibrary", "svc/lib/lib.go"),
                        go("goNoToolchain", "svc/cmd/api/main.go"),
                        java("javaMissing", "nowhere/Handler.java", Optional.empty()),
                        java("javaNoProject", "loose/Handler.java", Optional.empty()),
                        java(
                            "javaWrongTool",
                            "mvn/src/main/java/a/Handler.java",
                            Optional.of(JavaBuildTool.GRADLE)),
                        java("javaNoMaven", "mvn/src/main/java/a/Handler.java", Optional.empty()),
                        java(
                            "javaNoGradle",
                            "gradle/src/main/java/a/Handler.java",
                            Optional.empty())),
                    List.of()),
                project.resolve("out"),
                project.resolve("cache"),
                ProgressListener.SILENT);
    assertEquals(List.of(), counter.commands);
    assertEquals(
        List.of(
            // Missing entry files are found first, before any build is planned.
            "resources.goMissing.entryfilePath packaging.entry-missing: Function 'goMissing': the"
                + " entry file nowhere/main.go does not exist.",
            "resources.javaMissing.entryfilePath packaging.entry-missing: Function 'javaMissing':"
                + " the entry file nowhere/Handler.java does not exist.",
            "resources.javaNoProject.entryfilePath packaging.java-project-missing: Function"
                + " 'javaNoProject': there is no pom.xml or build.gradle(.kts) in the folder of"
                + " loose/Handler.java or above it, so formwork cannot build it.",
            "resources.javaWrongTool.entryfilePath packaging.java-project-missing: Function"
                + " 'javaWrongTool': there is no build.gradle.kts or build.gradle in the folder of"
                + " mvn/src/main/java/a/Handler.java or above it, so formwork cannot build it.",
            "resources.goNoModule.entryfilePath packaging.go-module-missing: Function"
                + " 'goNoModule': there is no go.mod in the folder of nomod/main.go or above it,"
                + " so go cannot build it.",
            "resources.goLibrary.entryfilePath packaging.go-not-main: Function 'goLibrary':"
                + " svc/lib/lib.go is in package 'lib', but Lambda runs an executable, which only"
                + " package main builds.",
            "resources.goNoToolchain.entryfilePath packaging.toolchain-missing: Function"
                + " 'goNoToolchain' is written in Go, but there is no `go` on PATH to build it.",
            "resources.javaNoMaven.entryfilePath packaging.toolchain-missing: Function"
                + " 'javaNoMaven' is built with Maven, but the project has no ./mvnw and there is"
                + " no `mvn` on PATH.",
            "resources.javaNoGradle.entryfilePath packaging.toolchain-missing: Function"
                + " 'javaNoGradle' is built with Gradle, but the project has no ./gradlew and"
                + " there is no `gradle` on PATH."),
        rendered(result));
    assertEquals(false, Files.exists(project.resolve("out/manifest.json")));
  }

  @Test
  void goCompileErrorsNameTheSourceFileAndLine() throws Exception {
    assumeOnPath("go");
    TestFiles.write(project, "svc/go.mod", "module example.com/svc\n\ngo 1.22\n");
    TestFiles.write(
        project, "svc/cmd/broken/main.go", "package main\n\nfunc main() {\n\tmissing()\n}\n");
    PackagingResult result =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(
                new PackagingPlan(
                    project, List.of(go("broken", "svc/cmd/broken/main.go")), List.of()),
                project.resolve("out"),
                project.resolve("cache"),
                ProgressListener.SILENT);
    assertEquals(
        List.of(
            "resources.broken.entryfilePath packaging.go-build-failed: go build failed for"
                + " function 'broken': svc/cmd/broken/main.go:4:2: undefined: missing"),
        rendered(result));
  }

  @Test
  void javacErrorsFromMavenNameTheSourceFileAndLine() throws Exception {
    assumeOnPath("mvn");
    TestFiles.write(
        project,
        "orders/pom.xml",
        """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>broken</artifactId>
          <version>1.0.0</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.14.0</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """);
    TestFiles.write(
        project,
        "orders/src/main/java/com/example/Broken.java",
        "package com.example;\n\npublic class Broken {\n  int value() {\n    return missing;\n"
            + "  }\n}\n");
    PackagingResult result =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(
                new PackagingPlan(
                    project,
                    List.of(
                        java(
                            "broken",
                            "orders/src/main/java/com/example/Broken.java",
                            Optional.empty())),
                    List.of()),
                project.resolve("out"),
                project.resolve("cache"),
                ProgressListener.SILENT);
    assertEquals(
        List.of(
            "resources.broken.entryfilePath packaging.java-build-failed: The Maven build of"
                + " orders/pom.xml (function broken) failed:"
                + " orders/src/main/java/com/example/Broken.java:5:12: cannot find symbol;"
                + " symbol: variable missing; location: class com.example.Broken"),
        rendered(result));
  }

  @Test
  void buildsAGradleProjectWhenGradleIsInstalled() throws Exception {
    assumeOnPath("gradle");
    TestFiles.write(project, "settings.gradle", "rootProject.name = 'orders'\n");
    TestFiles.write(project, "build.gradle", "plugins { id 'java' }\n");
    TestFiles.write(
        project,
        "src/main/java/com/example/Handler.java",
        "package com.example;\npublic class Handler {\n  public String handleRequest(String in) {\n"
            + "    return in;\n  }\n}\n");
    TestFiles.write(project, "src/main/resources/app.properties", "greeting=hi\n");
    PackagingResult result =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(
                new PackagingPlan(
                    project,
                    List.of(
                        java(
                            "handler", "src/main/java/com/example/Handler.java", Optional.empty())),
                    List.of()),
                project.resolve("out"),
                project.resolve("cache"),
                ProgressListener.SILENT);
    assertEquals(List.of(), rendered(result));
    Path zip =
        project.resolve("out").resolve(result.manifest().find("handler").orElseThrow().file());
    assertEquals(List.of("app.properties", "com/example/Handler.class"), TestFiles.entryNames(zip));
  }

  private static GoFunctionBuild go(String name, String entry) {
    return GoFunctionBuild.of(
        name,
        ConfigPath.of("resources", name, "entryfilePath"),
        Path.of(entry),
        Architecture.X86_64);
  }

  private static JavaFunctionBuild java(String name, String entry, Optional<JavaBuildTool> tool) {
    String className = Path.of(entry).getFileName().toString().replace(".java", "");
    String javaPackage = entry.contains("com/example") ? "com.example." : "a.";
    return new JavaFunctionBuild(
        name,
        ConfigPath.of("resources", name, "entryfilePath"),
        Path.of(entry),
        javaPackage + className,
        "java21",
        Optional.empty(),
        tool,
        List.of(),
        List.of(),
        List.of());
  }

  private static List<String> rendered(PackagingResult result) {
    return result.diagnostics().stream()
        .map(
            (Diagnostic diagnostic) ->
                diagnostic.path() + " " + diagnostic.code().id() + ": " + diagnostic.message())
        .toList();
  }

  static void assumeOnPath(String tool) {
    boolean found =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            .anyMatch(dir -> !dir.isBlank() && Files.isExecutable(Path.of(dir).resolve(tool)));
    if (!found) {
      System.err.println("SKIPPED: no `" + tool + "` on PATH; this test needs the real toolchain.");
    }
    Assumptions.assumeTrue(found, "no `" + tool + "` on PATH; this test needs the real toolchain");
  }
}
