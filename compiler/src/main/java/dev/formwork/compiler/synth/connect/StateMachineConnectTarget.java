package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.ref.StateMachineRef;
import dev.formwork.schema.model.StateMachineResource;
import java.util.List;

/**
 * connectTo a {@code state-machine}: start and list executions on the state machine, and describe,
 * stop and read the history of its executions (those actions apply to execution ARNs, which
 * Stacktape grants only for DescribeExecution):
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsstepfunctions.html
 */
public final class StateMachineConnectTarget implements ConnectTarget<StateMachineRef> {

  static final List<String> MACHINE_ACTIONS =
      List.of("states:ListExecutions", "states:StartExecution", "states:StartSyncExecution");
  static final List<String> EXECUTION_ACTIONS =
      List.of("states:DescribeExecution", "states:GetExecutionHistory", "states:StopExecution");

  @Override
  public Class<StateMachineResource> resourceType() {
    return StateMachineResource.class;
  }

  @Override
  public Class<StateMachineRef> refType() {
    return StateMachineRef.class;
  }

  @Override
  public void connect(Connection<StateMachineRef> connection) {
    connection.allow(MACHINE_ACTIONS, List.of(connection.target().arn()));
    connection.allow(EXECUTION_ACTIONS, List.of(connection.target().executionsArn()));
  }
}
