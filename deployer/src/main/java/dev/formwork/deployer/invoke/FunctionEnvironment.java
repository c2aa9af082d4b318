package dev.formwork.deployer.invoke;

import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.secret.DynamicReference;
import dev.formwork.deployer.secret.SecretResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The environment a function would have in Lambda, for a local run: its configured variables plus
 * the variables the Lambda runtime sets. Secret references stay as their literal {@code
 * {{resolve:secretsmanager:...}}} text unless resolving was asked for.
 */
public final class FunctionEnvironment {

  private FunctionEnvironment() {}

  /** Identity and limits of the function, as Lambda exposes them to its code. */
  public record Function(
      String name, String region, int memoryMb, int timeoutSeconds, String handler) {}

  public static Map<String, String> build(
      Function function,
      Map<String, String> configured,
      boolean resolveSecrets,
      Optional<SecretResolver> resolver) {
    Map<String, String> env = new TreeMap<>();
    // https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
    env.put("AWS_REGION", function.region());
    env.put("AWS_DEFAULT_REGION", function.region());
    env.put("AWS_LAMBDA_FUNCTION_NAME", function.name());
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String.valueOf(function.memoryMb()));
    env.put("AWS_LAMBDA_FUNCTION_TIMEOUT", String.valueOf(function.timeoutSeconds()));
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.name());
    env.put("_HANDLER", function.handler());
    for (Map.Entry<String, String> variable : configured.entrySet()) {
      String value = variable.getValue();
      if (resolveSecrets && DynamicReference.containsReference(value)) {
        SecretResolver secrets =
            resolver.orElseThrow(
                () ->
                    new DeployStepException(
                        "No secret resolver was given.", "Pass AWS access to resolve secrets."));
        value = DynamicReference.replaceAll(value, secrets::resolve);
      }
      env.put(variable.getKey(), value);
    }
    return env;
  }

  /**
   * Names of the variables whose values are still unresolved secret references (never the values).
   */
  public static List<String> unresolvedSecrets(Map<String, String> env) {
    return env.entrySet().stream()
        .filter(e -> DynamicReference.containsReference(e.getValue()))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }
}
