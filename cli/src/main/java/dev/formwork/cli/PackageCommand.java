package dev.formwork.cli;

import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code formwork package}: builds every function and layer into content-addressed zips and a
 * manifest.
 */
@Command(
    name = "package",
    footer = {
      "",
      "Examples:",
      "  formwork package -s dev -r eu-west-1",
      "  formwork package -s dev --out build/artifacts --output json"
    })
final class PackageCommand extends ConfigCommand {

  @Mixin OutputOptions output = new OutputOptions();
  @Mixin BuildFlags build = new BuildFlags();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where to write the zips and manifest.json (default: .formwork/artifacts next to the"
              + " config).")
  Path out;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Build cache (default: .formwork/cache next to the config).")
  Path cache;

  PackageCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    CompilerRunner.Run run = compileForPackagingAndReport();
    if (run.result().hasErrors() || run.result().config().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CodePackaging.Packaged packaged =
        CodePackaging.run(
            this, run, Optional.ofNullable(out), Optional.ofNullable(cache), build.options());
    if (packaged.result().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    ArtifactManifest manifest = packaged.result().get().manifest();
    if (output.json()) {
      context
          .out()
          .print(
              JsonWriter.pretty(
                  JsonObject.builder()
                      .put("outputDir", packaged.outputDir().toString())
                      .put(
                          "manifestFile",
                          packaged.outputDir().resolve(ArtifactManifest.FILE_NAME).toString())
                      .put("manifest", manifest.toJson())
                      .build()));
    } else {
      context
          .err()
          .println(
              "Packaged "
                  + manifest.artifacts().size()
                  + " artifact(s) into "
                  + packaged.outputDir()
                  + ".");
    }
    return ExitCodes.OK;
  }
}
