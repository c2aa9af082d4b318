package dev.formwork.packager;

import java.util.List;

/**
 * The build tools a Java function can be built with: each one's build files, its wrapper script
 * (preferred, since it pins the tool's version) and its command on PATH.
 */
public enum JavaBuildTool {
  MAVEN("Maven", List.of("pom.xml"), "mvnw", "mvn"),
  GRADLE("Gradle", List.of("build.gradle.kts", "build.gradle"), "gradlew", "gradle");

  private final String displayName;
  private final List<String> buildFiles;
  private final String wrapper;
  private final String command;

  JavaBuildTool(String displayName, List<String> buildFiles, String wrapper, String command) {
    this.displayName = displayName;
    this.buildFiles = buildFiles;
    this.wrapper = wrapper;
    this.command = command;
  }

  public String displayName() {
    return displayName;
  }

  /** The file names that make a folder a project of this tool. */
  public List<String> buildFiles() {
    return buildFiles;
  }

  /** The wrapper script a project may carry: {@code mvnw} or {@code gradlew}. */
  public String wrapper() {
    return wrapper;
  }

  /** The command looked up on PATH when there is no wrapper. */
  public String command() {
    return command;
  }
}
