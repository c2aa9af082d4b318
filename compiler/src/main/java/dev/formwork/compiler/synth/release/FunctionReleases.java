package dev.formwork.compiler.synth.release;

import dev.formwork.schema.model.function.FunctionProperties;

/**
 * When a function gets a published AWS::Lambda::Version and the implicit live alias: a version with
 * {@code deployment}, {@code provisionedConcurrency}, {@code snapStart} or {@code aliases}; the
 * live alias ({@code stp-live}, Stacktape's name) with {@code deployment}, {@code
 * provisionedConcurrency} or {@code snapStart} (SnapStart only restores published versions, so
 * triggers must invoke one).
 */
public final class FunctionReleases {

  /** The name of the implicit live alias, as Stacktape names it. */
  public static final String LIVE_ALIAS_NAME = "stp-live";

  private FunctionReleases() {}

  public static boolean hasLiveAlias(FunctionProperties properties) {
    return properties.deployment().isPresent()
        || properties.provisionedConcurrency().isPresent()
        || properties.snapStart();
  }

  public static boolean publishesVersion(FunctionProperties properties) {
    return hasLiveAlias(properties) || !properties.aliases().isEmpty();
  }
}
