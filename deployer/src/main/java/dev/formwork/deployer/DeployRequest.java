package dev.formwork.deployer;

import dev.formwork.deployer.diff.ConfigLabels;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.deploy.DeployParameter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One deploy or preview: the compiled template's JSON text (the root template of an app split into
 * nested stacks), the packaged artifacts (manifest file paths are resolved against {@code
 * artifactRoot}), the stack tags, who approves risky steps, the stack-operation settings of {@code
 * deploymentConfig}, how to name changes in config terms, the template parameters deploy supplies
 * (plain-text secrets, custom domains' hosted zones), and the nested templates of a split app by
 * the S3 key the root's {@code TemplateURL} names ({@code templates/<sha256>.json}), which the
 * deployer uploads when the bucket lacks them.
 */
public record DeployRequest(
    String templateJson,
    ArtifactManifest manifest,
    Path artifactRoot,
    Map<String, String> stackTags,
    Confirmation confirmation,
    StackSettings settings,
    ConfigLabels labels,
    Map<String, DeployParameter> parameters,
    SortedMap<String, String> nestedTemplates) {

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
    nestedTemplates = Collections.unmodifiableSortedMap(new TreeMap<>(nestedTemplates));
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
        Map.of(),
        new TreeMap<>());
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
        deployParameters,
        nestedTemplates);
  }

  /** A request for an app in one template. */
  public DeployRequest(
      String templateJson,
      ArtifactManifest manifest,
      Path artifactRoot,
      Map<String, String> stackTags,
      Confirmation confirmation,
      StackSettings settings,
      ConfigLabels labels) {
    this(
        templateJson,
        manifest,
        artifactRoot,
        stackTags,
        confirmation,
        settings,
        labels,
        Map.of(),
        new TreeMap<>());
  }
}
