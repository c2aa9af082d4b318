package dev.formwork.deployer.testing;

import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real moto_server on a free loopback port, from the pinned venv ($FORMWORK_VENV, else
 * repoRoot/.venv), started through the test-only launcher {@link #LAUNCHER}. Fails with a clear
 * message when moto is missing instead of skipping.
 */
public final class MotoServer implements AutoCloseable {

  private final Process process;
  private final URI endpoint;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private MotoServer(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /**
   * The test-only launcher that starts moto_server with one shim: {@code Fn::GetAtt [NestedStack,
   * Outputs.Name]}, which moto 5.2.5 lacks (getmoto/moto#6020; see docs/deployer.md).
   */
  static final String LAUNCHER = "deployer/src/test/resources/moto/moto_server_shim.py";

  /** The venv's Python, which has moto[server] installed. */
  public static Path python() {
    Path candidate = RepoRoot.venv().resolve("bin/python");
    if (!Files.isExecutable(candidate)
        || !Files.isExecutable(RepoRoot.venv().resolve("bin/moto_server"))) {
      throw new IllegalStateException(
          "moto_server not found in "
              + RepoRoot.venv()
              + ": run scripts/setup-venv (it installs the pinned moto[server]) and set"
              + " FORMWORK_VENV to the venv, or run scripts/test.");
    }
    return candidate;
  }

  public static MotoServer start() throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Path log = Files.createTempFile("moto-", ".log");
    Process process =
        new ProcessBuilder(
                python().toString(),
                RepoRoot.resolve(LAUNCHER).toString(),
                "-p",
                String.valueOf(port),
                "-H",
                "127.0.0.1")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    MotoServer server = new MotoServer(process, URI.create("http://127.0.0.1:" + port));
    Instant deadline = Instant.now().plusSeconds(60);
    while (true) {
      try {
        server.config("{\"lambda\": {\"use_docker\": false}}");
        return server;
      } catch (IOException notYet) {
        if (!process.isAlive()) {
          throw new IllegalStateException("moto_server exited at start: " + Files.readString(log));
        }
        if (Instant.now().isAfter(deadline)) {
          process.destroyForcibly();
          throw new IllegalStateException(
              "moto_server did not answer within 60 s: " + Files.readString(log));
        }
        Thread.sleep(100);
      }
    }
  }

  public URI endpoint() {
    return endpoint;
  }

  /** Posts moto configuration, e.g. Lambda without Docker. */
  public void config(String json) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(endpoint.resolve("/moto-api/config"))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IOException("moto config answered " + response.statusCode());
    }
  }

  /** Forgets every resource, so tests do not see each other's state. */
  public void reset() throws IOException, InterruptedException {
    http.send(
        HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.discarding());
    config("{\"lambda\": {\"use_docker\": false}}");
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
