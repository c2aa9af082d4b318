package dev.formwork.compiler.synth.function;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.function.FunctionUrl;
import dev.formwork.schema.model.function.UrlAuthMode;
import java.util.List;

/**
 * A function URL: {@code <Fn>Url} (AWS::Lambda::Url) and, for public URLs, the two permissions AWS
 * requires since October 2025 (InvokeFunctionUrl, and InvokeFunction restricted to URL calls).
 */
public final class FunctionUrlSynthesis {

  static final List<String> DEFAULT_ALLOWED_HEADERS =
      List.of(
          "Content-Type",
          "X-Amz-Date",
          "Authorization",
          "X-Api-Key",
          "X-Amz-Security-Token",
          "X-Amz-User-Agent");

  private FunctionUrlSynthesis() {}

  public static void synthesize(
      FunctionAssembly function, FunctionUrl url, SynthesisContext context) {
    JsonObject.Builder properties =
        JsonObject.builder()
            .put("AuthType", url.authMode().configValue())
            .put("InvokeMode", url.responseStreamEnabled() ? "RESPONSE_STREAM" : "BUFFERED")
            .put("TargetFunctionArn", function.endpoint());
    if (url.cors().isPresent() && url.cors().get().enabled()) {
      properties.put("Cors", cors(url.cors().get()));
    }
    context
        .template()
        .add(
            LogicalIds.functionUrl(function.name()),
            CfResource.of("AWS::Lambda::Url", properties.build()),
            function.path(),
            function.name());
    if (url.authMode() != UrlAuthMode.NONE) {
      return;
    }
    // A public URL has no caller to scope a SourceArn to; FunctionUrlAuthType NONE is the scope.
    context
        .template()
        .add(
            function.logicalPrefix() + "PublicUrlPermission",
            CfResource.of(
                "AWS::Lambda::Permission",
                JsonObject.builder()
                    .put("Action", "lambda:InvokeFunctionUrl")
                    .put("FunctionName", function.endpoint())
                    .put("FunctionUrlAuthType", "NONE")
                    .put("Principal", "*")
                    .build()),
            function.path(),
            function.name());
    // https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html: new URLs also need
    // lambda:InvokeFunction.
    context
        .template()
        .add(
            function.logicalPrefix() + "PublicUrlInvokePermission",
            CfResource.of(
                "AWS::Lambda::Permission",
                JsonObject.builder()
                    .put("Action", "lambda:InvokeFunction")
                    .put("FunctionName", function.endpoint())
                    .put("InvokedViaFunctionUrl", true)
                    .put("Principal", "*")
                    .build()),
            function.path(),
            function.name());
  }

  private static JsonValue cors(FunctionUrl.Cors cors) {
    JsonObject.Builder json =
        JsonObject.builder()
            .put(
                "AllowOrigins",
                JsonArray.ofStrings(
                    cors.allowedOrigins().isEmpty() ? List.of("*") : cors.allowedOrigins()))
            // Stacktape fills AllowHeaders from allowedMethods (a bug); formwork uses
            // allowedHeaders.
            .put(
                "AllowHeaders",
                JsonArray.ofStrings(
                    cors.allowedHeaders().isEmpty()
                        ? DEFAULT_ALLOWED_HEADERS
                        : cors.allowedHeaders()))
            .put(
                "AllowMethods",
                JsonArray.ofStrings(
                    cors.allowedMethods().isEmpty() ? List.of("*") : cors.allowedMethods()));
    json.putIfPresent("AllowCredentials", cors.allowCredentials());
    if (!cors.exposedResponseHeaders().isEmpty()) {
      json.put("ExposeHeaders", JsonArray.ofStrings(cors.exposedResponseHeaders()));
    }
    json.putIfPresent("MaxAge", cors.maxAge());
    return json.build();
  }
}
