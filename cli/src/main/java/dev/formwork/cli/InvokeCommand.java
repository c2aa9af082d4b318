package dev.formwork.cli;

import dev.formwork.compiler.CompiledFunction;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.invoke.FunctionEnvironment;
import dev.formwork.deployer.invoke.LocalInvoker;
import dev.formwork.deployer.invoke.RemoteInvoker;
import dev.formwork.deployer.invoke.SampleEvents;
import dev.formwork.deployer.invoke.TriggerType;
import dev.formwork.deployer.secret.SecretsManagerResolver;
import dev.formwork.packager.BuildOptions;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.model.FunctionResource;
import dev.formwork.schema.model.event.FunctionEvent;
import dev.formwork.schema.model.event.HttpApiEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code formwork invoke FN}: invokes the deployed function (sync or async, optionally an alias),
 * or with {@code --local} runs its packaged JS/TS/Python handler on this machine with a sample
 * event.
 */
@Command(
    name = "invoke",
    mixinStandardHelpOptions = true,
    description =
        "Invoke a function: the deployed one, or --local on this machine with a sample event of its"
            + " first trigger.")
final class InvokeCommand extends AwsCommand {

  @Parameters(
      index = "0",
      paramLabel = "FUNCTION",
      description = "Name of the function in the config.")
  String function;

  @Option(
      names = "--event",
      paramLabel = "FILE",
      description =
          "JSON event (default: {} remotely; a sample of the first trigger's shape locally).")
  Path event;

  @Option(names = "--async", description = "Invoke asynchronously (invocation type Event).")
  boolean async;

  @Option(
      names = "--alias",
      paramLabel = "ALIAS",
      description = "Invoke this alias of the function.")
  String alias;

  @Option(names = "--local", description = "Run the handler on this machine instead of in AWS.")
  boolean local;

  @Option(
      names = "--resolve-secrets",
      description =
          "With --local: read $Secret() values from Secrets Manager (otherwise they stay unresolved"
              + " references).")
  boolean resolveSecrets;

  InvokeCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }

  @Override
  public Integer call() throws Exception {
    Optional<CompilerRunner.Run> compiled = compile(new CompilerRunner(workingDirectory), true);
    if (compiled.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CompilerRunner.Run run = compiled.get();
    if (!(run.result().config().get().resources().get(function)
        instanceof FunctionResource resource)) {
      throw new UsageException(
          "There is no function named '"
              + function
              + "' in the config."
              + Suggestions.didYouMean(function, run.result().config().get().resources().keySet())
                  .map(s -> " " + s)
                  .orElse(""));
    }
    CompiledFunction lambda = run.result().functions().get(function);
    Optional<String> eventJson =
        event == null
            ? Optional.empty()
            : Optional.of(Files.readString(workingDirectory.resolve(event)));
    if (!local) {
      try (AwsClients clients = StackCommands.clients(run, config, aws)) {
        RemoteInvoker.Result result =
            new RemoteInvoker(clients.lambda())
                .invoke(
                    new RemoteInvoker.Request(
                        lambda.physicalName(),
                        eventJson.orElse("{}"),
                        async,
                        Optional.ofNullable(alias)));
        stdout.println(result.payload());
        result.logTail().ifPresent(tail -> stderr.println("--- log tail ---\n" + tail));
        result
            .functionError()
            .ifPresent(error -> stderr.println("formwork: the function failed: " + error));
        return result.exitCode();
      }
    }
    return invokeLocally(run, resource, lambda, eventJson);
  }

  private int invokeLocally(
      CompilerRunner.Run run,
      FunctionResource resource,
      CompiledFunction lambda,
      Optional<String> eventJson)
      throws IOException, InterruptedException {
    PackageCommand.Packaged packaged =
        PackageCommand.packageCode(run, null, null, BuildOptions.DEFAULT, stderr);
    if (packaged.result().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    Artifact artifact = packaged.result().get().manifest().find(function).orElseThrow();
    Path unpacked =
        run.configFile().toAbsolutePath().getParent().resolve(".formwork/local").resolve(function);
    unzip(packaged.outputDir().resolve(artifact.file()), unpacked);
    String runtime = lambda.runtime().configValue();
    String handler = lambda.handler();
    LocalInvoker.Language language =
        LocalInvoker.Language.fromRuntime(runtime)
            .orElseThrow(
                () ->
                    new UsageException(
                        "--local runs Node.js, Python, Java and Go (provided.*) handlers; "
                            + function
                            + " uses "
                            + runtime
                            + "."));
    Path codeFile;
    String export;
    if (language == LocalInvoker.Language.JAVA) {
      // The runner loads the class from the unpacked folder and its lib/ jars.
      codeFile = unpacked;
      export = handler;
    } else if (language == LocalInvoker.Language.PROVIDED) {
      codeFile = unpacked.resolve("bootstrap");
      export = handler;
    } else {
      String module = handler.substring(0, handler.lastIndexOf('.'));
      export = handler.substring(handler.lastIndexOf('.') + 1);
      codeFile =
          language == LocalInvoker.Language.PYTHON
              ? unpacked.resolve(module.replace('.', '/') + ".py")
              : Files.exists(unpacked.resolve(module + ".mjs"))
                  ? unpacked.resolve(module + ".mjs")
                  : unpacked.resolve(module + ".js");
    }
    String payload = eventJson.orElseGet(() -> sampleEvent(resource));
    Map<String, String> configured = new TreeMap<>();
    // Values CloudFormation resolves at deploy time cannot be known here; they are shown as
    // written.
    lambda
        .environment()
        .forEach(
            (name, value) ->
                configured.put(
                    name,
                    value instanceof JsonString text ? text.value() : JsonWriter.compact(value)));
    if (resource.overrides().containsKey(lambda.logicalId())) {
      stderr.println(
          "note: the overrides of "
              + lambda.logicalId()
              + " are not applied to a local run; it uses the function's own settings.");
    }
    FunctionEnvironment.Function identity =
        new FunctionEnvironment.Function(
            lambda.physicalName(),
            config.region,
            lambda.memoryMb(),
            lambda.timeoutSeconds(),
            handler);
    Map<String, String> environment;
    if (resolveSecrets) {
      try (AwsClients clients = StackCommands.clients(run, config, aws)) {
        environment =
            FunctionEnvironment.build(
                identity,
                configured,
                true,
                Optional.of(new SecretsManagerResolver(clients.secretsManager())));
      }
    } else {
      environment = FunctionEnvironment.build(identity, configured, false, Optional.empty());
      FunctionEnvironment.unresolvedSecrets(environment)
          .forEach(
              name ->
                  stderr.println(
                      "note: "
                          + name
                          + " is a secret reference; pass --resolve-secrets to read its value."));
    }
    LocalInvoker.Result result =
        LocalInvoker.withDefaults(StackCommands.sink(stderr))
            .invoke(
                new LocalInvoker.Invocation(
                    language,
                    codeFile,
                    export,
                    payload,
                    environment,
                    Duration.ofSeconds(lambda.timeoutSeconds())));
    result.resultJson().ifPresent(stdout::println);
    result.error().ifPresent(error -> stderr.println("formwork: the handler failed: " + error));
    stdout.flush();
    return result.exitCode();
  }

  /** A sample event shaped like the function's first trigger (an empty object when it has none). */
  private String sampleEvent(FunctionResource resource) {
    if (resource.properties().events().isEmpty()) {
      return "{}";
    }
    FunctionEvent first = resource.properties().events().get(0);
    Optional<String> payloadFormat =
        first instanceof HttpApiEvent http
            ? http.properties().payloadFormat().map(format -> format.configValue())
            : Optional.empty();
    return TriggerType.fromConfig(first.typeName(), payloadFormat)
        .map(
            trigger ->
                JsonWriter.pretty(SampleEvents.forTrigger(trigger, config.region, "123456789012")))
        .orElse("{}");
  }

  private static void unzip(Path zip, Path target) throws IOException {
    if (Files.exists(target)) {
      try (var walk = Files.walk(target)) {
        walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    Files.createDirectories(target);
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        Path destination = target.resolve(entry.getName()).normalize();
        if (!destination.startsWith(target)) {
          throw new IOException("zip entry " + entry.getName() + " points outside its folder");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(destination);
        } else {
          Files.createDirectories(destination.getParent());
          Files.copy(entries, destination);
        }
      }
    }
  }
}
