package dev.formwork.compiler.source;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.SourceLocation;
import java.util.Set;

/**
 * Refuses explicit YAML tags: CloudFormation short forms get advice on the formwork equivalent, any
 * other tag (including class-loading gadgets such as {@code !!javax.script.ScriptEngineManager}) is
 * refused without being resolved.
 */
final class ExplicitTags {

  /**
   * The intrinsic-function short forms CloudFormation's YAML accepts, see
   * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html.
   */
  private static final Set<String> CLOUDFORMATION =
      Set.of(
          "!Ref",
          "!Condition",
          "!Base64",
          "!Cidr",
          "!FindInMap",
          "!GetAtt",
          "!GetAZs",
          "!ImportValue",
          "!Join",
          "!Length",
          "!Select",
          "!Split",
          "!Sub",
          "!ToJsonString",
          "!Transform",
          "!And",
          "!Equals",
          "!If",
          "!Not",
          "!Or",
          "!ForEach");

  static final String CLOUDFORMATION_HINT =
      "use $ResourceParam(), $CfResourceParam() or $CfFormat(), or the long form Ref:/Fn::GetAtt:";

  private static final String YAML_PREFIX = "tag:yaml.org,2002:";

  private ExplicitTags() {}

  static Diagnostic refuse(String tag, ConfigPath path, SourceLocation location) {
    if (CLOUDFORMATION.contains(tag)) {
      return Diagnostic.error(
              Code.YAML_CLOUDFORMATION_TAG,
              path,
              "The CloudFormation short form " + tag + " is not supported in a formwork config.")
          .at(location)
          .withHint(CLOUDFORMATION_HINT);
    }
    return Diagnostic.error(
            Code.YAML_UNSUPPORTED_TAG,
            path,
            "The YAML tag "
                + display(tag)
                + " is not supported; a config holds plain mappings, lists and values only.")
        .at(location)
        .withHint("remove the tag");
  }

  /** Shows {@code tag:yaml.org,2002:str} the way it was written: {@code !!str}. */
  private static String display(String tag) {
    return tag.startsWith(YAML_PREFIX) ? "!!" + tag.substring(YAML_PREFIX.length()) : tag;
  }
}
