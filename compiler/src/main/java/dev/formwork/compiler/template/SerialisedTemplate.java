package dev.formwork.compiler.template;

import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonWriter;

/**
 * A template serialised once, as {@code formwork compile} prints it: its JSON value, the pretty
 * text, and the facts the limit checks need, counted while the text was written (its size in UTF-8
 * bytes and its dynamic references), so no later step serialises or rescans it.
 */
public record SerialisedTemplate(
    Template template, JsonObject json, String text, int utf8Bytes, int dynamicReferences) {

  /** What starts a dynamic reference ($Secret(), $SsmParam()) in a template's strings. */
  public static final String DYNAMIC_REFERENCE = "{{resolve:";

  public static SerialisedTemplate of(Template template) {
    JsonObject json = template.toJson();
    JsonWriter.Measured measured = JsonWriter.prettyMeasured(json, DYNAMIC_REFERENCE);
    return new SerialisedTemplate(
        template, json, measured.text(), measured.utf8Bytes(), measured.markers());
  }
}
