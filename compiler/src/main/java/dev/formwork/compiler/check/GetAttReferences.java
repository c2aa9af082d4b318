package dev.formwork.compiler.check;

import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.Template;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.diag.UserText;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every {@code Fn::GetAtt} of the finished template against the attributes of the named
 * resource's type ({@link AttributeTable}): what formwork writes and what the config passes through
 * ({@code cloudformationResources}, {@code overrides}). A wrong attribute deploys until
 * CloudFormation reaches it, then fails the whole stack; here it is a diagnostic with "did you
 * mean". Types the table does not know ({@code Custom::*}, unpublished registry types) are not
 * checked.
 */
public final class GetAttReferences {

  private GetAttReferences() {}

  /**
   * Reports each Fn::GetAtt of an attribute its resource type does not have, once per pair.
   *
   * @param alreadyChecked {@code Id.Attribute} pairs that {@link LogicalIdReferences} reported
   *     precisely, at the directive
   * @param owners the config path of the resource each logical ID belongs to (the root for IDs not
   *     in it)
   */
  public static void check(
      Template template,
      AttributeTable table,
      Set<String> alreadyChecked,
      Map<String, ConfigPath> owners,
      Diagnostics diagnostics) {
    Set<String> reported = new HashSet<>(alreadyChecked);
    for (Map.Entry<String, CfResource> resource : template.resources().entrySet()) {
      walk(
          resource.getValue().toJson(),
          template,
          table,
          reported,
          owners.getOrDefault(resource.getKey(), ConfigPath.ROOT),
          diagnostics);
    }
    for (JsonObject output : template.outputs().values()) {
      walk(output, template, table, reported, ConfigPath.of("stackConfig", "outputs"), diagnostics);
    }
  }

  private static void walk(
      JsonValue value,
      Template template,
      AttributeTable table,
      Set<String> reported,
      ConfigPath owner,
      Diagnostics diagnostics) {
    if (value instanceof JsonArray array) {
      for (JsonValue item : array.items()) {
        walk(item, template, table, reported, owner, diagnostics);
      }
      return;
    }
    if (!(value instanceof JsonObject object)) {
      return;
    }
    Optional<JsonValue> getAtt = object.get("Fn::GetAtt");
    if (getAtt.isPresent() && object.members().size() == 1) {
      Optional<String[]> pair = target(getAtt.get());
      if (pair.isPresent()) {
        checkOne(pair.get()[0], pair.get()[1], template, table, reported, owner, diagnostics);
      }
    }
    for (JsonValue member : object.members().values()) {
      walk(member, template, table, reported, owner, diagnostics);
    }
  }

  /** {@code [Id, Attribute]} or {@code "Id.Attribute"} with literal strings; else empty. */
  private static Optional<String[]> target(JsonValue getAtt) {
    if (getAtt instanceof JsonArray array
        && array.items().size() == 2
        && array.items().get(0) instanceof JsonString id
        && array.items().get(1) instanceof JsonString attribute) {
      return Optional.of(new String[] {id.value(), attribute.value()});
    }
    if (getAtt instanceof JsonString text && text.value().indexOf('.') > 0) {
      int dot = text.value().indexOf('.');
      return Optional.of(
          new String[] {text.value().substring(0, dot), text.value().substring(dot + 1)});
    }
    return Optional.empty();
  }

  private static void checkOne(
      String logicalId,
      String attribute,
      Template template,
      AttributeTable table,
      Set<String> reported,
      ConfigPath owner,
      Diagnostics diagnostics) {
    CfResource target = template.resources().get(logicalId);
    if (target == null || !reported.add(logicalId + "." + attribute)) {
      return;
    }
    Optional<AttributeTable.Attributes> known = table.of(target.type());
    if (known.isPresent() && !known.get().allows(attribute)) {
      diagnostics.error(
          Code.TEMPLATE_UNKNOWN_ATTRIBUTE,
          owner,
          "Fn::GetAtt ["
              + logicalId
              + ", "
              + UserText.excerpt(attribute)
              + "]: "
              + target.type()
              + " has no attribute '"
              + UserText.excerpt(attribute)
              + "'.",
          hint(attribute, known.get()));
    }
  }

  /** "Did you mean 'x'?" and the type's attributes. */
  static String hint(String attribute, AttributeTable.Attributes known) {
    String list =
        known.names().isEmpty() ? "" : "Its attributes: " + String.join(", ", known.names()) + ".";
    Optional<String> suggestion = Suggestions.didYouMean(attribute, known.names());
    if (suggestion.isEmpty()) {
      // The usual mistake is the short name of a longer attribute: Arn for an SNS topic's TopicArn.
      List<String> longer =
          known.names().stream()
              .filter(
                  name ->
                      name.toLowerCase(Locale.ROOT).endsWith(attribute.toLowerCase(Locale.ROOT)))
              .toList();
      if (longer.size() == 1 && !attribute.isEmpty()) {
        suggestion = Optional.of("Did you mean '" + longer.get(0) + "'?");
      }
    }
    return suggestion.map(s -> s + " " + list).orElse(list);
  }
}
