package dev.formwork.packager;

/**
 * The language family of a Lambda layer, which fixes the folder its content goes into. See
 * https://docs.aws.amazon.com/lambda/latest/dg/packaging-layers.html#packaging-layers-paths
 */
public enum RuntimeFamily {
  NODEJS("nodejs/"),
  PYTHON("python/");

  private final String layerPrefix;

  RuntimeFamily(String layerPrefix) {
    this.layerPrefix = layerPrefix;
  }

  /** The folder inside the layer zip that Lambda adds to the module search path. */
  public String layerPrefix() {
    return layerPrefix;
  }
}
