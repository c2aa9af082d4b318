package dev.formwork.compiler.synth.function;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Secret hygiene of a function's environment variables: an {@code ssm-secure} dynamic reference is
 * an error (Lambda environment is not among the properties that accept it), and a literal value
 * that looks like a secret is a warning suggesting {@code $Secret()}. Messages never repeat the
 * value.
 */
final class EnvironmentSecretRules {

  private static final List<String> SECRET_NAME_PARTS =
      List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY");
  private static final Pattern AWS_ACCESS_KEY_ID =
      Pattern.compile("(?<![A-Z0-9])(AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])");

  private EnvironmentSecretRules() {}

  static void check(
      String name,
      TextValue configured,
      JsonValue resolved,
      ConfigPath variablePath,
      Diagnostics diagnostics) {
    ConfigPath valuePath = variablePath.key("value");
    if (resolved instanceof JsonString text && text.value().contains("{{resolve:ssm-secure:")) {
      // Only about a dozen properties accept ssm-secure references, and Lambda's Environment is not
      // one:
      // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-ssm-secure-strings.html
      diagnostics.valueError(
          Code.SECURITY_SSM_SECURE_IN_ENVIRONMENT,
          valuePath,
          "Environment variable "
              + name
              + " uses an ssm-secure dynamic reference, which CloudFormation does not allow in"
              + " a Lambda environment.",
          "Use $Secret('<secret-name>') (Secrets Manager) instead, or read the SecureString"
              + " parameter at run time.");
      return;
    }
    if (!(configured instanceof TextValue.Literal literal)
        || literal.text().isEmpty()
        || literal.text().startsWith("{{resolve:")) {
      return;
    }
    boolean secretName = namesSecret(name);
    boolean accessKey = AWS_ACCESS_KEY_ID.matcher(literal.text()).find();
    if (secretName || accessKey) {
      // The value itself is never printed, not even in the source excerpt: the warning points at
      // the
      // variable's name, whose line (in block style) does not hold the value.
      diagnostics.report(
          Diagnostic.warning(
                  Code.SECURITY_PLAINTEXT_SECRET,
                  variablePath.key("name"),
                  "Environment variable "
                      + name
                      + (accessKey
                          ? " holds what looks like an AWS access key ID"
                          : " looks like a secret but has a literal value")
                      + "; anyone who can read the function's configuration or the template can"
                      + " read it.")
              .withHint(
                  "Store it in Secrets Manager and write $Secret('<secret-name>') (or"
                      + " $Secret('<secret-name>.<key>')).")
              .at(diagnostics.sourceMap().locateValue(variablePath.key("name"))));
    }
  }

  private static boolean namesSecret(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    for (String part : SECRET_NAME_PARTS) {
      if (upper.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
