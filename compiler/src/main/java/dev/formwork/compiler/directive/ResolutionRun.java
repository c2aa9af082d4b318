package dev.formwork.compiler.directive;

import dev.formwork.compiler.directive.DirectiveSyntax.Malformed;
import dev.formwork.compiler.directive.DirectiveSyntax.Parsed;
import dev.formwork.compiler.directive.DirectiveSyntax.Recognition;
import dev.formwork.compiler.directive.ParsedDirective.Argument;
import dev.formwork.compiler.directive.ParsedDirective.Literal;
import dev.formwork.compiler.directive.ParsedDirective.Nested;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.DeferredNode;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.NodeSourceMap;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One pass of directive resolution over one config. It walks the tree, resolves local directives,
 * defers template-time ones, and navigates $Var/$This references lazily so that variables may refer
 * to each other; cycles are detected by config path and by directive text. All state lives here, so
 * a run is isolated from every other.
 */
final class ResolutionRun {

  private static final Pattern LIST_INDEX = Pattern.compile("\\d{1,9}");

  /** A resolved subtree; {@code complete} is false when some directive inside it failed. */
  private record Resolved(ConfigNode node, boolean complete) {}

  /** Where a directive string sits: problems are reported here. */
  private record Site(ConfigPath path, SourceLocation location) {}

  private final MapNode rawRoot;
  private final DirectiveContext context;
  private final DirectiveRegistry builtIns;
  private final Diagnostics diagnostics;
  private final Map<ConfigPath, Resolved> resolvedPaths = new HashMap<>();
  private final Map<String, Evaluation> evaluations = new HashMap<>();
  private final Map<String, SourceLocation> evaluatedAt = new HashMap<>();
  private final LinkedHashSet<ConfigPath> pathsInProgress = new LinkedHashSet<>();
  private final Set<String> definitionsInProgress = new HashSet<>();
  private DirectiveRegistry registry;

  ResolutionRun(MapNode rawRoot, DirectiveContext context, DirectiveRegistry builtIns) {
    this.rawRoot = rawRoot;
    this.context = context;
    this.builtIns = builtIns;
    this.diagnostics = new Diagnostics(new NodeSourceMap(rawRoot));
  }

  ResolveResult run() {
    registry = CustomDirectiveSection.register(rawRoot, builtIns, context, diagnostics);
    Resolved root = resolveConfig(ConfigPath.ROOT, rawRoot);
    return new ResolveResult((MapNode) root.node(), diagnostics.all());
  }

  // ---- the config tree, by path ----

  private Resolved resolveConfig(ConfigPath path, ConfigNode raw) {
    if ((raw instanceof ScalarNode scalar && scalar.kind() != ScalarKind.STRING)
        || raw instanceof DeferredNode) {
      return new Resolved(raw, true);
    }
    Resolved known = resolvedPaths.get(path);
    if (known != null) {
      return known;
    }
    Resolved resolved;
    if (raw instanceof MapNode map) {
      List<MapNode.Entry> entries = new ArrayList<>(map.size());
      boolean complete = true;
      for (MapNode.Entry entry : map.entries().values()) {
        Resolved child = resolveConfig(path.key(entry.key()), entry.value());
        complete &= child.complete();
        entries.add(new MapNode.Entry(entry.key(), entry.keyLocation(), child.node()));
      }
      resolved = new Resolved(MapNode.of(entries, map.location()), complete);
    } else if (raw instanceof ListNode list) {
      List<ConfigNode> items = new ArrayList<>(list.items().size());
      boolean complete = true;
      for (int i = 0; i < list.items().size(); i++) {
        Resolved child = resolveConfig(path.index(i), list.items().get(i));
        complete &= child.complete();
        items.add(child.node());
      }
      resolved = new Resolved(new ListNode(items, list.location()), complete);
    } else if (raw instanceof ScalarNode scalar && scalar.kind() == ScalarKind.STRING) {
      Recognition recognition = DirectiveSyntax.recognise(scalar.text());
      if (recognition instanceof Parsed parsed) {
        if (pathsInProgress.contains(path)) {
          reportCycle(path, scalar.location());
          return new Resolved(raw, false);
        }
        pathsInProgress.add(path);
        List<Problem> problems = new ArrayList<>();
        Site site = new Site(path, scalar.location());
        Optional<ConfigNode> value = evaluateCall(parsed.directive(), site, problems);
        pathsInProgress.remove(path);
        for (Problem problem : problems) {
          report(problem, site);
        }
        resolved =
            value.isPresent()
                ? new Resolved(Relocation.top(value.get(), scalar.location()), true)
                : new Resolved(raw, false);
      } else if (recognition instanceof Malformed malformed) {
        report(syntaxProblem(scalar.text(), malformed), new Site(path, scalar.location()));
        resolved = new Resolved(raw, false);
      } else {
        return new Resolved(raw, true);
      }
    } else {
      return new Resolved(raw, true);
    }
    // Directive results are always remembered (each is evaluated and reported once). Containers are
    // remembered only when a $Var/$This navigation resolved them, which is when they may be asked
    // for
    // again; the main walk visits each container once.
    if (raw instanceof ScalarNode || !pathsInProgress.isEmpty()) {
      resolvedPaths.put(path, resolved);
    }
    return resolved;
  }

