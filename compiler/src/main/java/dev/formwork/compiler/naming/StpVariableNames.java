package dev.formwork.compiler.naming;

import java.util.Locale;

/**
 * Names of the {@code STP_<RESOURCE>_<PARAM>} environment variables connectTo injects, built as
 * Stacktape builds them: {@code UPPER(snake("STP_" + ref.replace('.', '_') + "_" + param))}, so
 * {@code mainDb}/{@code connectionString} gives {@code STP_MAIN_DB_CONNECTION_STRING}.
 */
public final class StpVariableNames {

  private StpVariableNames() {}

  public static String of(String resourceRef, String param) {
    return PascalCase.snake("STP_" + resourceRef.replace('.', '_') + "_" + param)
        .toUpperCase(Locale.ROOT);
  }
}
