package dev.formwork.packager;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Downloads a package tarball; an interface so a test can hand over corrupt bytes. */
@FunctionalInterface
public interface TarballFetcher {

  byte[] fetch(URI uri) throws IOException;

  /** Fetches over HTTPS with the JDK client, following redirects. */
  static TarballFetcher http() {
    return uri -> {
      HttpClient client =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(Duration.ofSeconds(30))
              .build();
      HttpRequest request =
          HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(3)).GET().build();
      try {
        HttpResponse<byte[]> response =
            client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          throw new IOException("GET " + uri + " answered HTTP " + response.statusCode());
        }
        return response.body();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while downloading " + uri, e);
      }
    };
  }
}
