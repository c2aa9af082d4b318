package dev.formwork.compiler.synth.function;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.model.function.FunctionProperties;
import dev.formwork.schema.model.function.LambdaRuntime;

/**
 * Checks {@code snapStart}: formwork turns it on for Java runtimes only, and Lambda refuses it with
 * provisioned concurrency or more than 512 MB of ephemeral storage.
 * https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html
 */
final class SnapStartRules {

  private static final int MAX_STORAGE_MB = 512;

  private SnapStartRules() {}

  static void check(
      FunctionProperties properties,
      LambdaRuntime runtime,
      ConfigPath propertiesPath,
      Diagnostics diagnostics) {
    if (!properties.snapStart()) {
      return;
    }
    ConfigPath snapStart = propertiesPath.key("snapStart");
    if (!runtime.isJava()) {
      diagnostics.valueError(
          Code.CONFIG_SNAP_START,
          snapStart,
          "snapStart is for Java functions; this function runs on " + runtime.configValue() + ".",
          "Remove snapStart, or use provisionedConcurrency to keep environments warm.");
    }
    if (properties.provisionedConcurrency().isPresent()) {
      diagnostics.valueError(
          Code.CONFIG_SNAP_START,
          snapStart,
          "Lambda does not support SnapStart together with provisioned concurrency.",
          "Use one of snapStart and provisionedConcurrency.");
    }
    if (properties.storage() > MAX_STORAGE_MB) {
      diagnostics.valueError(
          Code.CONFIG_SNAP_START,
          snapStart,
          "Lambda does not support SnapStart with more than 512 MB of ephemeral storage; storage is"
              + " "
              + properties.storage()
              + " MB.",
          "Lower storage to 512, or remove snapStart.");
    }
  }
}
