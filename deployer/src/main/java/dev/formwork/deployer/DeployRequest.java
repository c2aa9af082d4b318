package dev.formwork.deployer;

import dev.formwork.schema.artifact.ArtifactManifest;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One deploy or preview: the compiled template's JSON text (the root template of an app split into
 * nested stacks), the packaged artifacts (manifest file paths are resolved against {@code
 * artifactRoot}), the stack tags, who approves risky steps, and the nested templates of a split app
 * by the S3 key the root's {@code TemplateURL} names ({@code templates/<sha256>.json}), which the
 * deployer uploads when the bucket lacks them.
 */
public record DeployRequest(
    String templateJson,
    ArtifactManifest manifest,
    Path artifactRoot,
    Map<String, String> stackTags,
    Confirmation confirmation,
    SortedMap<String, String> nestedTemplates) {

  public DeployRequest {
    Objects.requireNonNull(templateJson, "templateJson");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(artifactRoot, "artifactRoot");
    Objects.requireNonNull(confirmation, "confirmation");
    stackTags = Collections.unmodifiableSortedMap(new TreeMap<>(stackTags));
    nestedTemplates = Collections.unmodifiableSortedMap(new TreeMap<>(nestedTemplates));
  }

  /** A deploy of an app in one template. */
  public DeployRequest(
      String templateJson,
      ArtifactManifest manifest,
      Path artifactRoot,
      Map<String, String> stackTags,
      Confirmation confirmation) {
    this(templateJson, manifest, artifactRoot, stackTags, confirmation, new TreeMap<>());
  }
}
