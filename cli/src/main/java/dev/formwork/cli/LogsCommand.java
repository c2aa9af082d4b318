package dev.formwork.cli;

import dev.formwork.compiler.LogGroup;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.AwsErrors;
import dev.formwork.deployer.StackInspector;
import dev.formwork.deployer.info.DeployedValues;
import dev.formwork.deployer.info.StackInfo;
import dev.formwork.deployer.logs.LogEvent;
import dev.formwork.deployer.logs.LogQuery;
import dev.formwork.deployer.logs.LogReader;
import dev.formwork.deployer.logs.LogSource;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code formwork logs [RESOURCE…]}: CloudWatch Logs of the stack's functions (or of the named
 * resources: functions, HTTP APIs, batch jobs, state machines with logging), merged in time order,
 * each line prefixed with its resource; {@code --follow} keeps polling until Ctrl-C. The log groups
 * come from the compiled template.
 */
@Command(
    name = "logs",
    footer = {
      "",
      "Examples:",
      "  formwork logs -s dev                          # every function, the last 10 minutes",
      "  formwork logs api worker -s dev --since 2h --filter ERROR",
      "  formwork logs api -s dev --follow             # until Ctrl-C",
      "  formwork logs gateway -s dev --since 2025-03-01T09:00:00Z   # an HTTP API's access log"
    })
final class LogsCommand extends AwsCommand {

  /** How often {@code --follow} asks CloudWatch Logs for new events. */
  static final Duration FOLLOW_INTERVAL = Duration.ofSeconds(2);

  @Parameters(
      arity = "0..*",
      paramLabel = "RESOURCE",
      description = "Resources of the config whose logs to show (default: every function).")
  List<String> resources = new ArrayList<>();

  @Option(
      names = "--since",
      paramLabel = "TIME",
      description = "From this age (10m, 2h, 7d) or ISO-8601 time (default: 10m).")
  String since = "10m";

  @Option(
      names = "--until",
      paramLabel = "TIME",
      description = "Up to this age or ISO-8601 time (default: now).")
  String until;

  @Option(
      names = "--filter",
      paramLabel = "PATTERN",
      description = "A CloudWatch Logs filter pattern, e.g. ERROR or '\"Task timed out\"'.")
  String filter;

  @Option(
      names = {"-f", "--follow"},
      description = "Keep printing new events until Ctrl-C (with -o json: one JSON object a line).")
  boolean follow;

  @Mixin OutputOptions output;

  LogsCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    Instant now = Instant.now();
    Instant from = TimeArgument.parse(since, "--since", now);
    Optional<Instant> to =
        Optional.ofNullable(until).map(text -> TimeArgument.parse(text, "--until", now));
    if (follow && to.isPresent()) {
      throw new UsageException(
          Code.CLI_USAGE,
          "--follow and --until cannot be used together.",
          Optional.of("Follow new events until Ctrl-C, or read a window that ends at --until."));
    }
    CompilerRunner.Run run = compileAndReport(Optional.empty());
    if (run.result().template().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    List<LogGroup> groups = selected(run);
    AwsClients clients = clients(run);
    List<LogSource> sources = sources(groups, run, clients);
    LogQuery query = new LogQuery(sources, from, to, Optional.ofNullable(filter));
    LogReader reader = new LogReader(clients.logs());
    int width = sources.stream().mapToInt(source -> source.label().length()).max().orElse(1);
    if (follow) {
      context
          .err()
          .println(
              "Following the logs of "
                  + String.join(
                      ", ", new TreeSet<>(sources.stream().map(LogSource::label).toList()))
                  + "; Ctrl-C stops.");
      try {
        reader.follow(
            () -> query,
            FOLLOW_INTERVAL,
            event -> printFollowed(event, width),
            this::noteMissing,
            () -> false);
      } catch (RuntimeException failure) {
        // Ctrl-C (or an interrupt) during a call ends the tail; anything else is a failure.
        if (!AwsErrors.isInterruption(failure)) {
          throw failure;
        }
      }
      return ExitCodes.OK;
    }
    LogReader.Batch batch = reader.read(query);
    batch.missing().forEach(this::noteMissing);
    if (batch.truncated()) {
      context
          .err()
          .println(
              "note: showing the first "
                  + LogReader.MAX_EVENTS
                  + " events; narrow --since, --until or --filter to see the rest.");
    }
    if (output.json()) {
      context.out().print(JsonWriter.pretty(json(run, batch)));
    } else {
      batch.events().forEach(event -> context.out().println(event.render(width)));
    }
    return ExitCodes.OK;
  }