  private void reportCycle(ConfigPath repeated, SourceLocation location) {
    List<ConfigPath> chain = new ArrayList<>();
    boolean inCycle = false;
    for (ConfigPath path : pathsInProgress) {
      inCycle |= path.equals(repeated);
      if (inCycle) {
        chain.add(path);
      }
    }
    chain.add(repeated);
    boolean allVariables =
        chain.stream().allMatch(path -> path.size() > 1 && path.startsWith(VarDirective.VARIABLES));
    List<String> names = new ArrayList<>();
    for (ConfigPath path : chain) {
      names.add(allVariables ? path.toString().substring("variables.".length()) : path.toString());
    }
    String message =
        (allVariables ? "Variables" : "Directives")
            + " refer to each other in a cycle: "
            + String.join(" -> ", names)
            + ".";
    diagnostics.report(
        Diagnostic.error(Code.DIRECTIVE_CYCLE, repeated, message)
            .withHint("Make one of these values a literal instead of a directive.")
            .at(location));
  }

  // ---- one directive call ----

  /**
   * The fully resolved value of a call, with its property path applied (local directives) or kept
   * in the deferred node (template-time ones). Problems of this call go to {@code problems}.
   */
  private Optional<ConfigNode> evaluateCall(
      ParsedDirective call, Site site, List<Problem> problems) {
    Optional<Directive> found = registry.find(call.name());
    if (found.isEmpty()) {
      problems.add(unknownDirective(call.name()));
      return Optional.empty();
    }
    Directive directive = found.get();
    boolean template = directive.kind() == DirectiveKind.TEMPLATE;
    // Template-time calls keep their property path inside the deferred node, so it is part of the
    // key.
    String key = template ? call.sourceText() : call.definition();
    Evaluation evaluation = evaluations.get(key);
    boolean cached = evaluation != null;
    if (!cached) {
      if (!definitionsInProgress.add(key)) {
        problems.add(
            Problem.error(
                Code.DIRECTIVE_CYCLE,
                "Directive " + key + " depends on its own result.",
                "A file or custom directive returns a value that calls the same directive again."));
        return Optional.empty();
      }
      evaluation = evaluate(directive, call, site);
      definitionsInProgress.remove(key);
      evaluations.put(key, evaluation);
      evaluatedAt.put(key, site.location());
    }
    problems.addAll(evaluation.problems());
    if (evaluation.failed()) {
      return Optional.empty();
    }
    if (evaluation.reference().isPresent()) {
      return navigate(evaluation.reference().get(), call, problems);
    }
    ConfigNode value = evaluation.value().orElseThrow();
    if (cached && !evaluatedAt.get(key).equals(site.location())) {
      value = Relocation.all(value, site.location());
    }
    return template ? Optional.of(value) : applyPath(value, call, List.of(), problems);
  }

