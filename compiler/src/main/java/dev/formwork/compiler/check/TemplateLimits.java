package dev.formwork.compiler.check;

import dev.formwork.compiler.template.SerialisedTemplate;
import dev.formwork.compiler.template.Template;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import java.util.Map;

/**
 * CloudFormation's template limits, checked at compile time so they fail here, not in a deploy:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html
 */
public final class TemplateLimits {

  public static final int MAX_RESOURCES = 500;
  public static final int MAX_OUTPUTS = 200;
  public static final int MAX_PARAMETERS = 200;
  public static final int MAX_DYNAMIC_REFERENCES = 60;
  public static final int MAX_TEMPLATE_BYTES = 1_000_000;

  private TemplateLimits() {}

  /**
   * Checks the template on the counts and sizes known from its model and its serialisation (the
   * text is not scanned again).
   */
  public static void check(SerialisedTemplate serialised, Diagnostics diagnostics) {
    Template template = serialised.template();
    int resources = template.resources().size();
    if (resources > MAX_RESOURCES) {
      StringBuilder breakdown = new StringBuilder();
      template.countByType().entrySet().stream()
          .sorted(
              Map.Entry.<String, Integer>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .forEach(
              entry ->
                  breakdown
                      .append(breakdown.length() == 0 ? "" : ", ")
                      .append(entry.getKey())
                      .append(" (")
                      .append(entry.getValue())
                      .append(")"));
      diagnostics.error(
          Code.LIMIT_RESOURCES,
          ConfigPath.of("resources"),
          "The template has "
              + resources
              + " resources; CloudFormation allows "
              + MAX_RESOURCES
              + " per stack.",
          "By type: " + breakdown + ". Split the service into several configs.");
    }
    if (template.outputs().size() > MAX_OUTPUTS) {
      diagnostics.error(
          Code.LIMIT_OUTPUTS,
          ConfigPath.of("stackConfig", "outputs"),
          "The template has "
              + template.outputs().size()
              + " outputs; CloudFormation allows "
              + MAX_OUTPUTS
              + ".");
    }
    if (template.parameters().size() > MAX_PARAMETERS) {
      diagnostics.error(
          Code.LIMIT_PARAMETERS,
          ConfigPath.ROOT,
          "The template has "
              + template.parameters().size()
              + " parameters; CloudFormation allows "
              + MAX_PARAMETERS
              + ".",
          "Run `formwork package` first: with an artifact manifest, code keys are written into the"
              + " template instead of parameters.");
    }
    int dynamicReferences = serialised.dynamicReferences();
    if (dynamicReferences > MAX_DYNAMIC_REFERENCES) {
      diagnostics.error(
          Code.LIMIT_DYNAMIC_REFERENCES,
          ConfigPath.ROOT,
          "The template has "
              + dynamicReferences
              + " dynamic references ($Secret(), $SsmParam()); CloudFormation allows "
              + MAX_DYNAMIC_REFERENCES
              + ".",
          "Read several values from one JSON secret in code, or pass fewer secrets through the"
              + " template.");
    }
    int bytes = serialised.utf8Bytes();
    if (bytes > MAX_TEMPLATE_BYTES) {
      diagnostics.error(
          Code.LIMIT_TEMPLATE_SIZE,
          ConfigPath.ROOT,
          "The template is "
              + bytes
              + " bytes; CloudFormation accepts at most "
              + MAX_TEMPLATE_BYTES
              + " bytes even through S3.");
    }
  }
}
