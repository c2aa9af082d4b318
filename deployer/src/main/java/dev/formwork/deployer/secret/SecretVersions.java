package dev.formwork.deployer.secret;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * Reads the current version id (the one labelled AWSCURRENT) of each secret a template references,
 * with DescribeSecret: metadata only, so formwork never reads a secret's value to pin it. A secret
 * that does not exist is reported as missing; any other failure (access denied, no connection)
 * reaches the command, which says it in one line (an AccessDenied names
 * secretsmanager:DescribeSecret and the secret).
 * https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DescribeSecret.html
 */
public final class SecretVersions {

  /** The staging label of a secret's current version. */
  static final String CURRENT = "AWSCURRENT";

  private final SecretsManagerClient client;

  public SecretVersions(SecretsManagerClient client) {
    this.client = client;
  }

  /** The version ids found, and the secrets that do not exist (or have no current version). */
  public record Lookup(SortedMap<String, String> versions, SortedSet<String> missing) {}

  public Lookup current(Collection<String> secretIds) {
    SortedMap<String, String> versions = new TreeMap<>();
    SortedSet<String> missing = new TreeSet<>();
    for (String id : new TreeSet<>(secretIds)) {
      DescribeSecretResponse secret;
      try {
        secret = client.describeSecret(b -> b.secretId(id));
      } catch (ResourceNotFoundException notFound) {
        missing.add(id);
        continue;
      }
      String current = null;
      for (Map.Entry<String, List<String>> version : secret.versionIdsToStages().entrySet()) {
        if (version.getValue().contains(CURRENT)) {
          current = version.getKey();
        }
      }
      if (current == null) {
        missing.add(id);
      } else {
        versions.put(id, current);
      }
    }
    return new Lookup(versions, missing);
  }
}
