package dev.formwork.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.formwork.deployer.DeployStepException;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code formwork} command line: compiles, validates, packages and deploys Stacktape-style
 * configs.
 */
@Command(
    name = "formwork",
    mixinStandardHelpOptions = true,
    version = "formwork 0.1.0",
    description =
        "Compile a Stacktape-style config into AWS CloudFormation, package its code and deploy it.",
    footer = {
      "",
      "Exit codes: 0 ok, 1 config errors, 2 usage error, 3 deployment or AWS failure,"
          + " 4 differences found (diff/preview --fail), 130 interrupted (Ctrl-C)."
    })
public final class Main {

  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, Path.of("").toAbsolutePath(), out, err);
    out.flush();
    System.exit(code);
  }

  /** Runs formwork as a function (used by tests): returns the exit code. */
  public static int run(String[] args, Path workingDirectory, PrintStream out, PrintStream err) {
    CommandLine commandLine =
        commandLine(workingDirectory, out, err, args.length > 0 ? args[0] : "");
    return commandLine.execute(args);
  }

  /** The subcommands by name, in the order --help lists them. */
  private static Map<String, Supplier<Object>> subcommands(
      Path workingDirectory, PrintStream out, PrintStream err) {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("compile", () -> new CompileCommand(workingDirectory, out, err));
    commands.put("validate", () -> new ValidateCommand(workingDirectory, out, err));
    commands.put("package", () -> new PackageCommand(workingDirectory, out, err));
    commands.put("deploy", () -> new DeployCommand(workingDirectory, out, err));
    commands.put("preview", () -> new PreviewCommand(workingDirectory, out, err));
    commands.put("diff", () -> new DiffCommand(workingDirectory, out, err));
    commands.put("delete", () -> new DeleteCommand(workingDirectory, out, err));
    commands.put("info", () -> new InfoCommand(workingDirectory, out, err));
    commands.put("invoke", () -> new InvokeCommand(workingDirectory, out, err));
    commands.put("rollback", () -> new RollbackCommand(workingDirectory, out, err));
    commands.put("script-run", () -> new ScriptRunCommand(workingDirectory, out, err));
    commands.put("schema", () -> new SchemaCommand(out));
    return commands;
  }

  /**
   * The command line with only the subcommand being run, because picocli's reflective set-up of
   * every command costs about 10 ms each at start-up; all of them when {@code first} names none
   * (help, typos).
   */
  static CommandLine commandLine(
      Path workingDirectory, PrintStream out, PrintStream err, String first) {
    CommandLine commandLine = new CommandLine(new Main());
    Map<String, Supplier<Object>> commands = subcommands(workingDirectory, out, err);
    if (commands.containsKey(first)) {
      commandLine.addSubcommand(first, commands.get(first).get());
    } else {
      commands.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
    }
    commandLine.setOut(
        new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, UTF_8)), true));
    commandLine.setErr(
        new PrintWriter(new BufferedWriter(new OutputStreamWriter(err, UTF_8)), true));
    commandLine.setExitCodeExceptionMapper(
        failure -> failure instanceof UsageException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
    commandLine.setParameterExceptionHandler(
        (failure, arguments) -> {
          err.println("formwork: " + failure.getMessage());
          err.println(
              "Run '"
                  + failure.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help' for usage.");
          return ExitCodes.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (failure, command, parsed) -> {
          if (failure instanceof DeployStepException step) {
            // A deploy step that failed for a reason the user can fix: message and hint, no stack
            // trace.
            err.println("formwork: " + step.getMessage());
            err.println("  hint: " + step.hint());
            return ExitCodes.DEPLOY_FAILED;
          }
          if (failure instanceof UsageException) {
            err.println("formwork: " + failure.getMessage());
            return ExitCodes.USAGE;
          }
          err.println("formwork: internal error (this is a bug in formwork, not in your config):");
          failure.printStackTrace(err);
          return ExitCodes.INTERNAL;
        });
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }
}
