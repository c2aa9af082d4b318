package dev.formwork.compiler.synth.values;

import dev.formwork.schema.diag.ConfigPath;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The secrets that {@code $Secret()} references in the template, each with the first config path
 * that uses it: what the deployer looks up (DescribeSecret) to pin the references to their current
 * version, and where a missing secret is reported.
 */
public final class SecretUses {

  private final SortedMap<String, ConfigPath> uses = new TreeMap<>();

  void record(String secretId, ConfigPath at) {
    uses.putIfAbsent(secretId, at);
  }

  /** Secret name or ARN, as written, to the first path that uses it. */
  public SortedMap<String, ConfigPath> all() {
    return Collections.unmodifiableSortedMap(uses);
  }
}
