package dev.formwork.compiler.template;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Collects the resources, outputs and parameters of the template being synthesized. Each resource
 * remembers the config path that produced it; a second resource with the same logical ID is a
 * diagnostic naming both, never a silent overwrite.
 */
public final class TemplateBuilder {

  /** A resource together with the config resource (or raw entry) it belongs to. */
  public record Owned(CfResource resource, ConfigPath owner, String ownerName) {}

  private final Diagnostics diagnostics;
  private final TreeMap<String, Owned> resources = new TreeMap<>();
  private final TreeMap<String, JsonObject> outputs = new TreeMap<>();
  private final TreeMap<String, JsonObject> parameters = new TreeMap<>();
  private final TreeMap<String, String> artifactKeyParameters = new TreeMap<>();

  public TemplateBuilder(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Adds a resource; reports a collision and keeps the first one if the ID is taken. */
  public boolean add(String logicalId, CfResource resource, ConfigPath owner, String ownerName) {
    Owned existing = resources.get(logicalId);
    if (existing != null) {
      diagnostics.error(
          Code.TEMPLATE_LOGICAL_ID_COLLISION,
          owner,
          "Logical ID '"
              + logicalId
              + "' ("
              + resource.type()
              + ") is already used by "
              + existing.owner()
              + " ("
              + existing.resource().type()
              + ").",
          "Rename one of the two resources; logical IDs come from resource names, so names that"
              + " differ only in case or punctuation collide.");
      return false;
    }
    resources.put(logicalId, new Owned(resource, owner, ownerName));
    return true;
  }

  public void replace(String logicalId, CfResource resource) {
    Owned existing = resources.get(logicalId);
    resources.put(logicalId, new Owned(resource, existing.owner(), existing.ownerName()));
  }

  public Optional<CfResource> get(String logicalId) {
    Owned owned = resources.get(logicalId);
    return owned == null ? Optional.empty() : Optional.of(owned.resource());
  }

  /**
   * The name of the config resource (or raw entry) that owns a logical ID: a config resource's
   * name, {@code cloudformationResources.X}, or the empty string for stack-level resources.
   */
  public Optional<String> ownerName(String logicalId) {
    Owned owned = resources.get(logicalId);
    return owned == null ? Optional.empty() : Optional.of(owned.ownerName());
  }

  /** The config path that produced a logical ID (the root for unknown IDs). */
  public ConfigPath ownerPath(String logicalId) {
    Owned owned = resources.get(logicalId);
    return owned == null ? ConfigPath.ROOT : owned.owner();
  }

  /** The config path that produced each logical ID, in sorted order. */
  public SortedMap<String, ConfigPath> owners() {
    SortedMap<String, ConfigPath> owners = new TreeMap<>();
    for (Map.Entry<String, Owned> entry : resources.entrySet()) {
      owners.put(entry.getKey(), entry.getValue().owner());
    }
    return owners;
  }

  public boolean has(String logicalId) {
    return resources.containsKey(logicalId);
  }

  public Set<String> logicalIds() {
    return resources.keySet();
  }

  /** Logical IDs owned by one config resource, in sorted order. */
  public List<String> childrenOf(String ownerName) {
    List<String> children = new ArrayList<>();
    for (Map.Entry<String, Owned> entry : resources.entrySet()) {
      if (entry.getValue().ownerName().equals(ownerName)) {
        children.add(entry.getKey());
      }
    }
    return children;
  }

  public boolean addOutput(String name, JsonObject output, ConfigPath owner) {
    if (outputs.containsKey(name)) {
      diagnostics.error(
          Code.TEMPLATE_OUTPUT_COLLISION, owner, "Stack output '" + name + "' is defined twice.");
      return false;
    }
    outputs.put(name, output);
    return true;
  }

  /** Adds a template parameter (one that deploy fills, such as a NoEcho secret). */
  public void addParameter(String name, JsonObject parameter) {
    parameters.put(name, parameter);
  }

  /**
   * Adds the parameter that holds the S3 key of an artifact when the compile has no artifact
   * manifest ({@code formwork deploy} fills it); {@code artifactName} is the function or layer.
   */
  public void addArtifactKeyParameter(String name, String artifactName, JsonObject parameter) {
    parameters.put(name, parameter);
    artifactKeyParameters.put(name, artifactName);
  }

  /** The artifact key parameters added so far, each with its function or layer name. */
  public SortedMap<String, String> artifactKeyParameters() {
    return Collections.unmodifiableSortedMap(artifactKeyParameters);
  }

  public Template build(String description) {
    TreeMap<String, CfResource> plain = new TreeMap<>();
    for (Map.Entry<String, Owned> entry : resources.entrySet()) {
      plain.put(entry.getKey(), entry.getValue().resource());
    }
    return new Template(plain, outputs, parameters, description);
  }
}
