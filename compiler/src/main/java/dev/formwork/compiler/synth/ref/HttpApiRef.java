package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.CustomDomain;
import dev.formwork.schema.model.HttpApiGatewayResource;
import dev.formwork.schema.model.event.HttpApiEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code http-api-gateway} of the config: {@code <Name>Api}, with the payload format its routes
 * use unless they set their own. The execute-api endpoint stands in for Stacktape's hosted default
 * domain (no custom resources).
 */
public record HttpApiRef(
    String name, Optional<HttpApiEvent.PayloadFormat> payloadFormat, List<String> customDomains)
    implements ResourceRef {

  public HttpApiRef {
    customDomains = List.copyOf(customDomains);
  }

  public static HttpApiRef of(String name, HttpApiGatewayResource api) {
    List<String> domains = new ArrayList<>();
    for (CustomDomain domain : api.properties().customDomains()) {
      domains.add(domain.domainName());
    }
    return new HttpApiRef(name, api.properties().payloadFormat(), domains);
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
    if (customDomains.isEmpty()) {
      params.put("domain", Cf.sub("${" + api + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}"));
      params.put(
          "url", Cf.sub("https://${" + api + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}"));
    } else {
      // With custom domains, domain and url name the first one (Stacktape's customDomainUrl).
      List<String> urls = new ArrayList<>();
      List<JsonValue> regionalDomainNames = new ArrayList<>();
      for (String domain : customDomains) {
        urls.add("https://" + domain);
        regionalDomainNames.add(Cf.getAtt(LogicalIds.apiDomainName(domain), "RegionalDomainName"));
      }
      params.put("domain", new JsonString(customDomains.get(0)));
      params.put("url", new JsonString(urls.get(0)));
      params.put("customDomains", new JsonString(String.join(", ", customDomains)));
      params.put("customDomainUrl", new JsonString(urls.get(0)));
      params.put("customDomainUrls", new JsonString(String.join(", ", urls)));
      params.put("canonicalDomain", Cf.join(",", regionalDomainNames));
    }
    params.put("id", id());
    return params;
  }
}
