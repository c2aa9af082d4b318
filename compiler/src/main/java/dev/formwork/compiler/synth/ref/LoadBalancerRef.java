package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.ApplicationLoadBalancerResource;
import dev.formwork.schema.model.CustomDomain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@code application-load-balancer} of the config: {@code <Name>LoadBalancer} and one {@code
 * <Name>Port<port>Listener} per listener port.
 */
public record LoadBalancerRef(String name, List<Integer> listenerPorts, List<String> customDomains)
    implements ResourceRef, HasArn {

  public LoadBalancerRef {
    listenerPorts = List.copyOf(listenerPorts);
    customDomains = List.copyOf(customDomains);
  }

  public static LoadBalancerRef of(String name, ApplicationLoadBalancerResource loadBalancer) {
    List<Integer> ports = new ArrayList<>();
    for (ApplicationLoadBalancerResource.Listener listener :
        loadBalancer.properties().effectiveListeners()) {
      ports.add(listener.port());
    }
    List<String> domains = new ArrayList<>();
    for (CustomDomain domain : loadBalancer.properties().customDomains()) {
      domains.add(domain.domainName());
    }
    return new LoadBalancerRef(name, ports, domains);
  }

  public String logicalId() {
    return LogicalIds.loadBalancer(name);
  }

  public String listenerLogicalId(int port) {
    return LogicalIds.listener(name, port);
  }

  /** Ref of an AWS::ElasticLoadBalancingV2::LoadBalancer is its ARN. */
  @Override
  public JsonValue arn() {
    return Cf.ref(logicalId());
  }

  @Override
  public Map<String, JsonValue> params() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("canonicalDomain", Cf.getAtt(logicalId(), "DNSName"));
    params.put("domain", Cf.getAtt(logicalId(), "DNSName"));
    if (!customDomains.isEmpty()) {
      // As Stacktape: the custom domains joined by commas, and the URL of the first one.
      params.put("customDomains", new JsonString(String.join(",", customDomains)));
      params.put("url", new JsonString("https://" + customDomains.get(0)));
    }
    params.put("arn", arn());
    for (int port : listenerPorts) {
      params.put("port" + port, JsonValue.of(port));
    }
    return params;
  }
}
