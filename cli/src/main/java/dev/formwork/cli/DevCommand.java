package dev.formwork.cli;

import dev.formwork.compiler.LogGroup;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.AwsErrors;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.Outcome;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackDeployer;
import dev.formwork.deployer.logs.LogReader;
import dev.formwork.deployer.logs.LogSource;
import dev.formwork.deployer.script.HookedCommand;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.model.stack.Hooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code formwork dev}: runs the beforeDev hooks, deploys once (hotswap when the stack allows it),
 * then watches the sources each function's bundle was built from and the config. A source change
 * rebuilds only the functions that use it and hotswaps them, then streams their logs; a config
 * change deploys through a change set with the usual confirmation. Build errors are shown and the
 * watch goes on; Ctrl-C stops it, and then the afterDev hooks run.
 */
@Command(
    name = "dev",
    footer = {
      "",
      "Examples:",
      "  formwork dev -s dev -p my-profile",
      "  formwork dev -s dev --endpoint-url http://127.0.0.1:5000 --yes   # against moto"
    })
final class DevCommand extends AwsCommand {

  /** How often the logs of the hotswapped functions are polled. */
  static final Duration LOG_INTERVAL = Duration.ofSeconds(2);

  @Mixin BuildFlags build;

  @Option(
      names = {"-y", "--yes"},
      description =
          "Do not ask before a config change replaces or deletes stateful resources (in CI the"
              + " change is refused without it).")
  boolean yes;

  @Option(
      names = "--debounce",
      paramLabel = "MILLIS",
      description =
          "Build once files have been quiet this long after a change (default: 300; 10 to"
              + " 10000).")
  long debounceMillis = 300;

  /** What the watch knows after a successful build: the compile and each function's sources. */
  private record State(CompilerRunner.Run run, Map<String, List<Path>> sources) {}

  private Target current;
  private State state;
  private SourceWatcher watcher;
  private DevLogs logs;
  private OutputSink out;
  private AwsClients clients;

  DevCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    if (debounceMillis < 10 || debounceMillis > 10_000) {
      throw new UsageException(
          Code.CLI_USAGE,
          "--debounce " + debounceMillis + " is outside 10 to 10000 milliseconds.",
          Optional.of("The default, 300, suits editors that save several files at once."));
    }
    CompilerRunner.Run first = compileForPackagingAndReport();
    if (first.result().hasErrors() || first.result().config().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    Optional<CommandFailure> refused =
        HotswapDeploy.productionRefusal(first, target(), "`formwork dev`");
    if (refused.isPresent()) {
      return errors().failure(refused.get());
    }
    current = target();
    clients = clients(first);
    out = sink(context.out());
    Optional<Hooks> hooks = first.result().config().orElseThrow().hooks();
    HookedCommand hooked =
        new HookedCommand(
            StackCommands.hookRunner(first, clients, out, context),
            () -> StackCommands.deployedParams(first, clients));
    Optional<DeployResult> beforeDev =
        hooked.phase("beforeDev", ConfigScripts.hooks(hooks, Hooks::beforeDev));
    if (beforeDev.isPresent()) {
      return errors().failure(CommandFailure.of(beforeDev.get()));
    }
    watcher = new SourceWatcher(Duration.ofMillis(debounceMillis));
    try (StopOnCtrlC stop = StopOnCtrlC.install(Thread.currentThread(), context.err());
        DevLogs streamed =
            new DevLogs(
                new LogReader(clients.logs()),
                LOG_INTERVAL,
                Instant.now(),
                context.out(),
                failure -> explain(failure).message())) {
      logs = streamed;
      int started = deployAll(true);
      if (started != ExitCodes.OK) {
        return started;
      }
      watch();
    } catch (InterruptedException stopped) {
      // Cleared for the afterDev scripts, which would otherwise be interrupted as they start.
      Thread.interrupted();
    }
    context
        .out()
        .println(
            "Stopped watching. Functions hotswapped in this session differ from the stack's"
                + " template until `formwork deploy` brings it back in line.");
    context.out().flush();
    Optional<DeployResult> afterDev =
        hooked.phase("afterDev", ConfigScripts.hooks(hooks, Hooks::afterDev));
    return afterDev.isPresent()
        ? errors().failure(CommandFailure.of(afterDev.get()))
        : ExitCodes.OK;
  }

