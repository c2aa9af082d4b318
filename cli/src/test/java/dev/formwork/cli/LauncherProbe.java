package dev.formwork.cli;

import java.nio.file.Path;

/** Stands in for the CLI in {@link LauncherTest}: prints where it runs and what it was given. */
public final class LauncherProbe {

  private LauncherProbe() {}

  public static void main(String[] args) {
    System.out.println("cwd=" + Path.of("").toAbsolutePath());
    System.out.println("args=" + String.join(" ", args));
  }
}
