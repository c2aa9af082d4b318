package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Range;
import java.util.List;
import java.util.Optional;

/** A Lambda function URL. */
@Doc("A Lambda function URL.")
public record FunctionUrl(
    @Doc("Create the URL.") @Default("false") boolean enabled,
    @Doc("CORS settings.") Optional<Cors> cors,
    @Doc("NONE (public) or AWS_IAM (signed requests).") @Default("NONE") UrlAuthMode authMode,
    @Doc("Stream responses (InvokeMode RESPONSE_STREAM).") @Default("false")
        boolean responseStreamEnabled) {

  /** Cross-origin settings of the URL. */
  @Doc("CORS settings.")
  public record Cors(
      @Doc("Enable CORS.") @Default("false") boolean enabled,
      @Doc("Allowed origins (default *).") List<String> allowedOrigins,
      @Doc("Allowed request headers.") List<String> allowedHeaders,
      @Doc("Allowed methods (default *).") List<String> allowedMethods,
      @Doc("Allow credentials.") Optional<Boolean> allowCredentials,
      @Doc("Response headers exposed to the browser.") List<String> exposedResponseHeaders,
      @Doc("Seconds browsers cache the preflight response.") @Range(min = 0, max = 86400)
          Optional<Integer> maxAge) {}
}
