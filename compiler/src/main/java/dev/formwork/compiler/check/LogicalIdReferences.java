package dev.formwork.compiler.check;

import dev.formwork.compiler.template.Template;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * Logical IDs that the config names directly ({@code $CfResourceParam('Id', ...)}), collected while
 * the template is synthesized and checked once it is complete, because the named resource may be
 * written after the value that refers to it.
 */
public final class LogicalIdReferences {

  private record Reference(String logicalId, ConfigPath usedAt) {}

  private final List<Reference> references = new ArrayList<>();

  public void add(String logicalId, ConfigPath usedAt) {
    references.add(new Reference(logicalId, usedAt));
  }

  /** Reports each reference to a logical ID that the finished template does not have. */
  public void check(Template template, Diagnostics diagnostics) {
    for (Reference reference : references) {
      if (!template.resources().containsKey(reference.logicalId())) {
        diagnostics.valueError(
            Code.DIRECTIVE_UNKNOWN_LOGICAL_ID,
            reference.usedAt(),
            "$CfResourceParam(): the template has no resource with logical ID '"
                + reference.logicalId()
                + "'.",
            Suggestions.didYouMean(reference.logicalId(), template.resources().keySet())
                .orElse(
                    "Use a key of cloudformationResources or a logical ID formwork generates, such"
                        + " as <Name>Function."));
      }
    }
  }
}
