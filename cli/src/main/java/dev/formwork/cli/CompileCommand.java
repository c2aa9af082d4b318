package dev.formwork.cli;

import dev.formwork.compiler.template.YamlTemplateWriter;
import dev.formwork.schema.json.JsonWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code formwork compile}: writes the CloudFormation template to --out or stdout; diagnostics to
 * stderr.
 */
@Command(
    name = "compile",
    footer = {
      "",
      "Offline: $Secret() references stay unpinned ({{resolve:secretsmanager:name}}); deploy,"
          + " preview and diff pin each one to the secret's current version id.",
      "",
      "Examples:",
      "  formwork compile -s dev -r eu-west-1 > template.json",
      "  formwork compile -s prod --format yaml --out build/template.yaml"
    })
final class CompileCommand extends ConfigCommand {

  @Mixin ManifestOption manifest;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the template here (default: stdout). Never written on error.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Template format: ${COMPLETION-CANDIDATES} (default: json).")
  TemplateFormat format = TemplateFormat.json;

  CompileCommand(CliContext context) {
    super(context);
  }

  /** Template output formats. */
  enum TemplateFormat {
    json,
    yaml
  }

  @Override
  int execute() {
    // Checked first: a bad --out is a usage error whatever the config says.
    Path target =
        out == null
            ? null
            : TemplateOutputPath.check(context.workingDirectory(), out, target().configFile());
    CompilerRunner.Run run = compileAndReport(manifest.manifest());
    if (run.result().template().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    String text =
        format == TemplateFormat.yaml
            ? YamlTemplateWriter.write(run.result().template().get().toJson())
            : JsonWriter.pretty(run.result().template().get().toJson());
    if (out == null) {
      context.out().print(text);
    } else {
      AtomicFiles.write(target, out, text);
    }
    return ExitCodes.OK;
  }
}
