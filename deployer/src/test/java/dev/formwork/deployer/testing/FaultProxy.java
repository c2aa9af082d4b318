package dev.formwork.deployer.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A reverse proxy between the AWS SDK and moto that records every request and lets a test rewrite
 * chosen responses: the faults moto cannot produce (throttling, access denied, stack states such as
 * ROLLBACK_COMPLETE, failing uploads) are injected here, at the HTTP layer.
 */
public final class FaultProxy implements AutoCloseable {

  /**
   * One request as the proxy saw it; {@code action} is the query-protocol Action, or the operation
   * of a JSON-protocol call (its X-Amz-Target without the service prefix, e.g. DescribeSecret).
   */
  public record Seen(String method, String path, String action, String body) {}

  /** A forwarded response that a rule may replace, with extra headers a rule may add. */
  public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
    public Reply(int status, String contentType, byte[] body) {
      this(status, contentType, body, Map.of());
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public static Reply xml(int status, String xml) {
      return new Reply(status, "text/xml", xml.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * A fault: when {@code matches} a request, either answer without moto or rewrite moto's answer.
   */
  public interface Rule {
    boolean matches(Seen request);

    /** Empty forwards the request and passes moto's reply through {@link #rewrite}. */
    Optional<Reply> answer(Seen request);

    Reply rewrite(Seen request, Reply fromMoto);
  }

  private static final Set<String> HOP_HEADERS =
      Set.of(
          "host",
          "content-length",
          "connection",
          "transfer-encoding",
          "expect",
          "upgrade",
          "keep-alive");

  private final HttpServer server;
  private final URI upstream;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final List<Rule> rules = new CopyOnWriteArrayList<>();

  public FaultProxy(URI upstream) throws IOException {
    this.upstream = upstream;
    this.server =
        HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public void add(Rule rule) {
    rules.add(rule);
  }

  /** Forgets the requests seen so far; rules stay. */
  public void forget() {
    seen.clear();
  }

  public List<Seen> seen() {
    return new ArrayList<>(seen);
  }

  public long count(Predicate<Seen> which) {
    return seen.stream().filter(which).count();
  }

  public static Predicate<Seen> action(String name) {
    return s -> name.equals(s.action());
  }

  /**
   * A rule answering the first {@code times} matching requests with {@code reply}, then passing.
   */
  public static Rule failTimes(Predicate<Seen> when, int times, Reply reply) {
    int[] left = {times};
    return new Rule() {
      @Override
      public boolean matches(Seen request) {
        synchronized (left) {
          return when.test(request) && left[0] > 0;
        }
      }

      @Override
      public Optional<Reply> answer(Seen request) {
        synchronized (left) {
          left[0]--;
        }
        return Optional.of(reply);
      }

      @Override
      public Reply rewrite(Seen request, Reply fromMoto) {
        return fromMoto;
      }
    };
  }

  /** A rule rewriting moto's reply to matching requests while {@code active} says so. */
  public static Rule rewriteWhile(
      Predicate<Seen> when,
      java.util.function.BooleanSupplier active,
      Function<Reply, Reply> change) {
    return new Rule() {
      @Override
      public boolean matches(Seen request) {
        return when.test(request) && active.getAsBoolean();
      }

      @Override
      public Optional<Reply> answer(Seen request) {
        return Optional.empty();
      }

      @Override
      public Reply rewrite(Seen request, Reply fromMoto) {
        return change.apply(fromMoto);
      }
    };
  }

  /** The XML error body of a query-protocol service (CloudFormation, STS). */
  public static Reply queryError(int status, String code, String message) {
    return Reply.xml(
        status,
        "<ErrorResponse><Error><Type>Sender</Type><Code>"
            + code
            + "</Code><Message>"
            + message
            + "</Message></Error><RequestId>fault-proxy</RequestId></ErrorResponse>");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String text = new String(body, StandardCharsets.UTF_8);
      String pathAndQuery =
          exchange.getRequestURI().getRawPath()
              + (exchange.getRequestURI().getRawQuery() == null
                  ? ""
                  : "?" + exchange.getRequestURI().getRawQuery());
      String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      Seen request =
          new Seen(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              target != null ? target.substring(target.indexOf('.') + 1) : actionOf(text),
              text.length() > 20000 ? "" : text);
      seen.add(request);
      Rule rule = rules.stream().filter(r -> r.matches(request)).findFirst().orElse(null);
      if (rule != null) {
        Optional<Reply> direct = rule.answer(request);
        if (direct.isPresent()) {
          send(exchange, direct.get());
          return;
        }
      }
      HttpRequest.Builder forward =
          HttpRequest.newBuilder(URI.create(upstream.toString() + pathAndQuery))
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
        if (HOP_HEADERS.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        for (String value : header.getValue()) {
          forward.header(header.getKey(), value);
        }
      }
      HttpResponse<byte[]> response =
          http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
      Reply reply =
          new Reply(
              response.statusCode(),
              response.headers().firstValue("Content-Type").orElse("text/xml"),
              response.body());
      if (rule != null) {
        reply = rule.rewrite(request, reply);
      }
      for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
        String name = header.getKey().toLowerCase(java.util.Locale.ROOT);
        boolean headLength =
            name.equals("content-length") && exchange.getRequestMethod().equals("HEAD");
        if ((HOP_HEADERS.contains(name) && !headLength)
            || name.equals("content-type")
            || name.startsWith(":")) {
          continue;
        }
        for (String value : header.getValue()) {
          exchange.getResponseHeaders().add(header.getKey(), value);
        }
      }
      send(exchange, reply);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.sendResponseHeaders(502, -1);
    } catch (RuntimeException | IOException e) {
      exchange.sendResponseHeaders(502, -1);
    } finally {
      exchange.close();
    }
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(
        reply.status(), head || reply.body().length == 0 ? -1 : reply.body().length);
    if (!head && reply.body().length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
  }

  private static String actionOf(String body) {
    for (String pair : body.split("&")) {
      if (pair.startsWith("Action=")) {
        return URLDecoder.decode(pair.substring("Action=".length()), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
