package dev.formwork.deployer.aws;

import dev.formwork.schema.diag.Code;
import java.util.Objects;

/**
 * Why an AWS call could not be made or was refused, for a person: the catalogued code, one sentence
 * saying what happened and a hint saying what to do. Never holds a stack trace or a secret.
 */
public record AwsFailure(Code code, String message, String hint) {

  public AwsFailure {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }
}