  /** The named resources' log groups, or every function's when none is named. */
  private List<LogGroup> selected(CompilerRunner.Run run) {
    List<LogGroup> all = run.result().logGroups();
    if (resources.isEmpty()) {
      List<LogGroup> functions =
          all.stream().filter(group -> group.source() == LogGroup.Source.FUNCTION).toList();
      if (functions.isEmpty()) {
        throw new UsageException(
            Code.CLI_USAGE,
            "The config has no functions, so there are no function logs to show.",
            Optional.of(
                logging(all).isEmpty()
                    ? "Nothing in this config writes logs formwork configures."
                    : "Name a resource that logs: " + String.join(", ", logging(all)) + "."));
      }
      return functions;
    }
    Set<String> defined = run.result().config().orElseThrow().resources().keySet();
    List<LogGroup> chosen = new ArrayList<>();
    for (String name : new LinkedHashSet<>(resources)) {
      List<LogGroup> own = all.stream().filter(group -> group.resource().equals(name)).toList();
      if (own.isEmpty()) {
        throw new UsageException(
            Code.CLI_USAGE,
            defined.contains(name)
                ? "'" + name + "' writes no logs that formwork configures."
                : "There is no resource named '" + name + "' in the config.",
            Optional.of(
                Suggestions.didYouMean(name, logging(all)).map(hint -> hint + " ").orElse("")
                    + "Resources with logs: "
                    + String.join(", ", logging(all))
                    + "."));
      }
      chosen.addAll(own);
    }
    return chosen;
  }

  private static Set<String> logging(List<LogGroup> groups) {
    Set<String> names = new TreeSet<>();
    groups.forEach(group -> names.add(group.resource()));
    return names;
  }

  /**
   * Log groups named in the template as they are; a group CloudFormation named ({@code Ref}) by its
   * physical ID in the deployed stack.
   */
  private List<LogSource> sources(
      List<LogGroup> groups, CompilerRunner.Run run, AwsClients clients) {
    Optional<DeployedValues> deployed = Optional.empty();
    List<LogSource> sources = new ArrayList<>();
    for (LogGroup group : groups) {
      Optional<String> name = group.literalName();
      if (name.isEmpty()) {
        if (deployed.isEmpty()) {
          StackInfo info =
              new StackInspector(clients)
                  .info()
                  .orElseThrow(() -> StackCommands.notDeployed(run, target()));
          deployed = Optional.of(new DeployedValues(info, target().region(), clients.accountId()));
        }
        name = deployed.get().evaluate(group.name());
      }
      if (name.isEmpty()) {
        context
            .err()
            .println(
                "note: the log group of "
                    + group.resource()
                    + " ("
                    + group.source().description()
                    + ") is not in the deployed stack; it is left out.");
        continue;
      }
      sources.add(new LogSource(group.resource(), name.get()));
    }
    return sources;
  }

  private void noteMissing(LogSource source) {
    context
        .err()
        .println(
            "note: log group "
                + source.logGroupName()
                + " of "
                + source.label()
                + " does not exist yet (nothing was logged, or logging is disabled).");
  }

  private void printFollowed(LogEvent event, int width) {
    context.out().println(output.json() ? JsonWriter.compact(json(event)) : event.render(width));
    context.out().flush();
  }

  private JsonObject json(CompilerRunner.Run run, LogReader.Batch batch) {
    List<JsonValue> events = new ArrayList<>();
    batch.events().forEach(event -> events.add(json(event)));
    List<String> missing = batch.missing().stream().map(LogSource::logGroupName).toList();
    return JsonObject.builder()
        .put("stack", run.result().stackName())
        .put("events", new JsonArray(events))
        .put("missingLogGroups", JsonArray.ofStrings(missing))
        .put("truncated", batch.truncated())
        .build();
  }

  private static JsonObject json(LogEvent event) {
    return JsonObject.builder()
        .put("resource", event.label())
        .put("logGroup", event.logGroup())
        .put("time", event.time().toString())
        .put("logStream", event.logStream())
        .put("eventId", event.eventId())
        .put("message", event.message())
        .build();
  }
}
