package dev.formwork.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code formwork} command line: compiles, validates, packages and deploys Stacktape-style configs. */
@Command(
    name = "formwork",
    mixinStandardHelpOptions = true,
    version = "formwork 0.1.0",
    description = "Compile a Stacktape-style config into AWS CloudFormation, package its code and deploy it.",
    footer = {"", "Exit codes: 0 ok, 1 config errors, 2 usage error, 3 deployment failed."})
public final class Main {

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, Path.of("").toAbsolutePath(), out, err);
    out.flush();
    System.exit(code);
  }

  /** Runs formwork as a function (used by tests): returns the exit code. */
  public static int run(String[] args, Path workingDirectory, PrintStream out, PrintStream err) {
    CommandLine commandLine = commandLine(workingDirectory, out, err);
    return commandLine.execute(args);
  }

  static CommandLine commandLine(Path workingDirectory, PrintStream out, PrintStream err) {
    CommandLine commandLine = new CommandLine(new Main())
        .addSubcommand(new CompileCommand(workingDirectory, out, err))
        .addSubcommand(new ValidateCommand(workingDirectory, out, err))
        .addSubcommand(new PackageCommand(workingDirectory, out, err))
        .addSubcommand(new DeployCommand(workingDirectory, out, err))
        .addSubcommand(new PreviewCommand(workingDirectory, out, err))
        .addSubcommand(new DiffCommand(workingDirectory, out, err))
        .addSubcommand(new DeleteCommand(workingDirectory, out, err))
        .addSubcommand(new InfoCommand(workingDirectory, out, err))
        .addSubcommand(new InvokeCommand(workingDirectory, out, err))
        .addSubcommand(new RollbackCommand(workingDirectory, out, err))
        .addSubcommand(new ScriptRunCommand(workingDirectory, out, err))
        .addSubcommand(new SchemaCommand(out));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setExitCodeExceptionMapper(failure -> failure instanceof UsageException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
    commandLine.setParameterExceptionHandler((failure, arguments) -> {
      err.println("formwork: " + failure.getMessage());
      err.println("Run '" + failure.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      return ExitCodes.USAGE;
    });
    commandLine.setExecutionExceptionHandler((failure, command, parsed) -> {
      if (failure instanceof dev.formwork.deployer.DeployStepException step) {
        // A deploy step that failed for a reason the user can fix: message and hint, no stack trace.
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