  /** Resolves the arguments, checks them, and evaluates the directive (its result walked too). */
  private Evaluation evaluate(Directive directive, ParsedDirective call, Site site) {
    List<Problem> problems = new ArrayList<>();
    List<ConfigNode> arguments = new ArrayList<>();
    boolean argumentsOk = true;
    for (Argument argument : call.arguments()) {
      if (argument instanceof Literal literal) {
        arguments.add(new ScalarNode(literal.text(), literal.kind(), site.location()));
      } else {
        Optional<ConfigNode> nested = evaluateCall(((Nested) argument).directive(), site, problems);
        argumentsOk &= nested.isPresent();
        if (nested.isPresent()) {
          arguments.add(Relocation.top(nested.get(), site.location()));
        }
      }
    }
    if (!argumentsOk) {
      return withProblems(Evaluation.failedElsewhere(), problems);
    }
    if (directive.kind() == DirectiveKind.LOCAL) {
      Optional<DeferredNode> deferred = firstDeferred(arguments);
      if (deferred.isPresent()) {
        problems.add(
            Problem.error(
                Code.DIRECTIVE_LOCAL_DEPENDS_ON_RUNTIME,
                "Non-runtime directive $"
                    + directive.name()
                    + " can't depend on the result of template-time directive $"
                    + deferred.get().call().name()
                    + ".",
                "Use $CfFormat(...) to combine template-time values; it becomes Fn::Sub in the"
                    + " template."));
        return withProblems(Evaluation.failedElsewhere(), problems);
      }
    }
    List<Problem> argumentProblems = ArgumentCheck.check(directive, arguments);
    problems.addAll(argumentProblems);
    if (hasError(argumentProblems)) {
      return withProblems(Evaluation.failedElsewhere(), problems);
    }
    // A local result is cached per definition, so it must not depend on the property path.
    boolean template = directive.kind() == DirectiveKind.TEMPLATE;
    Invocation invocation =
        new Invocation(
            directive.name(),
            template ? call.sourceText() : call.definition(),
            arguments,
            template ? call.propertyPath() : List.of(),
            context,
            site.location());
    Evaluation evaluation = directive.evaluate(invocation);
    problems.addAll(evaluation.problems());
    if (evaluation.value().isPresent() && directive.kind() == DirectiveKind.LOCAL) {
      // A result may itself contain directive strings (a YAML file, a custom directive's output).
      Optional<ConfigNode> walked = resolveValue(evaluation.value().get(), site, problems);
      if (walked.isEmpty()) {
        return withProblems(Evaluation.failedElsewhere(), problems);
      }
      return withProblems(Evaluation.value(walked.get()), problems);
    }
    Evaluation bare;
    if (evaluation.failed()) {
      bare = Evaluation.failedElsewhere();
    } else if (evaluation.reference().isPresent()) {
      bare = Evaluation.reference(evaluation.reference().get());
    } else {
      bare = Evaluation.value(evaluation.value().orElseThrow());
    }
    return withProblems(bare, problems);
  }

  private static Evaluation withProblems(Evaluation evaluation, List<Problem> problems) {
    Evaluation result = evaluation;
    for (Problem problem : problems) {
      result = result.with(problem);
    }
    return result;
  }

