package dev.formwork.compiler.template;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;

/**
 * The {@code AssumeRolePolicyDocument} of a role that one AWS service assumes: the one place that
 * writes a trust policy, so every role formwork creates trusts exactly one named service.
 */
public final class TrustPolicy {

  private TrustPolicy() {}

  /** A role the service may assume. */
  public static JsonObject forService(String service) {
    return document(statement(service).build());
  }

  /**
   * A role the service may assume only on behalf of this account (confused-deputy protection, as
   * AWS recommends for service roles:
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html).
   */
  public static JsonObject forServiceOfThisAccount(String service) {
    return document(
        statement(service)
            .put(
                "Condition",
                JsonObject.of(
                    "StringEquals", JsonObject.of("aws:SourceAccount", Cf.ref("AWS::AccountId"))))
            .build());
  }

  private static JsonObject.Builder statement(String service) {
    return JsonObject.builder()
        .put("Action", "sts:AssumeRole")
        .put("Effect", "Allow")
        .put("Principal", JsonObject.of("Service", JsonValue.of(service)));
  }

  private static JsonObject document(JsonObject statement) {
    return JsonObject.builder()
        .put("Statement", JsonArray.of(statement))
        .put("Version", "2012-10-17")
        .build();
  }
}
