package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NotSupported;
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
    @NotSupported("formwork creates its own VPC; reusing an existing VPC is not supported yet.")
        Optional<ConfigNode> reuseVpc) {}
