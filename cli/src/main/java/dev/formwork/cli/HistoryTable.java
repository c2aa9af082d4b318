package dev.formwork.cli;

import dev.formwork.deployer.history.DeploymentRecord;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** {@code formwork info --history}: the recorded deployments as a table or as JSON. */
final class HistoryTable {

  private static final int COMMIT_CHARACTERS = 12;

  private HistoryTable() {}

  static List<String> render(String stack, List<DeploymentRecord> records) {
    List<String> lines = new ArrayList<>();
    if (records.isEmpty()) {
      lines.add("No deployment of " + stack + " is recorded yet (`formwork deploy` records them).");
      return lines;
    }
    lines.add("Deployments of " + stack + " (oldest first; `formwork rollback --to N`):");
    String format = "  %4s  %-20s  %-8s  %-10s  %-19s  %s";
    lines.add(String.format(format, "N", "time", "kind", "formwork", "commit", "by"));
    for (DeploymentRecord record : records) {
      lines.add(
          String.format(
              format,
              record.number(),
              record.time(),
              record.kind().configValue() + record.rollbackOf().map(from -> " " + from).orElse(""),
              record.formworkVersion(),
              commit(record),
              record.deployedBy()));
    }
    return lines;
  }

  /** One deployment in a sentence's parentheses: kind, time, commit. */
  static String describe(DeploymentRecord record) {
    return record.kind().configValue()
        + " of "
        + record.time()
        + (record.gitCommit().isPresent() ? ", commit " + commit(record) : "");
  }

  static JsonObject json(String stack, List<DeploymentRecord> records) {
    List<JsonValue> entries = new ArrayList<>();
    records.forEach(record -> entries.add(record.toJson()));
    return JsonObject.builder()
        .put("stack", stack)
        .put("deployments", new JsonArray(entries))
        .build();
  }

  private static String commit(DeploymentRecord record) {
    return record
        .gitCommit()
        .map(sha -> sha.length() > COMMIT_CHARACTERS ? sha.substring(0, COMMIT_CHARACTERS) : sha)
        .map(sha -> sha + (record.gitDirty().orElse(false) ? " (dirty)" : ""))
        .orElse("-");
  }
}
