package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.ref.BatchJobRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.model.BatchJobResource;
import java.util.List;

/**
 * connectTo a {@code batch-job}: submit it to its queue, and follow and stop runs. Per
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbatch.html, SubmitJob
 * is scoped to the job definition (every revision) and queue, TerminateJob to jobs of this account
 * and region (a job ARN is unknown until submission), and DescribeJobs and ListJobs support no
 * resource type, so they get "*".
 */
public final class BatchJobConnectTarget implements ConnectTarget<BatchJobRef> {

  static final List<String> UNSCOPED_ACTIONS = List.of("batch:DescribeJobs", "batch:ListJobs");

  @Override
  public Class<BatchJobResource> resourceType() {
    return BatchJobResource.class;
  }

  @Override
  public Class<BatchJobRef> refType() {
    return BatchJobRef.class;
  }

  @Override
  public void connect(Connection<BatchJobRef> connection) {
    BatchJobRef job = connection.target();
    connection.allow(
        List.of("batch:SubmitJob"),
        List.of(job.jobDefinitionArn(), job.jobDefinitionRevisionsArn(), job.jobQueueArn()));
    connection.allow(List.of("batch:TerminateJob"), List.of(Cf.arn("batch", "job/*")));
    connection.allow(UNSCOPED_ACTIONS, List.of(new JsonString("*")));
  }
}