  private void watch() throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      watchCurrentSources();
      Set<Path> changed = watcher.awaitChanges();
      try {
        if (changed.contains(current.configFile().toAbsolutePath().normalize()) || state == null) {
          out.info("The config changed: deploying through a change set.");
          deployAll(false);
        } else {
          hotswapChanged(changed);
        }
      } catch (RuntimeException failure) {
        if (Thread.currentThread().isInterrupted() || AwsErrors.isInterruption(failure)) {
          throw new InterruptedException("stopped during a build or deploy");
        }
        errors().failure(explain(failure));
      }
    }
    throw new InterruptedException("stopped");
  }

  /** The config, and every source of the last good build. */
  private void watchCurrentSources() {
    List<Path> paths = new ArrayList<>(List.of(current.configFile()));
    if (state != null) {
      state.sources().values().forEach(paths::addAll);
    }
    watcher.watch(paths);
  }

  /**
   * Compiles, packages and deploys everything: hotswap at start, a change set afterwards. Returns
   * the exit code (the session ends when the first deploy fails).
   */
  private int deployAll(boolean initial) {
    current = reread(current);
    CompilerRunner.Run compiled = compileForPackaging();
    if (compiled.result().hasErrors() || compiled.result().config().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CodePackaging.Packaged packaged =
        CodePackaging.run(this, compiled, Optional.empty(), Optional.empty(), build.options());
    if (packaged.result().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    Optional<CompilerRunner.Run> run = compileWithManifest(compiled, packaged);
    if (run.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    DeployResult result = deploy(run.get(), packaged, initial);
    if (result.exitCode() != ExitCodes.OK) {
      return result.exitCode();
    }
    state = new State(run.get(), new TreeMap<>(packaged.result().get().sources()));
    out.info(
        "Watching the sources of "
            + state.sources().size()
            + " functions and the config; Ctrl-C stops.");
    return ExitCodes.OK;
  }

  /** Rebuilds the functions whose sources changed and hotswaps them. */
  private void hotswapChanged(Set<Path> changed) {
    Set<String> functions = new TreeSet<>();
    state
        .sources()
        .forEach(
            (function, sources) -> {
              if (changed.stream().anyMatch(path -> SourceWatcher.concerns(path, sources))) {
                functions.add(function);
              }
            });
    if (functions.isEmpty()) {
      return;
    }
    out.info("Changed: " + String.join(", ", functions) + ". Rebuilding.");
    CodePackaging.Packaged packaged =
        CodePackaging.run(
            this,
            state.run(),
            Optional.empty(),
            Optional.empty(),
            build.options(),
            Optional.of(functions));
    if (packaged.result().isEmpty()) {
      return;
    }
    Optional<CompilerRunner.Run> run = compileWithManifest(state.run(), packaged);
    if (run.isEmpty()) {
      return;
    }
    DeployResult result = deploy(run.get(), packaged, true);
    if (result.exitCode() == ExitCodes.OK) {
      Map<String, List<Path>> sources = new TreeMap<>(state.sources());
      sources.putAll(packaged.result().get().sources());
      state = new State(run.get(), sources);
      if (result.outcome() == Outcome.SUCCEEDED) {
        follow(run.get(), functions);
      }
    }
  }

  private DeployResult deploy(
      CompilerRunner.Run run, CodePackaging.Packaged packaged, boolean hotswap) {
    ArtifactManifest manifest;
    try {
      manifest = ArtifactManifest.read(packaged.outputDir().resolve(ArtifactManifest.FILE_NAME));
    } catch (IOException | JsonParseException unreadable) {
      throw UsageException.file(
          "The artifact manifest in " + packaged.outputDir() + " cannot be read.",
          "Save a source file again to rebuild it.");
    }
    DeployRequest request =
        new DeployRequest(
            JsonWriter.compact(run.result().template().orElseThrow().toJson()),
            manifest,
            packaged.outputDir(),
            StackCommands.stackTags(run.result().config().orElseThrow()),
            StackCommands.confirmation(yes, context, context.out()),
            StackCommands.stackSettings(run.result().config().orElseThrow()),
            new CompileLabels(run.result()),
            run.result().deployParameters(),
            StackCommands.nestedTemplatesByKey(run));
    StackDeployer deployer = new StackDeployer(clients, out, DeployerSettings.DEFAULT);
    DeployResult result;
    if (hotswap) {
      HotswapDeploy.Attempt attempt = HotswapDeploy.run(deployer, request, run, clients, out);
      result = attempt.result();
      // Recorded like any deploy: the next change set then knows which functions to reset.
      if (result.outcome() == Outcome.SUCCEEDED) {
        DeploymentRecorder.record(
            context,
            clients,
            run,
            out,
            attempt.kind(),
            request.templateJson(),
            request.manifest(),
            request.nestedTemplates().keySet(),
            request.stackTags(),
            Optional.empty(),
            request.settings().deploymentsToKeep());
      }
    } else {
      result = HookedDeploy.run(context, deployer, request, run, clients, out, false);
    }
    if (result.exitCode() != ExitCodes.OK) {
      errors().failure(CommandFailure.of(result));
    }
    return result;
  }

  /** Streams the logs of functions just hotswapped. */
  private void follow(CompilerRunner.Run run, Set<String> functions) {
    for (LogGroup group : run.result().logGroups()) {
      if (group.source() == LogGroup.Source.FUNCTION && functions.contains(group.resource())) {
        group.literalName().ifPresent(name -> logs.add(new LogSource(group.resource(), name)));
      }
    }
  }

  /** The compile for packaging of the config as it is on disk now; its diagnostics are shown. */
  private CompilerRunner.Run compileForPackaging() {
    CompilerRunner runner = runner();
    CompilerRunner.Run run = runner.compileForPackaging(current, config);
    if (!run.result().diagnostics().isEmpty()) {
      errors().diagnostics(run.result().diagnostics(), runner.sources(run));
    }
    return run;
  }

  /** The compile with the fresh manifest and the secrets pinned, as deploy makes it. */
  private Optional<CompilerRunner.Run> compileWithManifest(
      CompilerRunner.Run forPackaging, CodePackaging.Packaged packaged) {
    return StackTemplate.compile(this, current, forPackaging, packaged, clients, true)
        .map(StackTemplate.Ready::run);
  }

  /** The same target with the config file as it is on disk now (stage and region stay). */
  private static Target reread(Target target) {
    try {
      return new Target(
          target.configFile(),
          Files.readAllBytes(target.configFile()),
          target.stage(),
          target.region());
    } catch (IOException unreadable) {
      throw UsageException.file(
          "Cannot read the config " + target.configFile() + ": " + AtomicFiles.reason(unreadable),
          "Save it again; the watch goes on.");
    }
  }
}
