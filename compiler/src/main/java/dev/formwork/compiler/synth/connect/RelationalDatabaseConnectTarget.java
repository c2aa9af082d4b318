package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.ref.DatabaseRef;
import dev.formwork.compiler.synth.vpc.SecurityGroups;
import dev.formwork.schema.model.RelationalDatabaseResource;
import dev.formwork.schema.model.RelationalDatabaseResource.AccessibilityMode;

/**
 * connectTo a {@code relational-database}: no IAM (the database authenticates with its password);
 * in mode {@code scoping-workloads-in-vpc} an ingress rule from the function's security group, and
 * in the VPC modes the requirement that the function joins the VPC.
 */
public final class RelationalDatabaseConnectTarget implements ConnectTarget<DatabaseRef> {

  @Override
  public Class<RelationalDatabaseResource> resourceType() {
    return RelationalDatabaseResource.class;
  }

  @Override
  public Class<DatabaseRef> refType() {
    return DatabaseRef.class;
  }

  @Override
  public void connect(Connection<DatabaseRef> connection) {
    AccessibilityMode mode = connection.target().accessibilityMode();
    if (!mode.requiresVpc()) {
      return;
    }
    if (!VpcRequirement.check(connection, "its accessibilityMode is " + mode.configValue())) {
      return;
    }
    if (mode == AccessibilityMode.SCOPING_WORKLOADS_IN_VPC) {
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
