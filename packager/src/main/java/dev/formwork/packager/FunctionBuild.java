package dev.formwork.packager;

import dev.formwork.schema.diag.ConfigPath;
import java.util.List;

/**
 * One function's packaging input: a JS/TS bundle, a Python folder, a Go executable, a Java build or
 * a custom artifact.
 */
public sealed interface FunctionBuild
    permits NodeFunctionBuild,
        PythonFunctionBuild,
        GoFunctionBuild,
        JavaFunctionBuild,
        CustomArtifactBuild {

  /** The config resource name; the artifact is listed under it in the manifest. */
  String resourceName();

  /** Where diagnostics about this function's code point: its entryfilePath or packagePath. */
  ConfigPath sourcePath();

  /** Layers the function uses: names of {@link LayerBuild}s in the plan, or layer ARNs. */
  List<String> layers();
}
