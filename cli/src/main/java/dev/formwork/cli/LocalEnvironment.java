package dev.formwork.cli;

import dev.formwork.compiler.CompiledFunction;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.AwsErrors;
import dev.formwork.deployer.StackInspector;
import dev.formwork.deployer.info.DeployedValues;
import dev.formwork.deployer.info.StackInfo;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A function's environment for {@code invoke --local}: literal values as they are, and values
 * CloudFormation resolves ({@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}, {@code Fn::Join}) read
 * from the deployed stack of the same stage and region, as {@code info} shows it. Whatever stays
 * unresolved (no stack, or an attribute only AWS knows) is named, and keeps its template form.
 */
final class LocalEnvironment {

  private final InvokeCommand command;
  private final CompilerRunner.Run run;

  LocalEnvironment(InvokeCommand command, CompilerRunner.Run run) {
    this.command = command;
    this.run = run;
  }

  Map<String, String> resolve(CompiledFunction function) {
    Map<String, String> environment = new TreeMap<>();
    Map<String, JsonValue> deferred = new TreeMap<>();
    function
        .environment()
        .forEach(
            (name, value) -> {
              if (value instanceof JsonString text) {
                environment.put(name, text.value());
              } else {
                deferred.put(name, value);
                environment.put(name, JsonWriter.compact(value));
              }
            });
    if (deferred.isEmpty()) {
      return environment;
    }
    Optional<DeployedValues> stack = deployedStack();
    List<String> unresolved = new ArrayList<>();
    deferred.forEach(
        (name, value) -> {
          Optional<String> resolved = stack.flatMap(values -> values.evaluate(value));
          if (resolved.isPresent()) {
            environment.put(name, resolved.get());
          } else {
            unresolved.add(name);
          }
        });
    if (stack.isPresent() && !unresolved.isEmpty()) {
      note(
          "these variables keep their template values (only CloudFormation can compute them): "
              + String.join(", ", unresolved)
              + ".");
    } else if (stack.isEmpty()) {
      note(
          "these variables keep their template values until the stack is deployed: "
              + String.join(", ", unresolved)
              + ".");
    }
    return environment;
  }

  /** The deployed stack's values; empty (with a note) when it cannot be read or is not there. */
  private Optional<DeployedValues> deployedStack() {
    try {
      AwsClients clients = command.clients(run);
      Optional<StackInfo> info = new StackInspector(clients).info();
      if (info.isEmpty()) {
        note(
            "stack "
                + run.result().stackName()
                + " is not deployed in "
                + command.target().region()
                + ", so values it would give are unknown.");
        return Optional.empty();
      }
      return Optional.of(
          new DeployedValues(info.get(), command.target().region(), clients.accountId()));
    } catch (RuntimeException failure) {
      // AwsErrors.concerns covers AwsFailureException (no credentials) and every SDK failure.
      if (!AwsErrors.concerns(failure)) {
        throw failure;
      }
      note("the deployed stack could not be read: " + command.explain(failure).message());
      return Optional.empty();
    }
  }

  private void note(String text) {
    command.context.err().println("note: " + text);
  }
}