  /**
   * Resolves directive strings inside a directive's result (which has no config path of its own).
   */
  private Optional<ConfigNode> resolveValue(ConfigNode node, Site site, List<Problem> problems) {
    if (node instanceof MapNode map) {
      List<MapNode.Entry> entries = new ArrayList<>(map.size());
      for (MapNode.Entry entry : map.entries().values()) {
        Optional<ConfigNode> value = resolveValue(entry.value(), site, problems);
        if (value.isEmpty()) {
          return Optional.empty();
        }
        entries.add(new MapNode.Entry(entry.key(), entry.keyLocation(), value.get()));
      }
      return Optional.of(MapNode.of(entries, map.location()));
    }
    if (node instanceof ListNode list) {
      List<ConfigNode> items = new ArrayList<>(list.items().size());
      for (ConfigNode item : list.items()) {
        Optional<ConfigNode> value = resolveValue(item, site, problems);
        if (value.isEmpty()) {
          return Optional.empty();
        }
        items.add(value.get());
      }
      return Optional.of(new ListNode(items, list.location()));
    }
    if (node instanceof ScalarNode scalar && scalar.kind() == ScalarKind.STRING) {
      Recognition recognition = DirectiveSyntax.recognise(scalar.text());
      if (recognition instanceof Parsed parsed) {
        Optional<ConfigNode> value = evaluateCall(parsed.directive(), site, problems);
        return value.isPresent()
            ? Optional.of(Relocation.top(value.get(), scalar.location()))
            : Optional.empty();
      }
      if (recognition instanceof Malformed malformed) {
        problems.add(syntaxProblem(scalar.text(), malformed));
        return Optional.empty();
      }
    }
    return Optional.of(node);
  }

  // ---- property paths ----

  /** Follows a $Var()/$This() reference and the call's property path through the config, lazily. */
  private Optional<ConfigNode> navigate(
      ConfigPath base, ParsedDirective call, List<Problem> problems) {
    ConfigNode raw = rawRoot;
    for (Object segment : base.segments()) {
      Optional<ConfigNode> child =
          raw instanceof MapNode map ? map.get((String) segment) : Optional.empty();
      if (child.isEmpty()) {
        problems.add(
            Problem.error(
                Code.DIRECTIVE_MISSING_VALUE,
                call.definition() + " has no value: the config has no " + segment + " section.",
                "Add a top-level " + segment + ": map to the config."));
        return Optional.empty();
      }
      raw = child.get();
    }
    ConfigPath path = base;
    List<String> segments = call.propertyPath();
    for (int i = 0; i < segments.size(); i++) {
      if (isDirectiveString(raw)) {
        // The value here is itself a directive: resolve it and continue inside its result.
        Resolved resolved = resolveConfig(path, raw);
        if (!resolved.complete()) {
          return Optional.empty();
        }
        return applyPath(resolved.node(), call, segments.subList(0, i), problems);
      }
      Optional<ConfigNode> child = step(raw, segments.get(i));
      if (child.isEmpty()) {
        Resolved partial = resolveConfig(path, raw);
        problems.add(badPath(call, segments.subList(0, i), partial.node(), segments.get(i)));
        return Optional.empty();
      }
      path =
          raw instanceof ListNode
              ? path.index(Integer.parseInt(segments.get(i)))
              : path.key(segments.get(i));
      raw = child.get();
    }
    Resolved resolved = resolveConfig(path, raw);
    return resolved.complete() ? Optional.of(resolved.node()) : Optional.empty();
  }

  /** Applies the rest of the call's property path (after {@code done}) to a resolved value. */
  private Optional<ConfigNode> applyPath(
      ConfigNode value, ParsedDirective call, List<String> done, List<Problem> problems) {
    List<String> segments = call.propertyPath();
    ConfigNode current = value;
    for (int i = done.size(); i < segments.size(); i++) {
      Optional<ConfigNode> child = step(current, segments.get(i));
      if (child.isEmpty()) {
        problems.add(badPath(call, segments.subList(0, i), current, segments.get(i)));
        return Optional.empty();
      }
      current = child.get();
    }
    return Optional.of(current);
  }

