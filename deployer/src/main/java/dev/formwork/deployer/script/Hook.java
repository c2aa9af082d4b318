package dev.formwork.deployer.script;

/** One entry of a hooks list: the script to run and whether to skip it in CI or locally. */
public record Hook(String scriptName, boolean skipOnCI, boolean skipOnLocal) {

  public static Hook of(String scriptName) {
    return new Hook(scriptName, false, false);
  }
}
