package dev.formwork.compiler.check;

import dev.formwork.compiler.template.SerialisedTemplate;
import dev.formwork.compiler.template.Template;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CloudFormation's template limits, checked at compile time so they fail here, not in a deploy:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html
 */
public final class TemplateLimits {

  private TemplateLimits() {}

  /** Which limit of a template is exceeded. */
  public enum Limit {
    RESOURCES(Code.LIMIT_RESOURCES, "resources"),
    OUTPUTS(Code.LIMIT_OUTPUTS, "outputs"),
    PARAMETERS(Code.LIMIT_PARAMETERS, "parameters"),
    DYNAMIC_REFERENCES(Code.LIMIT_DYNAMIC_REFERENCES, "dynamic references"),
    BYTES(Code.LIMIT_TEMPLATE_SIZE, "bytes");

    private final Code code;
    private final String noun;

    Limit(Code code, String noun) {
      this.code = code;
      this.noun = noun;
    }

    public Code code() {
      return code;
    }

    /** What the limit counts, as a plural noun ("resources", "bytes"). */
    public String noun() {
      return noun;
    }
  }

  /** One limit a template exceeds: how much it has and how much is allowed. */
  public record Excess(Limit limit, long actual, long allowed) {}

  /**
   * The limits a template serialised once exceeds, from the size and dynamic references its writer
   * counted: the text is not scanned again.
   */
  public static List<Excess> excesses(SerialisedTemplate serialised, StackLimits limits) {
    return excesses(
        serialised.template(), serialised.utf8Bytes(), serialised.dynamicReferences(), limits);
  }

  /**
   * The limits {@code template} exceeds; {@code serialised} is its text (a nested stack's compact
   * body), scanned for its UTF-8 size and dynamic references.
   */
  public static List<Excess> excesses(Template template, String serialised, StackLimits limits) {
    int dynamicReferences = 0;
    for (int at = serialised.indexOf(SerialisedTemplate.DYNAMIC_REFERENCE);
        at >= 0;
        at =
            serialised.indexOf(
                SerialisedTemplate.DYNAMIC_REFERENCE,
                at + SerialisedTemplate.DYNAMIC_REFERENCE.length())) {
      dynamicReferences++;
    }
    return excesses(template, utf8Length(serialised), dynamicReferences, limits);
  }

  private static List<Excess> excesses(
      Template template, long bytes, int dynamicReferences, StackLimits limits) {
    List<Excess> excesses = new ArrayList<>();
    if (template.resources().size() > limits.resources()) {
      excesses.add(new Excess(Limit.RESOURCES, template.resources().size(), limits.resources()));
    }
    if (template.outputs().size() > limits.outputs()) {
      excesses.add(new Excess(Limit.OUTPUTS, template.outputs().size(), limits.outputs()));
    }
    if (template.parameters().size() > limits.parameters()) {
      excesses.add(new Excess(Limit.PARAMETERS, template.parameters().size(), limits.parameters()));
    }
    if (dynamicReferences > limits.dynamicReferences()) {
      excesses.add(
          new Excess(Limit.DYNAMIC_REFERENCES, dynamicReferences, limits.dynamicReferences()));
    }
    if (bytes > limits.bytes()) {
      excesses.add(new Excess(Limit.BYTES, bytes, limits.bytes()));
    }
    return excesses;
  }

  /** The length of {@code text} in UTF-8 bytes, counted without encoding it. */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** Reports every limit the whole template exceeds. */
  public static void check(
      Template template, String serialised, StackLimits limits, Diagnostics diagnostics) {
    for (Excess excess : excesses(template, serialised, limits)) {
      report(template, excess, diagnostics);
    }
  }

  private static void report(Template template, Excess excess, Diagnostics diagnostics) {
    switch (excess.limit()) {
      case RESOURCES ->
          diagnostics.error(
              Code.LIMIT_RESOURCES,
              ConfigPath.of("resources"),
              "The template has "
                  + excess.actual()
                  + " resources; CloudFormation allows "
                  + excess.allowed()
                  + " per stack.",
              "By type: " + byType(template) + ". Split the service into several configs.");
      case OUTPUTS ->
          diagnostics.error(
              Code.LIMIT_OUTPUTS,
              ConfigPath.of("stackConfig", "outputs"),
              "The template has "
                  + excess.actual()
                  + " outputs; CloudFormation allows "
                  + excess.allowed()
                  + ".");
      case PARAMETERS ->
          diagnostics.error(
              Code.LIMIT_PARAMETERS,
              ConfigPath.ROOT,
              "The template has "
                  + excess.actual()
                  + " parameters; CloudFormation allows "
                  + excess.allowed()
                  + ".",
              "Run `formwork package` first: with an artifact manifest, code keys are written into"
                  + " the template instead of parameters.");
      case DYNAMIC_REFERENCES ->
          diagnostics.error(
              Code.LIMIT_DYNAMIC_REFERENCES,
              ConfigPath.ROOT,
              "The template has "
                  + excess.actual()
                  + " dynamic references ($Secret(), $SsmParam()); CloudFormation allows "
                  + excess.allowed()
                  + ".",
              "Read several values from one JSON secret in code, or pass fewer secrets through the"
                  + " template.");
      case BYTES ->
          diagnostics.error(
              Code.LIMIT_TEMPLATE_SIZE,
              ConfigPath.ROOT,
              "The template is "
                  + excess.actual()
                  + " bytes; CloudFormation accepts at most "
                  + excess.allowed()
                  + " bytes even through S3.");
    }
  }

  /** The template's resources counted per type, most numerous first: {@code AWS::X (3), …}. */
  public static String byType(Template template) {
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
    return breakdown.toString();
  }
}
