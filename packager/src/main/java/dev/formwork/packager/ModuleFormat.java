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

  /** The first Node.js version whose bundles are ES modules by default (Stacktape's choice). */
  public static final int ESM_BY_DEFAULT_FROM = 24;

  /**
   * The format of a bundle when the config does not choose: ESM from Node.js 24 on, so top-level
   * {@code await} works (esbuild refuses it in CommonJS output), CommonJS before. ESM bundles get a
   * {@code require} shim (see {@link EsbuildOptions}), so CommonJS dependencies keep working.
   */
  public static ModuleFormat defaultFor(String nodeRuntime) {
    int major =
        Integer.parseInt(
            nodeRuntime.substring("nodejs".length(), nodeRuntime.length() - ".x".length()));
    return major >= ESM_BY_DEFAULT_FROM ? ESM : CJS;
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
