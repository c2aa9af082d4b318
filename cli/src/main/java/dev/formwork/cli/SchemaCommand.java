package dev.formwork.cli;

import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.jsonschema.JsonSchemaGenerator;
import picocli.CommandLine.Command;

/** {@code formwork schema}: prints the JSON Schema of the config language, for IDE completion. */
@Command(
    name = "schema",
    footer = {"", "Example:", "  formwork schema > formwork.schema.json"})
final class SchemaCommand extends FormworkCommand {

  SchemaCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    context.out().print(JsonWriter.pretty(JsonSchemaGenerator.generate()));
    return ExitCodes.OK;
  }
}
