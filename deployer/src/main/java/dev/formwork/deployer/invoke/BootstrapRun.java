package dev.formwork.deployer.invoke;

import dev.formwork.deployer.ExitCodes;
import dev.formwork.deployer.OutputSink;
import dev.formwork.process.ProcessCommand;
import dev.formwork.process.ProcessResult;
import dev.formwork.process.ProcessRunner;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs the {@code bootstrap} of an OS-only runtime (a Go function) against {@link
 * RuntimeApiEmulator}: the event is served once, and the process is stopped as soon as it posts its
 * response or error. The executable must be a Linux binary for this machine's instruction set.
 */
final class BootstrapRun {

  /**
   * ELF {@code e_machine} values: https://refspecs.linuxfoundation.org/elf/gabi4+/ch4.eheader.html
   */
  private static final Map<Integer, String> MACHINES = Map.of(0x3E, "x86_64", 0xB7, "arm64");

  private final OutputSink out;
  private final ProcessRunner processes;

  BootstrapRun(OutputSink out, ProcessRunner processes) {
    this.out = out;
    this.processes = processes;
  }

  LocalInvoker.Result invoke(LocalInvoker.Invocation invocation) throws IOException {
    Path bootstrap = invocation.codeFile().toAbsolutePath();
    if (!Files.isRegularFile(bootstrap)) {
      return LocalInvoker.failed("The function's package has no bootstrap at " + bootstrap + ".");
    }
    Optional<String> unrunnable = unrunnableReason(bootstrap);
    if (unrunnable.isPresent()) {
      return LocalInvoker.failed(unrunnable.get());
    }
    bootstrap.toFile().setExecutable(true, true);
    Map<String, String> environment = new TreeMap<>(invocation.environment());
    String functionName = environment.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "local");
    String functionArn =
        "arn:aws:lambda:"
            + environment.getOrDefault("AWS_REGION", "us-east-1")
            + ":000000000000:function:"
            + functionName;
    try (RuntimeApiEmulator api =
        RuntimeApiEmulator.start(invocation.eventJson(), functionArn, invocation.timeout())) {
      environment.put("AWS_LAMBDA_RUNTIME_API", api.address());
      environment.put("_HANDLER", invocation.handlerFunction());
      // Lines arrive on the runner's output thread.
      List<String> output = Collections.synchronizedList(new ArrayList<>());
      ProcessResult run =
          processes.streamUntil(
              ProcessCommand.of(
                      List.of(bootstrap.toString()), bootstrap.getParent(), invocation.timeout())
                  .withEnvironment(environment),
              line -> {
                output.add(line);
                out.info("  | " + line);
              },
              api.outcome());
      Optional<RuntimeApiEmulator.Outcome> outcome = api.answer();
      if (outcome.isEmpty()) {
        return new LocalInvoker.Result(
            ExitCodes.DEPLOY_FAILED,
            Optional.empty(),
            Optional.of(
                run.timedOut()
                    ? "The handler did not finish within "
                        + invocation.timeout().toSeconds()
                        + " s (the function's timeout)."
                    : "The bootstrap exited with code "
                        + run.exitCode()
                        + " before posting a result."),
            List.copyOf(output));
      }
      if (outcome.get().response().isPresent()) {
        return new LocalInvoker.Result(
            ExitCodes.OK,
            Optional.of(compact(outcome.get().response().get())),
            Optional.empty(),
            List.copyOf(output));
      }
      return new LocalInvoker.Result(
          ExitCodes.DEPLOY_FAILED,
          Optional.empty(),
          Optional.of(error(outcome.get().error().get())),
          List.copyOf(output));
    }
  }

  /** Why this machine cannot run the executable, if it cannot: another OS or instruction set. */
  private static Optional<String> unrunnableReason(Path bootstrap) throws IOException {
    byte[] header;
    try (InputStream in = Files.newInputStream(bootstrap)) {
      header = in.readNBytes(20);
    }
    boolean elf =
        header.length == 20
            && header[0] == 0x7F
            && header[1] == 'E'
            && header[2] == 'L'
            && header[3] == 'F';
    if (!elf) {
      // A script bootstrap (#!/bin/sh …) runs anywhere its interpreter does.
      return Optional.empty();
    }
    String built = MACHINES.getOrDefault((header[18] & 0xFF) | (header[19] & 0xFF) << 8, "another");
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String host =
        arch.equals("amd64") || arch.equals("x86_64")
            ? "x86_64"
            : arch.equals("aarch64") ? "arm64" : arch;
    if (!os.contains("linux")) {
      return Optional.of(
          "The function's bootstrap is a Linux executable, so it cannot run on "
              + System.getProperty("os.name")
              + "; invoke it in AWS instead (formwork invoke without --local).");
    }
    if (!built.equals(host)) {
      return Optional.of(
          "The function's bootstrap is built for "
              + built
              + ", but this machine is "
              + host
              + "; set architecture: "
              + host
              + " to run it here, or invoke it in AWS (formwork invoke without --local).");
    }
    return Optional.empty();
  }

  private static String compact(String body) {
    try {
      return JsonWriter.compact(JsonParser.parse(body));
    } catch (JsonParseException notJson) {
      return JsonWriter.compact(new JsonString(body));
    }
  }

  /** The runtime posts {"errorMessage": ..., "errorType": ...}. */
  private static String error(String body) {
    try {
      JsonValue parsed = JsonParser.parse(body);
      if (parsed instanceof JsonObject object) {
        String type = text(object, "errorType").orElse("Error");
        return type + ": " + text(object, "errorMessage").orElse("");
      }
    } catch (JsonParseException notJson) {
      // Falls through to the raw body.
    }
    return body;
  }

  private static Optional<String> text(JsonObject object, String name) {
    return object.get(name).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
  }
}
