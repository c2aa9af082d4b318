package dev.formwork.compiler.check;

import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.Template;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.diag.UserText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Logical IDs that the config names directly ({@code $CfResourceParam('Id', 'Attribute')}),
 * collected while the template is synthesized and checked once it is complete, because the named
 * resource may be written after the value that refers to it: the ID must be in the template, and
 * the attribute must be one its resource type has ({@link AttributeTable}).
 */
public final class LogicalIdReferences {

  private record Reference(String logicalId, Optional<String> attribute, ConfigPath usedAt) {}

  private final List<Reference> references = new ArrayList<>();

  /**
   * Records one directive's reference.
   *
   * @param attribute the Fn::GetAtt attribute, or empty for a Ref
   */
  public void add(String logicalId, Optional<String> attribute, ConfigPath usedAt) {
    references.add(new Reference(logicalId, attribute, usedAt));
  }

  /**
   * Reports each reference to a logical ID that the finished template does not have, or to an
   * attribute its type does not have.
   *
   * @return the {@code Id.Attribute} pairs checked here, which {@link GetAttReferences} skips
   */
  public Set<String> check(Template template, AttributeTable table, Diagnostics diagnostics) {
    Set<String> checked = new HashSet<>();
    for (Reference reference : references) {
      CfResource resource = template.resources().get(reference.logicalId());
      if (resource == null) {
        diagnostics.valueError(
            Code.DIRECTIVE_UNKNOWN_LOGICAL_ID,
            reference.usedAt(),
            "$CfResourceParam(): the template has no resource with logical ID '"
                + UserText.excerpt(reference.logicalId())
                + "'.",
            Suggestions.didYouMean(reference.logicalId(), template.resources().keySet())
                .orElse(
                    "Use a key of cloudformationResources or a logical ID formwork generates, such"
                        + " as <Name>Function."));
        continue;
      }
      if (reference.attribute().isEmpty()) {
        continue;
      }
      String attribute = reference.attribute().get();
      checked.add(reference.logicalId() + "." + attribute);
      Optional<AttributeTable.Attributes> known = table.of(resource.type());
      if (known.isPresent() && !known.get().allows(attribute)) {
        diagnostics.valueError(
            Code.DIRECTIVE_UNKNOWN_ATTRIBUTE,
            reference.usedAt(),
            "$CfResourceParam(): "
                + resource.type()
                + " '"
                + reference.logicalId()
                + "' has no attribute '"
                + UserText.excerpt(attribute)
                + "'.",
            GetAttReferences.hint(attribute, known.get()));
      }
    }
    return checked;
  }
}