  private static Optional<ConfigNode> step(ConfigNode node, String segment) {
    if (node instanceof MapNode map) {
      return map.get(segment);
    }
    if (node instanceof ListNode list && LIST_INDEX.matcher(segment).matches()) {
      int index = Integer.parseInt(segment);
      return index < list.items().size() ? Optional.of(list.items().get(index)) : Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean isDirectiveString(ConfigNode node) {
    return node instanceof ScalarNode scalar
        && scalar.kind() == ScalarKind.STRING
        && !(DirectiveSyntax.recognise(scalar.text()) instanceof DirectiveSyntax.NotDirective);
  }

  private static Problem badPath(
      ParsedDirective call, List<String> reached, ConfigNode reachedValue, String failing) {
    String message =
        "Property with path \""
            + String.join(".", call.propertyPath())
            + "\" is not accessible on result of directive "
            + call.definition()
            + ".";
    StringBuilder hint = new StringBuilder();
    if (!reached.isEmpty()) {
      hint.append("Longest resolvable partial path is \"")
          .append(String.join(".", reached))
          .append("\" with result ")
          .append(JsonNodes.preview(reachedValue, 120))
          .append(".");
    }
    if (reachedValue instanceof MapNode map) {
      Optional<String> close = Suggestions.didYouMean(failing, map.entries().keySet());
      if (close.isPresent()) {
        hint.append(hint.length() > 0 ? " " : "").append(close.get());
      } else if (map.size() > 0) {
        hint.append(hint.length() > 0 ? " " : "")
            .append("Available keys: ")
            .append(String.join(", ", map.entries().keySet()))
            .append(".");
      }
    } else if (reachedValue instanceof ListNode list) {
      hint.append(hint.length() > 0 ? " " : "")
          .append("The list has ")
          .append(list.items().size())
          .append(" items.");
    }
    return hint.length() == 0
        ? Problem.error(Code.DIRECTIVE_BAD_PATH, message)
        : Problem.error(Code.DIRECTIVE_BAD_PATH, message, hint.toString());
  }

  // ---- problems ----

  private Problem unknownDirective(String name) {
    Optional<String> unsupported = UnsupportedDirectives.hint(name);
    if (unsupported.isPresent()) {
      return Problem.error(
          Code.DIRECTIVE_UNKNOWN,
          "Directive $" + name + " is not supported by formwork.",
          unsupported.get());
    }
    String message =
        "Unknown directive $" + name + ". You can only use built-in and custom directives.";
    return Suggestions.didYouMean(name, registry.names(), close -> "$" + close + "()")
        .map(hint -> Problem.error(Code.DIRECTIVE_UNKNOWN, message, hint))
        .orElseGet(
            () ->
                Problem.error(
                    Code.DIRECTIVE_UNKNOWN,
                    message,
                    "Did you forget to register your custom directive in the directives section?"));
  }

  private static Problem syntaxProblem(String text, Malformed malformed) {
    return Problem.error(
        Code.DIRECTIVE_SYNTAX,
        "The directive " + text + " cannot be parsed: " + malformed.reason() + ".",
        "A directive must be the whole string, like $Format('{}-api', $Stage()); use $Format to"
            + " combine text.");
  }

  private void report(Problem problem, Site site) {
    diagnostics.report(
        new Diagnostic(
            problem.code(), site.path(), site.location(), problem.message(), problem.hint()));
  }

  private static boolean hasError(List<Problem> problems) {
    for (Problem problem : problems) {
      if (problem.isError()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<DeferredNode> firstDeferred(List<ConfigNode> nodes) {
    for (ConfigNode node : nodes) {
      Optional<DeferredNode> found = firstDeferred(node);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<DeferredNode> firstDeferred(ConfigNode node) {
    if (node instanceof DeferredNode deferred) {
      return Optional.of(deferred);
    }
    if (node instanceof MapNode map) {
      List<ConfigNode> values = new ArrayList<>();
      for (MapNode.Entry entry : map.entries().values()) {
        values.add(entry.value());
      }
      return firstDeferred(values);
    }
    if (node instanceof ListNode list) {
      return firstDeferred(list.items());
    }
    return Optional.empty();
  }
}
