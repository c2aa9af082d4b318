package dev.formwork.deployer.invoke;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lambda's Runtime API for one invocation, on loopback: a custom runtime's {@code bootstrap} (such
 * as a Go function built with aws-lambda-go) polls {@code /invocation/next}, gets the event, and
 * posts its {@code /response} or {@code /error}. Further polls wait until the emulator closes.
 * https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html
 */
public final class RuntimeApiEmulator implements AutoCloseable {

  /** What the runtime posted: its response body, or an error (also for a failed init). */
  public record Outcome(Optional<String> response, Optional<String> error) {}

  static final String REQUEST_ID = "00000000-0000-0000-0000-000000000001";
  private static final String PREFIX = "/2018-06-01/runtime/";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
  private final AtomicBoolean delivered = new AtomicBoolean();
  private final byte[] event;
  private final String functionArn;
  private final Duration timeout;

  private RuntimeApiEmulator(
      HttpServer server, String event, String functionArn, Duration timeout) {
    this.server = server;
    this.event = event.getBytes(StandardCharsets.UTF_8);
    this.functionArn = functionArn;
    this.timeout = timeout;
  }

  /** Starts the emulator on an ephemeral loopback port, serving {@code event} once. */
  public static RuntimeApiEmulator start(String event, String functionArn, Duration timeout)
      throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    RuntimeApiEmulator emulator = new RuntimeApiEmulator(server, event, functionArn, timeout);
    server.createContext(PREFIX, emulator::handle);
    // Each request gets a thread: a second /next poll blocks until close() without stalling posts.
    server.setExecutor(emulator.executor);
    server.start();
    return emulator;
  }

  /** The value for {@code AWS_LAMBDA_RUNTIME_API}: host and port. */
  public String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /** Completes when the runtime posts its response or error. */
  public Future<Outcome> outcome() {
    return outcome;
  }

  /** The runtime's response or error, once it has posted one. */
  public Optional<Outcome> answer() {
    return outcome.isDone() ? Optional.of(outcome.join()) : Optional.empty();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
    String method = exchange.getRequestMethod();
    if (method.equals("GET") && path.equals("invocation/next")) {
      if (delivered.compareAndSet(false, true)) {
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", REQUEST_ID);
        exchange
            .getResponseHeaders()
            .add(
                "Lambda-Runtime-Deadline-Ms",
                String.valueOf(System.currentTimeMillis() + timeout.toMillis()));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-local");
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        send(exchange, 200, event);
      } else {
        // Lambda freezes the environment here; locally the next event never comes.
        outcome.handle((done, failure) -> null).join();
        send(exchange, 410, new byte[0]);
      }
      return;
    }
    if (method.equals("POST")) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (path.equals("invocation/" + REQUEST_ID + "/response")) {
        outcome.complete(new Outcome(Optional.of(body), Optional.empty()));
        send(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.equals("invocation/" + REQUEST_ID + "/error") || path.equals("init/error")) {
        outcome.complete(new Outcome(Optional.empty(), Optional.of(body)));
        send(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
        return;
      }
    }
    send(exchange, 404, "{\"errorType\":\"NotFound\"}".getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    outcome.complete(new Outcome(Optional.empty(), Optional.of("closed")));
    server.stop(0);
    executor.shutdownNow();
  }
}
