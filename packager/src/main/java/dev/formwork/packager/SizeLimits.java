package dev.formwork.packager;

import dev.formwork.schema.artifact.Sizes;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Lambda's package limits, checked after building and before anything is uploaded: 262,144,000
 * bytes unzipped for a function and all its layers, at most 5 layers, and a warning over 50 MB
 * zipped (the direct-upload limit; formwork uploads through S3, where it does not apply, but the
 * console's code editor and direct updates stop working).
 * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
public final class SizeLimits {

  public static final long MAX_UNZIPPED_BYTES = 262_144_000L;
  public static final long MAX_DIRECT_UPLOAD_ZIPPED_BYTES = 50L * 1024 * 1024;
  public static final int MAX_LAYERS = 5;
  private static final int CONTRIBUTORS_NAMED = 3;

  private SizeLimits() {}

  /**
   * Checks the built artifacts against Lambda's package-size limits.
   *
   * @param functionSizes sizes of the built function artifacts, by resource name
   * @param layerSizes sizes of the built layers, by resource name
   * @param layers the plan's layers by name, to tell a layer name from a layer ARN
   */
  public static List<Diagnostic> check(
      List<FunctionBuild> functions,
      Map<String, ArtifactSizes> functionSizes,
      Map<String, ArtifactSizes> layerSizes,
      Map<String, LayerBuild> layers) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (LayerBuild layer : layers.values()) {
      ArtifactSizes sizes = layerSizes.get(layer.resourceName());
      if (sizes != null && sizes.unzippedBytes() > MAX_UNZIPPED_BYTES) {
        diagnostics.add(
            Diagnostic.error(
                Code.LIMIT_LAMBDA_UNZIPPED_SIZE,
                layer.folderPath(),
                "Layer '"
                    + layer.resourceName()
                    + "' is "
                    + Sizes.human(sizes.unzippedBytes())
                    + " unzipped, over Lambda's limit of 262,144,000 bytes; the biggest files are "
                    + contributors(List.of(sizes))
                    + "."));
      }
    }
    for (FunctionBuild function : functions) {
      if (function.layers().size() > MAX_LAYERS) {
        diagnostics.add(
            Diagnostic.error(
                    Code.LIMIT_LAMBDA_LAYERS,
                    function.sourcePath(),
                    "Function '"
                        + function.resourceName()
                        + "' uses "
                        + function.layers().size()
                        + " layers, but Lambda allows at most 5.")
                .withHint("Merge layers, or move code from a layer into the function's package."));
      }
      ArtifactSizes own = functionSizes.get(function.resourceName());
      if (own == null) {
        continue;
      }
      List<ArtifactSizes> parts = new ArrayList<>();
      parts.add(own);
      boolean hasArnLayers = false;
      for (String layer : function.layers()) {
        if (layerSizes.containsKey(layer)) {
          parts.add(layerSizes.get(layer));
        } else if (!layers.containsKey(layer)) {
          hasArnLayers = true;
        }
      }
      long total = parts.stream().mapToLong(ArtifactSizes::unzippedBytes).sum();
      if (total > MAX_UNZIPPED_BYTES) {
        Diagnostic error =
            Diagnostic.error(
                Code.LIMIT_LAMBDA_UNZIPPED_SIZE,
                function.sourcePath(),
                "Function '"
                    + function.resourceName()
                    + "' is "
                    + Sizes.human(total)
                    + " unzipped including its layers, over Lambda's limit of 262,144,000 bytes;"
                    + " the biggest contributors are "
                    + contributors(parts)
                    + ".");
        diagnostics.add(
            error.withHint(
                "Keep large dependencies out of the package (runtime-provided packages,"
                    + " excludeFiles)"
                    + (hasArnLayers
                        ? "; layers given by ARN are not counted here and add to the total."
                        : ".")));
      }
      if (own.zippedBytes() > MAX_DIRECT_UPLOAD_ZIPPED_BYTES) {
        diagnostics.add(
            Diagnostic.warning(
                Code.LIMIT_LAMBDA_ZIPPED_SIZE,
                function.sourcePath(),
                "Function '"
                    + function.resourceName()
                    + "' is "
                    + Sizes.human(own.zippedBytes())
                    + " zipped, over Lambda's 50 MB direct-upload limit; formwork deploys it"
                    + " through S3, but the console editor and direct code updates will not work;"
                    + " the biggest files are "
                    + contributors(List.of(own))
                    + "."));
      }
    }
    return diagnostics;
  }

  /**
   * The biggest files across the parts, e.g. {@code node_modules/x/big.bin in 'deps' (120.0 MB)}.
   */
  private static String contributors(List<ArtifactSizes> parts) {
    record Named(String part, ZipContents.Entry entry) {}
    List<Named> all = new ArrayList<>();
    for (ArtifactSizes part : parts) {
      for (ZipContents.Entry entry : part.biggestEntries()) {
        all.add(new Named(part.resourceName(), entry));
      }
    }
    all.sort(
        Comparator.comparingLong((Named named) -> named.entry().unzippedBytes())
            .reversed()
            .thenComparing(named -> named.part())
            .thenComparing(named -> named.entry().name()));
    List<String> names = new ArrayList<>();
    for (Named named : all.subList(0, Math.min(CONTRIBUTORS_NAMED, all.size()))) {
      names.add(
          named.entry().name()
              + " in '"
              + named.part()
              + "' ("
              + Sizes.human(named.entry().unzippedBytes())
              + ")");
    }
    return names.isEmpty() ? "unknown" : String.join(", ", names);
  }
}
