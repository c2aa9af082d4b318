package dev.formwork.deployer.info;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What `info` shows: the stack's status, its outputs, and every resource with its parameters, the
 * root's first, then each nested stack's.
 */
public record StackInfo(
    String stackName,
    String status,
    Optional<String> statusReason,
    Map<String, String> outputs,
    List<Resource> resources) {

  /**
   * One deployed resource: the nested stack that holds it (its stack resource's logical ID; empty
   * for the root), logical id, type, physical id, status and referenceable parameters.
   */
  public record Resource(
      String stack,
      String logicalId,
      String type,
      String physicalId,
      String status,
      Map<String, String> params) {}

  public List<String> render() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Stack " + stackName + ": " + status + statusReason.map(r -> " (" + r + ")").orElse(""));
    if (!outputs.isEmpty()) {
      lines.add("Outputs:");
      outputs.forEach((k, v) -> lines.add("  " + k + " = " + v));
    }
    lines.add("Resources:");
    String stack = "";
    for (Resource resource : resources) {
      if (!resource.stack().equals(stack)) {
        stack = resource.stack();
        lines.add("Resources of nested stack " + stack + ":");
      }
      lines.add("  " + resource.logicalId() + " (" + resource.type() + ") " + resource.status());
      resource.params().forEach((k, v) -> lines.add("      " + k + " = " + v));
    }
    return lines;
  }
}
