package dev.formwork.schema.model;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.model.function.LambdaArchitecture;
import dev.formwork.schema.model.function.LambdaRuntime;
import dev.formwork.schema.node.ConfigNode;
import java.util.List;
import java.util.Map;

/**
 * A {@code lambda-layer} resource (formwork's own, beyond Stacktape): a folder published as a
 * Lambda layer.
 */
@Doc("A Lambda layer built by formwork from a folder. Functions use it by naming it in `layers`.")
public record LambdaLayerResource(
    @Doc("Layer properties.") Properties properties,
    @Doc("Property overrides by child logical ID.") Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "lambda-layer";
  }

  /** Where the layer's content is and which runtimes may use it. */
  @Doc("Lambda layer properties.")
  public record Properties(
      @Doc(
              "Folder with the layer's content, relative to the config file. It is zipped under"
                  + " nodejs/ or python/.")
          String folder,
      @Doc(
              "Which runtime layout to use: nodejs (content under nodejs/) or python (content under"
                  + " python/).")
          RuntimeFamily runtimeFamily,
      @Doc("Runtimes that may use the layer (default: the newest runtime of the family).")
          List<LambdaRuntime> compatibleRuntimes,
      @Doc("Architectures the layer supports (default: both).")
          List<LambdaArchitecture> compatibleArchitectures) {}

  /** The layout of a layer's zip. */
  public enum RuntimeFamily implements ConfigEnum {
    NODEJS("nodejs"),
    PYTHON("python");

    private final String value;

    RuntimeFamily(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }
  }
}
