package dev.formwork.packager;

/**
 * The module format esbuild emits for a JS/TS function: CommonJS ({@code index.js}) or ESM ({@code
 * index.mjs}).
 */
public enum ModuleFormat {
  CJS("cjs", "index.js"),
  ESM("esm", "index.mjs");

  private final String esbuildName;
  private final String outputFile;

  ModuleFormat(String esbuildName, String outputFile) {
    this.esbuildName = esbuildName;
    this.outputFile = outputFile;
  }

  public String esbuildName() {
    return esbuildName;
  }

  /**
   * The bundle's file name in the zip. ESM uses {@code .mjs} because Lambda's Node runtime decides
   * the module system by extension when there is no package.json with "type".
   */
  public String outputFile() {
    return outputFile;
  }
}
