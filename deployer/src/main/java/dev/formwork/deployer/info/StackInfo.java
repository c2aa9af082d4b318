package dev.formwork.deployer.info;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What `info` shows: the stack's status, its outputs, and every resource with its parameters. */
public record StackInfo(
    String stackName,
    String status,
    Optional<String> statusReason,
    Map<String, String> outputs,
    List<Resource> resources) {

  /** One deployed resource: logical id, type, physical id, status and referenceable parameters. */
  public record Resource(
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
    for (Resource resource : resources) {
      lines.add("  " + resource.logicalId() + " (" + resource.type() + ") " + resource.status());
      resource.params().forEach((k, v) -> lines.add("      " + k + " = " + v));
    }
    return lines;
  }
}
