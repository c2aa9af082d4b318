package dev.formwork.deployer;

import dev.formwork.deployer.diff.ConfigLabels;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.deploy.DeployParameter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One deploy or preview: the compiled template's JSON text, the packaged artifacts (manifest file
 * paths are resolved against {@code artifactRoot}), the stack tags, who approves risky steps, and
 * the stack-operation settings of {@code deploymentConfig}, how to name changes in config terms,
 * and the template parameters deploy supplies (plain-text secrets, custom domains' hosted zones).
 */
public record DeployRequest(
    String templateJson,
    ArtifactManifest manifest,
    Path artifactRoot,
    Map<String, String> stackTags,
    Confirmation confirmation,
    StackSettings settings,
    ConfigLabels labels,
    Map<String, DeployParameter> parameters) {

  public DeployRequest {
    Objects.requireNonNull(templateJson, "templateJson");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(artifactRoot, "artifactRoot");
    Objects.requireNonNull(confirmation, "confirmation");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(parameters, "parameters");
    stackTags = Collections.unmodifiableSortedMap(new TreeMap<>(stackTags));
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
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
        templateJson,
        manifest,
        artifactRoot,
        stackTags,
        confirmation,
        settings,
        ConfigLabels.NONE,
        Map.of());
  }

  /** This request with the deploy-time parameters of a template that declares some. */
  public DeployRequest withParameters(Map<String, DeployParameter> deployParameters) {
    return new DeployRequest(
        templateJson,
        manifest,
        artifactRoot,
        stackTags,
        confirmation,
        settings,
        labels,
        deployParameters);
  }
}
