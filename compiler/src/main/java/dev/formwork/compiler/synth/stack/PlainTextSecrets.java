package dev.formwork.compiler.synth.stack;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.value.TextValue;

/**
 * Where the config may hold a password or API key: a {@code $Secret()} becomes its dynamic
 * reference; plain text (which Stacktape accepts and real configs use) becomes a NoEcho template
 * parameter that deploy supplies, with a warning, so the template, compile output and logs never
 * contain it.
 */
public final class PlainTextSecrets {

  private PlainTextSecrets() {}

  /**
   * The template value of {@code value}: a Ref of the NoEcho parameter {@code parameterName} for
   * plain text, else the resolved directive.
   */
  public static JsonValue resolve(
      TextValue value,
      ConfigPath path,
      String parameterName,
      String what,
      SynthesisContext context) {
    if (value instanceof TextValue.Literal literal) {
      // The diagnostic quotes the config line with the value masked (a security.plain-text-*
      // code), and never names the value.
      context
          .diagnostics()
          .valueWarning(
              Code.SECURITY_PLAIN_TEXT_SECRET_PARAMETER,
              path,
              "The "
                  + what
                  + " is written in plain text; formwork keeps it out of the template as the"
                  + " NoEcho parameter "
                  + parameterName
                  + ", which formwork deploy supplies.",
              "Store it in Secrets Manager and write $Secret('name.key'), so it leaves the config"
                  + " too.");
      return context
          .deployParameters()
          .secret(parameterName, literal.text(), what, context.template());
    }
    return context.values().resolve(value, path);
  }
}
