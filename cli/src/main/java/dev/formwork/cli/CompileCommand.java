package dev.formwork.cli;

import dev.formwork.compiler.template.YamlTemplateWriter;
import dev.formwork.schema.json.JsonWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code formwork compile}: writes the CloudFormation template to --out or stdout; diagnostics to
 * stderr. An app split into nested stacks needs --out: the nested templates are written beside the
 * root (see {@link TemplateFiles}).
 */
@Command(
    name = "compile",
    mixinStandardHelpOptions = true,
    description = "Compile the config into a CloudFormation template (JSON by default).")
final class CompileCommand extends ConfigCommand {

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

  @Option(
      names = "--error-format",
      paramLabel = "FORMAT",
      description = "Diagnostics as ${COMPLETION-CANDIDATES} (default: text).")
  CompilerRunner.ErrorFormat errorFormat = CompilerRunner.ErrorFormat.text;

  CompileCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }

  /** Template output formats. */
  enum TemplateFormat {
    json,
    yaml
  }

  @Override
  public Integer call() throws IOException {
    CompilerRunner runner = new CompilerRunner(workingDirectory);
    CompilerRunner.Run run = runner.compile(config);
    runner.report(
        run, errorFormat, errorFormat == CompilerRunner.ErrorFormat.json ? stderr : stdout, stderr);
    if (run.result().template().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    if (run.result().isSplit() && out == null) {
      throw new UsageException(
          "This app is split into a root and "
              + run.result().nestedTemplates().size()
              + " nested templates, which one stdout cannot hold; write them with --out FILE"
              + " (the nested templates go beside FILE, as FILE-stem.NestedStack01.json and so"
              + " on).");
    }
    String text =
        format == TemplateFormat.yaml
            ? YamlTemplateWriter.write(run.result().template().get().toJson())
            : JsonWriter.pretty(run.result().template().get().toJson());
    if (out == null) {
      stdout.print(text);
      stdout.flush();
    } else {
      Path file = workingDirectory.resolve(out);
      AtomicFiles.write(file, text);
      TemplateFiles.writeNested(file, run.result().nestedTemplates().values());
    }
    return ExitCodes.OK;
  }
}
