package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.bind.NoEffect;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.model.function.EnvironmentVariable;
import java.util.List;
import java.util.Optional;

/** A script run on this machine, with the STP_* variables of its connectTo resources. */
@Doc("A script run on the machine that runs formwork.")
public record LocalScript(Properties properties) implements ScriptDefinition {

  /** What a local script runs and in which environment. */
  @Doc(
      "Local script properties. Exactly one of executeScript, executeCommand, executeScripts,"
          + " executeCommands.")
  public record Properties(
      @Doc("A script file (.js, .ts, .py, .sh) to run.") Optional<String> executeScript,
      @Doc("A shell command to run.") Optional<String> executeCommand,
      @Doc("Script files to run in order.") List<String> executeScripts,
      @Doc("Shell commands to run in order.") List<String> executeCommands,
      @Doc("Working directory, relative to the config file.") Optional<String> cwd,
      @Doc("Stream the script's output.") @Default("true") boolean pipeStdio,
      @Doc("Resources whose STP_* connection variables the script receives.")
          List<String> connectTo,
      @Doc("Extra environment variables.") List<EnvironmentVariable> environment,
      @Doc("Accepted for compatibility; formwork runs scripts with your own credentials.")
          @NoEffect(
              "formwork runs scripts with your own AWS credentials; connectTo gives the script"
                  + " the resource's STP_* variables.")
          Optional<String> assumeRoleOfResource,
      @Doc(
              "Seconds the script may run; then formwork stops it and the command fails (formwork"
                  + " extension; 1800, i.e. 30 minutes, when not given).")
          @Range(min = 1)
          Optional<Integer> timeout) {
    public Properties {
      int given =
          (executeScript.isPresent() ? 1 : 0)
              + (executeCommand.isPresent() ? 1 : 0)
              + (executeScripts.isEmpty() ? 0 : 1)
              + (executeCommands.isEmpty() ? 0 : 1);
      if (given != 1) {
        throw new ModelConstraintException(
            Code.CONFIG_EXACTLY_ONE,
            "executeCommand",
            "A local script needs exactly one of executeScript, executeCommand, executeScripts or"
                + " executeCommands; "
                + given
                + " are given.");
      }
    }
  }
}
