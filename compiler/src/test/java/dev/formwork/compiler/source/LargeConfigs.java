package dev.formwork.compiler.source;

/** Generates large but realistic configs for tests and the benchmark. */
public final class LargeConfigs {

  static final int FIRST_RESOURCE_LINE = 3;
  static final int LINES_PER_FUNCTION = 16;

  private LargeConfigs() {}

  static String functionName(int index) {
    return "fn" + index;
  }

  /** A config with {@code count} function resources of 16 lines each. */
  public static String functions(int count) {
    StringBuilder yaml = new StringBuilder(count * 420);
    yaml.append("serviceName: big-service\nresources:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("  ")
          .append(functionName(i))
          .append(":\n")
          .append("    type: function\n")
          .append("    properties:\n")
          .append("      memory: ")
          .append(128 + i % 10 * 64)
          .append('\n')
          .append("      timeout: 30\n")
          .append("      packaging:\n")
          .append("        type: stacktape-lambda-buildpack\n")
          .append("        properties:\n")
          .append("          entryfilePath: src/handlers/function-")
          .append(i)
          .append(".ts\n")
          .append("      environment:\n")
          .append("        TABLE_NAME: $ResourceParam('ordersTable', 'name')\n")
          .append("        STAGE: \"$Stage()\"\n")
          .append("      events:\n")
          .append("        - type: schedule\n")
          .append("          properties: { scheduleRate: 'rate(5 minutes)', input: { index: ")
          .append(i)
          .append(" } }\n")
          .append("      connectTo: [ordersTable, eventsBus]\n");
    }
    return yaml.toString();
  }
}
