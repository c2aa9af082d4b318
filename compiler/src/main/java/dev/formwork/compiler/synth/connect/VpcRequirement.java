package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.ref.ResourceRef;
import dev.formwork.schema.diag.Code;

/** The check that a function reaching a VPC-only database or Redis cluster has joined the VPC. */
final class VpcRequirement {

  private VpcRequirement() {}

  /**
   * Reports the missing joinDefaultVpc and returns false, or returns true when the function is in
   * the VPC.
   */
  static boolean check(Connection<? extends ResourceRef> connection, String why) {
    if (connection.function().properties().joinDefaultVpc()) {
      return true;
    }
    connection
        .context()
        .diagnostics()
        .valueError(
            Code.CONFIG_VPC_REQUIRED,
            connection.usedAt(),
            "Function '"
                + connection.function().name()
                + "' cannot reach "
                + connection.targetType()
                + " '"
                + connection.targetName()
                + "' ("
                + why
                + ") because it is not in the VPC.",
            "Set joinDefaultVpc: true on function '"
                + connection.function().name()
                + "'. It then reaches the internet only"
                + " with stackConfig.vpc.natGateway: true.");
    return false;
  }
}
