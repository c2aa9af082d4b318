package dev.formwork.compiler.naming;

/**
 * Export names of stack outputs, {@code PascalCase(<stack> + <Output>)} with the first "_" removed,
 * as Stacktape writes them; $CfStackOutput() imports by the same rule, so no AWS call is needed.
 */
public final class ExportNames {

  private ExportNames() {}

  public static String of(String stackName, String outputName) {
    String capitalised =
        outputName.isEmpty()
            ? outputName
            : Character.toUpperCase(outputName.charAt(0)) + outputName.substring(1);
    return PascalCase.of(stackName + capitalised).replaceFirst("_", "");
  }
}
