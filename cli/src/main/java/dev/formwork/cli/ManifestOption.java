package dev.formwork.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --manifest}, for the commands that compile a template with the code's S3 keys. */
public final class ManifestOption {

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description =
          "Artifact manifest from `formwork package` (default: .formwork/artifacts/manifest.json"
              + " next to the config, if present).")
  Path manifest;

  Optional<Path> manifest() {
    return Optional.ofNullable(manifest);
  }
}
