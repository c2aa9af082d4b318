package dev.formwork.compiler.synth;

import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.model.ResourceDefinition;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** All config resources by name, for resolving references with clear errors. */
public final class ResourceIndex {

  private final Map<String, IndexedResource> byName;

  public ResourceIndex(Map<String, IndexedResource> byName) {
    this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
  }

  public Optional<IndexedResource> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /**
   * Looks up a resource that {@code usedAt} refers to and checks its type; reports an unknown name
   * (with "did you mean") or a resource of the wrong type.
   */
  public <R extends ResourceDefinition> Optional<R> require(
      String name,
      Class<R> type,
      String expectedTypeName,
      ConfigPath usedAt,
      Diagnostics diagnostics) {
    IndexedResource resource = byName.get(name);
    if (resource == null) {
      diagnostics.error(
          Code.CONFIG_UNKNOWN_RESOURCE,
          usedAt,
          "No resource named '" + name + "' in this config (expected a " + expectedTypeName + ").",
          Suggestions.didYouMean(name, byName.keySet())
              .orElse(
                  byName.isEmpty()
                      ? "The config has no resources."
                      : "Resources: " + String.join(", ", byName.keySet()) + "."));
      return Optional.empty();
    }
    if (!type.isInstance(resource.definition())) {
      diagnostics.error(
          Code.CONFIG_WRONG_RESOURCE_TYPE,
          usedAt,
          "Resource '"
              + name
              + "' is a "
              + resource.definition().typeName()
              + ", but a "
              + expectedTypeName
              + " is expected here.");
      return Optional.empty();
    }
    return Optional.of(type.cast(resource.definition()));
  }
}
