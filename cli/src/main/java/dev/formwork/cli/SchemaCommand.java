package dev.formwork.cli;

import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.jsonschema.JsonSchemaGenerator;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code formwork schema}: prints the JSON Schema of the config language, for IDE completion. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Print the JSON Schema of the config language (for IDE completion and checking).")
final class SchemaCommand implements Callable<Integer> {

  private final PrintStream stdout;

  SchemaCommand(PrintStream stdout) {
    this.stdout = stdout;
  }

  @Override
  public Integer call() {
    stdout.print(JsonWriter.pretty(JsonSchemaGenerator.generate()));
    stdout.flush();
    return ExitCodes.OK;
  }
}
