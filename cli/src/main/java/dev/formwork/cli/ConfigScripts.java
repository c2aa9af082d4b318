package dev.formwork.cli;

import dev.formwork.compiler.synth.values.SecretIntrinsic;
import dev.formwork.deployer.script.Hook;
import dev.formwork.deployer.script.LocalScript;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.model.function.EnvironmentVariable;
import dev.formwork.schema.model.stack.Hooks;
import dev.formwork.schema.model.stack.LocalScript.Properties;
import dev.formwork.schema.model.stack.ScriptDefinition;
import dev.formwork.schema.value.TextValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Maps the config's {@code scripts} and {@code hooks} onto the deployer's script and hook records.
 */
final class ConfigScripts {

  private ConfigScripts() {}

  /**
   * Every script by name. A script with several commands or files runs them joined with {@code &&}
   * (files through {@code sh}), so it stops at the first failure, as Stacktape does.
   */
  static Map<String, LocalScript> scripts(FormworkConfig config) {
    Map<String, LocalScript> scripts = new TreeMap<>();
    for (Map.Entry<String, ScriptDefinition> entry : config.scripts().entrySet()) {
      Properties properties =
          ((dev.formwork.schema.model.stack.LocalScript) entry.getValue()).properties();
      String name = entry.getKey();
      LocalScript script;
      if (properties.executeCommand().isPresent()) {
        script = LocalScript.command(name, properties.executeCommand().get());
      } else if (properties.executeScript().isPresent()) {
        script = LocalScript.file(name, Path.of(properties.executeScript().get()));
      } else if (!properties.executeCommands().isEmpty()) {
        script = LocalScript.command(name, String.join(" && ", properties.executeCommands()));
      } else {
        List<String> files = new ArrayList<>();
        properties.executeScripts().forEach(file -> files.add(runnerFor(file) + " " + quote(file)));
        script = LocalScript.command(name, String.join(" && ", files));
      }
      Map<String, String> environment = new LinkedHashMap<>();
      for (EnvironmentVariable variable : properties.environment()) {
        environment.put(variable.name(), environmentValue(variable.value()));
      }
      script =
          script
              .withEnvironment(environment)
              .withConnectTo(properties.connectTo())
              .withPipeStdio(properties.pipeStdio());
      if (properties.cwd().isPresent()) {
        script = script.withCwd(Path.of(properties.cwd().get()));
      }
      if (properties.timeout().isPresent()) {
        script = script.withTimeout(Duration.ofSeconds(properties.timeout().get()));
      }
      scripts.put(name, script);
    }
    return scripts;
  }

  /**
   * A literal as written; a $Secret() as its dynamic reference, which the script runner resolves
   * when the script starts (validation rejects every other template-time directive in script
   * environments).
   */
  private static String environmentValue(TextValue value) {
    if (value instanceof TextValue.Literal literal) {
      return literal.text();
    }
    return SecretIntrinsic.reference(((TextValue.Deferred) value).call());
  }

  private static String runnerFor(String file) {
    if (file.endsWith(".py")) {
      return "python3";
    }
    if (file.endsWith(".js") || file.endsWith(".mjs") || file.endsWith(".cjs")) {
      return "node";
    }
    return "sh";
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  static List<Hook> hooks(Optional<Hooks> hooks, Function<Hooks, List<Hooks.HookStep>> phase) {
    List<Hook> list = new ArrayList<>();
    hooks
        .map(phase)
        .orElse(List.of())
        .forEach(
            step -> list.add(new Hook(step.scriptName(), step.skipOnCI(), step.skipOnLocal())));
    return list;
  }
}
