package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.model.function.FunctionAlias;
import java.util.List;
import java.util.Optional;

/** A listener rule of an application-load-balancer that forwards to the function. */
@Doc("Invoke the function from an Application Load Balancer rule.")
public record LoadBalancerEvent(Properties properties) implements FunctionEvent {

  @Override
  public String typeName() {
    return "application-load-balancer";
  }

  @Override
  public Optional<String> alias() {
    return properties.alias();
  }

  /** The load balancer, rule priority and conditions (at least one). */
  @Doc("Load balancer event properties.")
  public record Properties(
      @Doc("Name of the application-load-balancer resource.") String loadBalancerName,
      @Doc("Rule priority, unique per listener.") @Range(min = 1, max = 50000) int priority,
      @Doc("Listener port (default 443).") Optional<Integer> listenerPort,
      @Doc("Path patterns.") List<String> paths,
      @Doc("HTTP methods.") List<String> methods,
      @Doc("Host headers.") List<String> hosts,
      @Doc("Header conditions.") List<HeaderCondition> headers,
      @Doc("Query-string conditions.") List<QueryCondition> queryParams,
      @Doc("Source IP CIDRs.") List<String> sourceIps,
      @Doc(FunctionEvent.ALIAS_DOC)
          @Pattern(regex = FunctionAlias.NAME_PATTERN, meaning = FunctionAlias.NAME_MEANING)
          Optional<String> alias) {
    public Properties {
      if (paths.isEmpty()
          && methods.isEmpty()
          && hosts.isEmpty()
          && headers.isEmpty()
          && queryParams.isEmpty()
          && sourceIps.isEmpty()) {
        throw new ModelConstraintException(
            Code.CONFIG_MISSING_CONDITION,
            "paths",
            "A load balancer rule needs at least one condition: paths, methods, hosts, headers,"
                + " queryParams or sourceIps.");
      }
    }
  }

  /** Match on a header's values. */
  @Doc("Header condition.")
  public record HeaderCondition(String headerName, @Required List<String> values) {}

  /** Match on a query parameter's values. */
  @Doc("Query-string condition.")
  public record QueryCondition(String paramName, @Required List<String> values) {}
}
