package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.node.ConfigNode;
import java.util.Optional;

/**
 * Settings of the VPC formwork creates when a function joins it or a database or Redis cluster
 * needs it.
 */
@Doc("Settings of the stack's VPC (created only when something needs it).")
public record VpcSettings(
    @Doc(
            "Create a NAT gateway so that functions in the VPC can reach the internet. Off by"
                + " default: a NAT gateway is billed by the hour, and without it functions in the"
                + " VPC reach only the VPC, S3 and DynamoDB.")
        @Default("false")
        boolean natGateway,
    @Doc(
            "NAT gateways as Stacktape spells them: availabilityZones (1 to 3, default 2) NAT"
                + " gateways for the private subnets. formwork's VPC spans two zones, so 3 gives"
                + " two (with a warning).")
        Optional<Nat> nat,
    @NotSupported("formwork creates its own VPC; reusing an existing VPC is not supported yet.")
        Optional<ConfigNode> reuseVpc) {

  /** Stacktape's NAT settings. */
  @Doc("NAT gateways for the VPC's private subnets.")
  public record Nat(
      @Doc("In how many availability zones to put a NAT gateway.")
          @Default("2")
          @Range(min = 1, max = 3)
          int availabilityZones) {}

  /** How many NAT gateways the settings ask for: 0, or one per zone (at most two). */
  public int natGateways() {
    if (nat.isPresent()) {
      return Math.min(nat.get().availabilityZones(), 2);
    }
    return natGateway ? 1 : 0;
  }
}
