package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code batch-job} of the config: {@code <Name>JobDefinition} with the physical name that
 * SubmitJob permissions name, and {@code <Name>JobQueue}.
 */
public record BatchJobRef(String name, String jobDefinitionName) implements ResourceRef {

  public String jobDefinitionLogicalId() {
    return LogicalIds.jobDefinition(name);
  }

  public String jobQueueLogicalId() {
    return LogicalIds.jobQueue(name);
  }

  /** Ref of an AWS::Batch::JobQueue is its ARN. */
  public JsonValue jobQueueArn() {
    return Cf.ref(jobQueueLogicalId());
  }

  /** The job definition's ARN without a revision. */
  public JsonValue jobDefinitionArn() {
    return Cf.arn("batch", "job-definition/" + jobDefinitionName);
  }

  /** The ARN of every revision of the job definition. */
  public JsonValue jobDefinitionRevisionsArn() {
    return Cf.arn("batch", "job-definition/" + jobDefinitionName + ":*");
  }

  @Override
  public Map<String, JsonValue> params() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("jobDefinitionArn", Cf.ref(jobDefinitionLogicalId()));
    params.put("jobQueueArn", jobQueueArn());
    params.put("logGroupArn", Cf.getAtt(LogicalIds.logGroup(name), "Arn"));
    return params;
  }
}
