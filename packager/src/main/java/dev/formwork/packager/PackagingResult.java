package dev.formwork.packager;

import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.diag.Diagnostic;
import java.util.List;

/**
 * What a packaging run produced: the manifest (written to {@code manifest.json} only when there are
 * no errors) and every diagnostic found.
 */
public record PackagingResult(ArtifactManifest manifest, List<Diagnostic> diagnostics) {

  public PackagingResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
