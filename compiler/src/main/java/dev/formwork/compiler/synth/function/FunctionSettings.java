package dev.formwork.compiler.synth.function;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.function.BuildpackPackaging;
import dev.formwork.schema.model.function.EnvironmentVariable;
import dev.formwork.schema.model.function.FunctionProperties;
import dev.formwork.schema.model.function.IamRoleStatement;
import dev.formwork.schema.model.function.LanguageSpecificConfig;
import dev.formwork.schema.value.TextValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds what a function's own properties give its {@link FunctionAssembly}: runtime and handler,
 * environment (with NODE_OPTIONS for bundled JavaScript), IAM role statements and tracing; checks
 * the layer limit.
 */
public final class FunctionSettings {

  static final int MAX_LAYERS = 5;
  static final String USER_STATEMENTS_POLICY = "iam-role-statements";

  private FunctionSettings() {}

  public static void apply(FunctionAssembly function, SynthesisContext context) {
    FunctionProperties properties = function.properties();
    ConfigPath propertiesPath = function.path().key("properties");
    Optional<LambdaCode> resolved =
        LambdaCode.resolve(
            properties, propertiesPath, context.sourceFiles(), context.diagnostics());
    if (resolved.isPresent()) {
      LambdaCode code = resolved.get();
      function.setCode(code);
      SnapStartRules.check(properties, code.runtime(), propertiesPath, context.diagnostics());
      if (code.runtime().deprecated()) {
        context
            .diagnostics()
            .warning(
                Code.CONFIG_DEPRECATED_RUNTIME,
                propertiesPath.key("runtime"),
                "Runtime "
                    + code.runtime().configValue()
                    + " is deprecated by AWS; functions on it stop receiving security"
                    + " updates.");
      }
    }
    if (properties.layers().size() > MAX_LAYERS) {
      context
          .diagnostics()
          .error(
              Code.LIMIT_LAYERS,
              propertiesPath.key("layers"),
              "A function can use at most "
                  + MAX_LAYERS
                  + " layers; '"
                  + function.name()
                  + "' lists "
                  + properties.layers().size()
                  + ".");
    }
    addUserEnvironment(function, propertiesPath, context);
    addNodeOptions(function, propertiesPath, context);
    grantUserStatements(function, propertiesPath, context);
    if (properties.tracing().isPresent()) {
      // X-Ray offers no resource-level permissions for these two actions, hence "*":
      // https://docs.aws.amazon.com/xray/latest/devguide/security_iam_service-with-iam.html
      function.grant(
          "xray-tracing",
          PolicyStatement.allow(
              List.of("xray:PutTelemetryRecords", "xray:PutTraceSegments"),
              List.of(new JsonString("*"))));
    }
  }

  private static void addUserEnvironment(
      FunctionAssembly function, ConfigPath propertiesPath, SynthesisContext context) {
    List<EnvironmentVariable> variables = function.properties().environment();
    for (int i = 0; i < variables.size(); i++) {
      EnvironmentVariable variable = variables.get(i);
      ConfigPath variablePath = propertiesPath.key("environment").index(i);
      if (EnvironmentRules.RESERVED.contains(variable.name())
          || variable.name().startsWith("AWS_LAMBDA_")) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_RESERVED_ENV_VAR,
                variablePath.key("name"),
                "Environment variable " + variable.name() + " is reserved: Lambda sets it itself.");
        continue;
      }
      if (variable.name().length() < EnvironmentRules.MIN_NAME_LENGTH) {
        // Lambda's pattern is [a-zA-Z]([a-zA-Z0-9_])+; scripts, which run here, allow one letter.
        context
            .diagnostics()
            .valueError(
                Code.CONFIG_ENV_VAR_NAME,
                variablePath.key("name"),
                "Lambda rejects the one-character environment variable name '"
                    + variable.name()
                    + "' when the stack deploys.",
                Optional.of(
                    "Use a name of two or more characters, e.g. '" + variable.name() + "_VALUE'."));
        continue;
      }
      JsonValue value = context.values().resolve(variable.value(), variablePath.key("value"));
      EnvironmentSecretRules.check(
          variable.name(), variable.value(), value, variablePath, context.diagnostics());
      function.addEnvironment(
          variable.name(), value, variablePath, "environment[" + i + "]", context.diagnostics());
    }
  }

  /** Turns on source maps for bundled JS/TS, as Stacktape does, unless the user disabled them. */
  private static void addNodeOptions(
      FunctionAssembly function, ConfigPath propertiesPath, SynthesisContext context) {
    if (!(function.properties().packaging() instanceof BuildpackPackaging buildpack)
        || CodeLanguage.ofEntryFile(buildpack.properties().entryfilePath())
                .orElse(CodeLanguage.PYTHON)
            != CodeLanguage.JAVASCRIPT) {
      return;
    }
    Optional<LanguageSpecificConfig> options = buildpack.properties().languageSpecificConfig();
    if (options.isPresent() && options.get().disableSourceMaps().orElse(false)) {
      return;
    }
    Optional<FunctionAssembly.EnvironmentEntry> existing =
        function.environmentVariable("NODE_OPTIONS");
    if (existing.isPresent()) {
      if (existing.get().value() instanceof JsonString text
          && !text.value().contains("--enable-source-maps")) {
        // The user's own NODE_OPTIONS keeps its place; the flag is appended to it.
        String combined = (text.value() + " --enable-source-maps").trim();
        function.replaceEnvironment("NODE_OPTIONS", new JsonString(combined));
      }
      return;
    }
    function.addEnvironment(
        "NODE_OPTIONS",
        new JsonString("--enable-source-maps"),
        propertiesPath.key("packaging"),
        "formwork (source maps for the bundle)",
        context.diagnostics());
  }

  private static void grantUserStatements(
      FunctionAssembly function, ConfigPath propertiesPath, SynthesisContext context) {
    List<IamRoleStatement> statements = function.properties().iamRoleStatements();
    for (int i = 0; i < statements.size(); i++) {
      IamRoleStatement statement = statements.get(i);
      ConfigPath statementPath = propertiesPath.key("iamRoleStatements").index(i);
      List<JsonValue> resources = new ArrayList<>();
      for (int r = 0; r < statement.Resource().size(); r++) {
        resources.add(
            context
                .values()
                .resolve(statement.Resource().get(r), statementPath.key("Resource").index(r)));
      }
      if (statement.Action().contains("*")) {
        context
            .diagnostics()
            .warning(
                Code.SECURITY_WILDCARD_ACTION,
                statementPath.key("Action"),
                "This statement grants every action (\"*\"); list the actions the function needs.");
      }
      if (grantsEveryResource(statement)) {
        context
            .diagnostics()
            .warning(
                Code.SECURITY_WILDCARD_RESOURCE,
                statementPath.key("Resource"),
                "This statement applies to every resource (\"*\"); name the ARNs the function"
                    + " needs.");
      }
      function.grant(
          USER_STATEMENTS_POLICY,
          new PolicyStatement(
              statement.Sid(),
              statement.Effect().configValue(),
              statement.Action(),
              resources,
              condition(statement, statementPath, context)));
    }
  }

  private static boolean grantsEveryResource(IamRoleStatement statement) {
    for (TextValue resource : statement.Resource()) {
      if (resource instanceof TextValue.Literal literal && literal.text().equals("*")) {
        return true;
      }
    }
    return false;
  }

  private static Optional<JsonValue> condition(
      IamRoleStatement statement, ConfigPath statementPath, SynthesisContext context) {
    if (statement.Condition().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        context.values().resolve(statement.Condition().get(), statementPath.key("Condition")));
  }
}
