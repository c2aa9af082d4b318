package dev.formwork.compiler.synth.release;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.template.CfResource;

/**
 * A function's published AWS::Lambda::Version and its aliases, written after the function itself: a
 * version with {@code deployment}, {@code provisionedConcurrency}, {@code snapStart} or {@code
 * aliases}, keyed by the written function's properties; the live alias ({@code stp-live},
 * Stacktape's name) with {@code deployment}, {@code provisionedConcurrency} or {@code snapStart}
 * (SnapStart only restores published versions, so triggers must invoke one).
 */
public final class FunctionReleases {

  private FunctionReleases() {}

  /** Writes the version and aliases of {@code function}, whose resource is {@code lambda}. */
  public static void emit(FunctionAssembly function, CfResource lambda, SynthesisContext context) {
    if (function.ref().hasLiveAlias() || !function.properties().aliases().isEmpty()) {
      String version = FunctionVersionSynthesis.emit(function, lambda.properties(), context);
      AliasSynthesis.emit(function, version, context);
    }
  }
}
