package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.HttpApiGatewayResource;
import dev.formwork.schema.model.event.HttpApiEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code http-api-gateway} of the config: {@code <Name>Api}, with the payload format its routes
 * use unless they set their own. The execute-api endpoint stands in for Stacktape's hosted default
 * domain (no custom resources).
 */
public record HttpApiRef(String name, Optional<HttpApiEvent.PayloadFormat> payloadFormat)
    implements ResourceRef {

  public static HttpApiRef of(String name, HttpApiGatewayResource api) {
    return new HttpApiRef(name, api.properties().payloadFormat());
  }

  public String logicalId() {
    return LogicalIds.httpApi(name);
  }

  /** Ref of an AWS::ApiGatewayV2::Api is its ID. */
  public JsonValue id() {
    return Cf.ref(logicalId());
  }

  @Override
  public Map<String, JsonValue> params() {
    String api = logicalId();
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("domain", Cf.sub("${" + api + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}"));
    params.put(
        "url", Cf.sub("https://${" + api + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}"));
    params.put("id", id());
    return params;
  }
}
