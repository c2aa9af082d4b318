package dev.formwork.deployer;

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
 * the template parameters deploy supplies (plain-text secrets, custom domains' hosted zones).
 */
public record DeployRequest(
    String templateJson,
    ArtifactManifest manifest,
    Path artifactRoot,
    Map<String, String> stackTags,
    Confirmation confirmation,
    Map<String, DeployParameter> parameters) {

  public DeployRequest {
    Objects.requireNonNull(templateJson, "templateJson");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(artifactRoot, "artifactRoot");
    Objects.requireNonNull(confirmation, "confirmation");
    stackTags = Collections.unmodifiableSortedMap(new TreeMap<>(stackTags));
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
  }

  /** A request for a template that declares no deploy-time parameters. */
  public DeployRequest(
      String templateJson,
      ArtifactManifest manifest,
      Path artifactRoot,
      Map<String, String> stackTags,
      Confirmation confirmation) {
    this(templateJson, manifest, artifactRoot, stackTags, confirmation, Map.of());
  }
}
