package dev.formwork.deployer;

import dev.formwork.deployer.diff.ConfigLabels;
import dev.formwork.schema.artifact.ArtifactManifest;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One deploy or preview: the compiled template's JSON text, the packaged artifacts (manifest file
 * paths are resolved against {@code artifactRoot}), the stack tags, who approves risky steps, and
 * the stack-operation settings of {@code deploymentConfig}, and how to name changes in config
 * terms.
 */
public record DeployRequest(
    String templateJson,
    ArtifactManifest manifest,
    Path artifactRoot,
    Map<String, String> stackTags,
    Confirmation confirmation,
    StackSettings settings,
    ConfigLabels labels) {

  public DeployRequest {
    Objects.requireNonNull(templateJson, "templateJson");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(artifactRoot, "artifactRoot");
    Objects.requireNonNull(confirmation, "confirmation");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(labels, "labels");
    stackTags = Collections.unmodifiableSortedMap(new TreeMap<>(stackTags));
  }

  /** A request with deploymentConfig's defaults. */
  public DeployRequest(
      String templateJson,
      ArtifactManifest manifest,
      Path artifactRoot,
      Map<String, String> stackTags,
      Confirmation confirmation) {
    this(templateJson, manifest, artifactRoot, stackTags, confirmation, StackSettings.DEFAULTS);
  }

  /** A request whose changes are shown in CloudFormation terms only. */
  public DeployRequest(
      String templateJson,
      ArtifactManifest manifest,
      Path artifactRoot,
      Map<String, String> stackTags,
      Confirmation confirmation,
      StackSettings settings) {
    this(
        templateJson, manifest, artifactRoot, stackTags, confirmation, settings, ConfigLabels.NONE);
  }
}
