package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.ref.RedisClusterRef;
import dev.formwork.compiler.synth.vpc.SecurityGroups;
import dev.formwork.schema.model.RedisClusterResource;

/**
 * connectTo a {@code redis-cluster}: no IAM (Redis authenticates with its AUTH password); the
 * function must be in the VPC, and in mode {@code scoping-workloads-in-vpc} it gets an ingress rule
 * from its security group.
 */
public final class RedisClusterConnectTarget implements ConnectTarget<RedisClusterRef> {

  @Override
  public Class<RedisClusterResource> resourceType() {
    return RedisClusterResource.class;
  }

  @Override
  public Class<RedisClusterRef> refType() {
    return RedisClusterRef.class;
  }

  @Override
  public void connect(Connection<RedisClusterRef> connection) {
    if (!VpcRequirement.check(connection, "Redis clusters are reachable only inside the VPC")) {
      return;
    }
    if (connection.target().accessibilityMode()
        == RedisClusterResource.AccessibilityMode.SCOPING_WORKLOADS_IN_VPC) {
      SecurityGroups.allowFrom(
          PascalCase.of(connection.targetName()),
          connection.function().logicalPrefix(),
          connection.function().name(),
          connection.target().port(),
          connection.function().path(),
          connection.context());
    }
  }
}
