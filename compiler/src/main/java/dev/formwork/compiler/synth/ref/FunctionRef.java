package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.AlarmNames;
import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.function.FunctionAlias;
import dev.formwork.schema.model.function.FunctionProperties;
import dev.formwork.schema.model.function.LambdaAlarm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code function} of the config: {@code <Name>Function}, its URL and log group when it has them,
 * its live alias ({@code stp-live}, created by {@code deployment} or {@code
 * provisionedConcurrency}), its named aliases, and the logical IDs of its alarms.
 */
public record FunctionRef(
    String name,
    boolean hasUrl,
    boolean hasLogGroup,
    boolean hasLiveAlias,
    List<String> aliases,
    Map<String, String> alarmLogicalIds)
    implements ResourceRef, HasArn {

  /** The name of the implicit live alias, as Stacktape names it. */
  public static final String LIVE_ALIAS_NAME = "stp-live";

  public FunctionRef {
    aliases = List.copyOf(aliases);
    alarmLogicalIds = Collections.unmodifiableMap(new LinkedHashMap<>(alarmLogicalIds));
  }

  public static FunctionRef of(String name, FunctionProperties properties) {
    List<String> aliases = new ArrayList<>();
    for (FunctionAlias alias : properties.aliases()) {
      aliases.add(alias.name());
    }
    return new FunctionRef(
        name,
        properties.url().isPresent() && properties.url().get().enabled(),
        properties.logging().isEmpty() || !properties.logging().get().disabled(),
        // SnapStart only restores published versions, so triggers must invoke the live alias.
        properties.deployment().isPresent()
            || properties.provisionedConcurrency().isPresent()
            || properties.snapStart(),
        aliases,
        alarmLogicalIds(name, properties.alarms()));
  }

  /**
   * Every way to refer to a function's alarms ({@code fn.alarms.<i>}, and {@code fn.<name>} for
   * named ones), to logical IDs.
   */
  private static Map<String, String> alarmLogicalIds(String function, List<LambdaAlarm> alarms) {
    Map<String, String> references = new LinkedHashMap<>();
    for (int i = 0; i < alarms.size(); i++) {
      LambdaAlarm alarm = alarms.get(i);
      String logicalId = AlarmNames.logicalId(function, alarm, i);
      if (alarm.name().isPresent()) {
        references.put(function + "." + alarm.name().get(), logicalId);
      }
      references.put(function + ".alarms." + i, logicalId);
    }
    return references;
  }

  public String logicalId() {
    return LogicalIds.function(name);
  }

  @Override
  public JsonValue arn() {
    return Cf.getAtt(logicalId(), "Arn");
  }

  /** The ARN of the function's log group (when {@link #hasLogGroup()}). */
  public JsonValue logGroupArn() {
    return Cf.getAtt(LogicalIds.logGroup(name), "Arn");
  }

  public String liveAliasLogicalId() {
    return LogicalIds.liveAlias(name);
  }

  /** Logical ID of a named alias, or of the live alias for {@code stp-live}. */
  public String aliasLogicalId(String alias) {
    return alias.equals(LIVE_ALIAS_NAME) ? liveAliasLogicalId() : LogicalIds.alias(name, alias);
  }

  /** The ARN of an alias (Ref of an AWS::Lambda::Alias is its ARN). */
  public JsonValue aliasArn(String alias) {
    return Cf.ref(aliasLogicalId(alias));
  }

  /** The aliases a trigger may invoke: the named ones, and {@code stp-live} when it exists. */
  public List<String> invocableAliases() {
    List<String> names = new ArrayList<>(aliases);
    if (hasLiveAlias) {
      names.add(LIVE_ALIAS_NAME);
    }
    return names;
  }

  /**
   * What triggers invoke: the live alias when there is one (Ref of an AWS::Lambda::Alias is its
   * ARN), so traffic follows deployments; else the function itself.
   */
  public JsonValue endpoint() {
    return hasLiveAlias ? Cf.ref(liveAliasLogicalId()) : arn();
  }

  @Override
  public Map<String, JsonValue> params() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    if (hasUrl) {
      params.put("url", Cf.getAtt(LogicalIds.functionUrl(name), "FunctionUrl"));
    }
    if (hasLogGroup) {
      params.put("logGroupArn", logGroupArn());
    }
    params.put("arn", arn());
    // Alias ARNs: $ResourceParam('fn', 'liveAliasArn') and 'aliasArn:PROD'.
    if (hasLiveAlias) {
      params.put("liveAliasArn", Cf.ref(liveAliasLogicalId()));
    }
    for (String alias : aliases) {
      params.put("aliasArn:" + alias, Cf.ref(aliasLogicalId(alias)));
    }
    return params;
  }
}
