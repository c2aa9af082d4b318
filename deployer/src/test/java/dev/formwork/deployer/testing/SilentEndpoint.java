package dev.formwork.deployer.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hung endpoint: a loopback socket that accepts every connection, reads nothing and never
 * answers, as a stuck proxy or a server in a bad state does. Counts the connections, so a test can
 * tell how many attempts a call made. A fake only in the sense that no real server behaves this way
 * on purpose; moto and the fault proxy always answer.
 */
public final class SilentEndpoint implements AutoCloseable {

  private final ServerSocket server;
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  public SilentEndpoint() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  accepted.add(server.accept());
                } catch (IOException closed) {
                  return;
                }
              }
            },
            "silent-endpoint");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  /** How many connections were opened (one per attempt). */
  public int connections() {
    return accepted.size();
  }

  /** A loopback address where nothing listens: connecting to it is refused at once. */
  public static URI refusing() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    return URI.create("http://127.0.0.1:" + port);
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : accepted) {
      socket.close();
    }
  }
}
