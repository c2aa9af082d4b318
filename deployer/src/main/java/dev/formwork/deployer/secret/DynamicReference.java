package dev.formwork.deployer.secret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code
 * {{resolve:secretsmanager:secret-id:SecretString:json-key:version-stage:version-id}}} reference
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html).
 * The secret id may be a full ARN, which itself contains colons.
 */
public record DynamicReference(
    String text,
    String secretId,
    Optional<String> jsonKey,
    Optional<String> versionStage,
    Optional<String> versionId) {

  private static final Pattern REFERENCE =
      Pattern.compile("\\{\\{resolve:secretsmanager:([^}]+)}}");

  /** Every secretsmanager reference in a string, in order. */
  public static List<DynamicReference> findAll(String value) {
    List<DynamicReference> found = new ArrayList<>();
    Matcher matcher = REFERENCE.matcher(value);
    while (matcher.find()) {
      found.add(parse(matcher.group(0), matcher.group(1)));
    }
    return found;
  }

  public static boolean containsReference(String value) {
    return REFERENCE.matcher(value).find();
  }

  /** The string with each reference replaced by what {@code resolve} returns for it. */
  public static String replaceAll(String value, Function<DynamicReference, String> resolve) {
    Matcher matcher = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(resolve.apply(parse(matcher.group(0), matcher.group(1)))));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  static DynamicReference parse(String text, String body) {
    String[] parts = body.split(":", -1);
    int idParts = body.startsWith("arn:") ? Math.min(7, parts.length) : 1;
    String secretId = String.join(":", Arrays.copyOfRange(parts, 0, idParts));
    // After the id: SecretString, json-key, version-stage, version-id; empty fields mean "not
    // given".
    return new DynamicReference(
        text,
        secretId,
        field(parts, idParts + 1),
        field(parts, idParts + 2),
        field(parts, idParts + 3));
  }

  private static Optional<String> field(String[] parts, int index) {
    return index < parts.length && !parts[index].isEmpty()
        ? Optional.of(parts[index])
        : Optional.empty();
  }
}
