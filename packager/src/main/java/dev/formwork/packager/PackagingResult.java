package dev.formwork.packager;

import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a packaging run produced: the manifest (written to {@code manifest.json} only when there are
 * no errors), every diagnostic found, and for each function built the files and folders it was made
 * from (an esbuild bundle's inputs from its metafile, a Python function's folder, a Go module, a
 * Java project), which {@code formwork dev} watches.
 */
public record PackagingResult(
    ArtifactManifest manifest, List<Diagnostic> diagnostics, Map<String, List<Path>> sources) {

  public PackagingResult {
    diagnostics = List.copyOf(diagnostics);
    sources = Map.copyOf(sources);
  }

  public PackagingResult(ArtifactManifest manifest, List<Diagnostic> diagnostics) {
    this(manifest, diagnostics, Map.of());
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
