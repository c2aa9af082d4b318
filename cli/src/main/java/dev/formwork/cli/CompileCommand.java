package dev.formwork.cli;

import dev.formwork.compiler.template.SerialisedTemplate;
import dev.formwork.compiler.template.YamlTemplateWriter;
import dev.formwork.schema.diag.Code;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code formwork compile}: writes the CloudFormation template to --out or stdout; diagnostics to
 * stderr. An app split into nested stacks needs --out: the nested templates are written beside the
 * root (see {@link TemplateFiles}).
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

  @Mixin ManifestOption manifest = new ManifestOption();

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write the template here (default: stdout). Never written on error. An app split into"
              + " nested stacks has its nested templates written beside it, as"
              + " FILE-stem.NestedStack01.json and so on.")
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
    if (run.result().serialised().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    if (run.result().isSplit() && out == null) {
      throw new UsageException(
          Code.CLI_USAGE,
          "This app is split into a root and "
              + run.result().nestedTemplates().size()
              + " nested templates, which one stdout cannot hold.",
          Optional.of(
              "Write them with --out FILE: the nested templates go beside FILE, as"
                  + " FILE-stem.NestedStack01.json and so on."));
    }
    SerialisedTemplate template = run.result().serialised().get();
    String text =
        format == TemplateFormat.yaml ? YamlTemplateWriter.write(template.json()) : template.text();
    if (out == null) {
      context.out().print(text);
    } else {
      AtomicFiles.write(target, out, text);
      TemplateFiles.writeNested(target, out, run.result().nestedTemplates().values());
    }
    return ExitCodes.OK;
  }
}
