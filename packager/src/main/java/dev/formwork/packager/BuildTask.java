package dev.formwork.packager;

import dev.formwork.schema.diag.Diagnostic;
import java.io.IOException;
import java.util.List;

/**
 * One independent piece of a packaging run (a layer, a function, an esbuild batch, a Java project's
 * build): it reports into its own diagnostics list, so tasks can run in parallel.
 */
@FunctionalInterface
interface BuildTask {

  List<BuiltArtifact> run(List<Diagnostic> diagnostics) throws IOException;
}
