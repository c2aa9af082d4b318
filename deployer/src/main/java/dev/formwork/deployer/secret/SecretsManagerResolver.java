package dev.formwork.deployer.secret;

import dev.formwork.deployer.DeployStepException;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * Resolves dynamic references with Secrets Manager GetSecretValue, honouring version and JSON key.
 */
public final class SecretsManagerResolver implements SecretResolver {

  private final SecretsManagerClient client;

  public SecretsManagerResolver(SecretsManagerClient client) {
    this.client = client;
  }

  @Override
  public String resolve(DynamicReference reference) {
    GetSecretValueResponse response;
    try {
      response =
          client.getSecretValue(
              b -> {
                b.secretId(reference.secretId());
                reference.versionStage().ifPresent(b::versionStage);
                reference.versionId().ifPresent(b::versionId);
              });
    } catch (SecretsManagerException missing) {
      // Checked by code: not every Secrets Manager endpoint's answer maps to the model's class.
      if (!"ResourceNotFoundException".equals(missing.awsErrorDetails().errorCode())) {
        throw missing;
      }
      throw new DeployStepException(
          Code.AWS_SECRET_NOT_FOUND,
          "The secret "
              + reference.secretId()
              + " (from $Secret()) does not exist in Secrets Manager in "
              + client.serviceClientConfiguration().region()
              + reference.versionStage().map(stage -> " with the stage " + stage).orElse("")
              + ".",
          "Check the name in the config against `aws secretsmanager list-secrets`, and the"
              + " account and region in use.",
          missing);
    }
    String secret = response.secretString();
    if (reference.jsonKey().isEmpty()) {
      return secret;
    }
    String key = reference.jsonKey().get();
    try {
      if (JsonParser.parse(secret) instanceof JsonObject object && object.get(key).isPresent()) {
        JsonValue value = object.get(key).get();
        return value instanceof JsonString text ? text.value() : JsonWriter.compact(value);
      }
    } catch (JsonParseException notJson) {
      // Reported below without the secret's content.
    }
    throw new DeployStepException(
        "The key " + key + " is not in the JSON secret " + reference.secretId() + ".",
        "Check the secret's keys in Secrets Manager.");
  }
}
