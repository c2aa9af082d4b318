package dev.formwork.cli;

import dev.formwork.compiler.CompiledFunction;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.invoke.FunctionEnvironment;
import dev.formwork.deployer.invoke.LocalInvoker;
import dev.formwork.deployer.invoke.RemoteInvoker;
import dev.formwork.deployer.invoke.SampleEvents;
import dev.formwork.deployer.invoke.TriggerType;
import dev.formwork.packager.BuildOptions;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.json.JsonNull;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.model.FunctionResource;
import dev.formwork.schema.model.event.FunctionEvent;
import dev.formwork.schema.model.event.HttpApiEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code formwork invoke FN}: invokes the deployed function (sync or async, optionally an alias),
 * or with {@code --local} runs its packaged JS/TS/Python handler on this machine with a sample
 * event.
 */
@Command(
    name = "invoke",
    footer = {
      "",
      "Examples:",
      "  formwork invoke hello -s dev -r eu-west-1 --event event.json",
      "  formwork invoke hello -s dev --local                 # sample event of its first trigger",
      "  formwork invoke hello -s dev --local --resolve-secrets -p my-profile"
    })
final class InvokeCommand extends AwsCommand {

  @Parameters(
      index = "0",
      paramLabel = "FUNCTION",
      description = "Name of the function in the config.")
  String function;

  @Option(
      names = {"-e", "--event"},
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
              + " references); they are masked in all output.")
  boolean resolveSecrets;

  @Mixin OutputOptions output;

  InvokeCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() throws Exception {
    checkOptions();
    Optional<String> eventJson = eventJson();
    CompilerRunner.Run run = compileAndReport(Optional.empty());
    if (run.result().template().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    if (!(run.result().config().get().resources().get(function)
        instanceof FunctionResource resource)) {
      throw new UsageException(
          Code.CLI_USAGE,
          "There is no function named '" + function + "' in the config.",
          Suggestions.didYouMean(function, run.result().functions().keySet()));
    }
    CompiledFunction lambda = run.result().functions().get(function);
    return local
        ? invokeLocally(run, resource, lambda, eventJson)
        : invokeRemotely(run, lambda, eventJson);
  }

  /** Options that only make sense together are refused apart, rather than ignored. */
  private void checkOptions() {
    if (resolveSecrets && !local) {
      throw new UsageException(
          Code.CLI_USAGE,
          "--resolve-secrets applies to --local runs only.",
          Optional.of("A deployed function reads its secrets itself; add --local or drop it."));
    }
    if (local && (async || alias != null)) {
      throw new UsageException(
          Code.CLI_USAGE,
          (async ? "--async" : "--alias") + " applies to invocations in AWS, not to --local runs.",
          Optional.of("Drop it, or invoke the deployed function without --local."));
    }
  }

  private Optional<String> eventJson() {
    if (event == null) {
      return Optional.empty();
    }
    Path file = context.workingDirectory().resolve(event);
    try {
      return Optional.of(Files.readString(file));
    } catch (IOException e) {
      throw UsageException.file(
          "Cannot read the event file " + event + ": " + AtomicFiles.reason(e) + ".",
          "Give --event a JSON file that exists (the path is relative to the current folder).");
    }
  }

  private int invokeRemotely(
      CompilerRunner.Run run, CompiledFunction lambda, Optional<String> eventJson) {
    AwsClients clients = clients(run);
    RemoteInvoker.Result result =
        new RemoteInvoker(clients.lambda())
            .invoke(
                new RemoteInvoker.Request(
                    lambda.physicalName(),
                    eventJson.orElse("{}"),
                    async,
                    Optional.ofNullable(alias),
                    // A synchronous invoke answers when the function ends, up to its timeout.
                    Duration.ofSeconds(lambda.timeoutSeconds())
                        .plus(context.aws().network().readTimeout())));
    if (output.json()) {
      context
          .out()
          .print(
              JsonWriter.pretty(
                  JsonObject.builder()
                      .put("function", lambda.physicalName())
                      .put("statusCode", result.statusCode())
                      .put("payload", payload(result.payload()))
                      .put("functionError", ResultJson.optional(result.functionError()))
                      .put("error", ResultJson.optional(result.errorDescription()))
                      .put("logTail", ResultJson.optional(result.logTail()))
                      .build()));
    } else {
      context.out().println(result.payload());
      context
          .err()
          .println(
              "Status code "
                  + result.statusCode()
                  + result
                      .functionError()
                      .map(kind -> "; function error (" + kind + "): " + describe(result))
                      .orElse(""));
      result
          .logTail()
          .ifPresent(tail -> context.err().println("--- log tail of this request ---\n" + tail));
    }
    if (result.functionError().isPresent()) {
      return errors()
          .failure(
              functionFailed(
                  "The function "
                      + lambda.physicalName()
                      + " failed: "
                      + describe(result)
                      + " ("
                      + result.functionError().get()
                      + ").",
                  result.logTail().isPresent()
                      ? "The log tail of the request is above (stderr)."
                      : "`formwork logs " + function + "` shows what it logged."));
    }
    return ExitCodes.OK;
  }

  private int invokeLocally(
      CompilerRunner.Run run,
      FunctionResource resource,
      CompiledFunction lambda,
      Optional<String> eventJson)
      throws IOException, InterruptedException {
    String runtime = lambda.runtime().configValue();
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
    CodePackaging.Packaged packaged =
        CodePackaging.run(
            this,
            run,
            Optional.empty(),
            Optional.empty(),
            BuildOptions.DEFAULT,
            Optional.of(Set.of(function)));
    if (packaged.result().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    Artifact artifact = packaged.result().get().manifest().find(function).orElseThrow();
    Path unpacked =
        run.configFile().toAbsolutePath().getParent().resolve(".formwork/local").resolve(function);
    unzip(packaged.outputDir().resolve(artifact.file()), unpacked);
    String handler = lambda.handler();
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
    Map<String, String> configured = new LocalEnvironment(this, run).resolve(lambda);
    if (resource.overrides().containsKey(lambda.logicalId())) {
      context
          .err()
          .println(
              "note: the overrides of "
                  + lambda.logicalId()
                  + " are not applied to a local run; it uses the function's own settings.");
    }
    FunctionEnvironment.Function identity =
        new FunctionEnvironment.Function(
            lambda.physicalName(),
            target().region(),
            lambda.memoryMb(),
            lambda.timeoutSeconds(),
            handler);
    Map<String, String> environment;
    if (resolveSecrets) {
      environment =
          FunctionEnvironment.build(
              identity,
              configured,
              true,
              Optional.of(StackCommands.secrets(clients(run), context)));
    } else {
      environment = FunctionEnvironment.build(identity, configured, false, Optional.empty());
      FunctionEnvironment.unresolvedSecrets(environment)
          .forEach(
              name ->
                  context
                      .err()
                      .println(
                          "note: "
                              + name
                              + " is a secret reference; pass --resolve-secrets to read its"
                              + " value."));
    }
    if (aws.endpoint().isPresent() || aws.profile().isPresent()) {
      // The handler's own SDK calls go where formwork's do, as the same principal.
      environment = new TreeMap<>(environment);
      environment.putAll(handlerAccess(run));
    }
    // The handler's output goes to stderr, masked like everything else this run prints.
    LocalInvoker.Result result =
        LocalInvoker.withDefaults(sink(context.err()))
            .invoke(
                new LocalInvoker.Invocation(
                    language,
                    codeFile,
                    export,
                    payload,
                    environment,
                    Duration.ofSeconds(lambda.timeoutSeconds())));
    if (output.json()) {
      context
          .out()
          .print(
              JsonWriter.pretty(
                  JsonObject.builder()
                      .put("function", lambda.physicalName())
                      .put("local", true)
                      .put(
                          "result",
                          result.resultJson().map(this::payload).orElse(JsonNull.INSTANCE))
                      .put("error", ResultJson.optional(result.error()))
                      .build()));
    } else {
      result.resultJson().ifPresent(context.out()::println);
    }
    if (result.error().isPresent()) {
      return errors()
          .failure(
              functionFailed(
                  "The handler of " + function + " failed: " + result.error().get(),
                  "Its output is above (stderr)."));
    }
    return ExitCodes.OK;
  }

  /**
   * The endpoint ({@code AWS_ENDPOINT_URL}, which the AWS SDKs read) and the credentials of the
   * profile or default chain; the secret parts join the run's mask.
   */
  private Map<String, String> handlerAccess(CompilerRunner.Run run) {
    Map<String, String> variables = new TreeMap<>(clients(run).credentialsEnvironment());
    context.secrets().add(variables.get("AWS_SECRET_ACCESS_KEY"));
    Optional.ofNullable(variables.get("AWS_SESSION_TOKEN")).ifPresent(context.secrets()::add);
    aws.endpoint().ifPresent(endpoint -> variables.put("AWS_ENDPOINT_URL", endpoint.toString()));
    return variables;
  }

  private static String describe(RemoteInvoker.Result result) {
    return result.errorDescription().orElse("no error details");
  }

  private static CommandFailure functionFailed(String message, String hint) {
    return new CommandFailure(
        Code.DEPLOY_FUNCTION_FAILED,
        message,
        Optional.of(hint),
        ExitCodes.DEPLOY_FAILED,
        Optional.empty());
  }

  /** The payload as JSON when it is JSON (it usually is), else as a string. */
  private JsonValue payload(String text) {
    try {
      return JsonParser.parse(text);
    } catch (JsonParseException notJson) {
      return new JsonString(text);
    }
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
                JsonWriter.pretty(
                    SampleEvents.forTrigger(trigger, target().region(), "123456789012")))
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
