package dev.formwork.deployer.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DynamicReferenceTest {

  @Test
  void parsesNameKeyAndVersion() {
    DynamicReference ref =
        DynamicReference.findAll("{{resolve:secretsmanager:db:SecretString:password::abc-123}}")
            .get(0);
    assertEquals("db", ref.secretId());
    assertEquals(Optional.of("password"), ref.jsonKey());
    assertEquals(Optional.empty(), ref.versionStage());
    assertEquals(Optional.of("abc-123"), ref.versionId());
  }

  @Test
  void keepsTheColonsOfAnArnSecretId() {
    DynamicReference ref =
        DynamicReference.findAll(
                "{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf:SecretString:user:AWSCURRENT:}}")
            .get(0);
    assertEquals("arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf", ref.secretId());
    assertEquals(Optional.of("user"), ref.jsonKey());
    assertEquals(Optional.of("AWSCURRENT"), ref.versionStage());
  }

  @Test
  void replacesEveryReferenceInAString() {
    String value =
        "postgres://{{resolve:secretsmanager:db:SecretString:user::}}:{{resolve:secretsmanager:db:SecretString:password::}}@host";
    assertEquals(2, DynamicReference.findAll(value).size());
    assertEquals(
        "postgres://[user]:[password]@host",
        DynamicReference.replaceAll(value, r -> "[" + r.jsonKey().orElse("") + "]"));
    assertEquals(List.of(), DynamicReference.findAll("plain"));
  }
}
