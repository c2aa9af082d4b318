package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.node.ConfigNode;
import java.util.Optional;

/** A raw CloudFormation resource from {@code cloudformationResources}, merged as it is. */
@Doc("A raw CloudFormation resource. Use the long form of intrinsics (Ref:, Fn::GetAtt:).")
public record CloudFormationResource(
    @Doc("CloudFormation resource type, e.g. AWS::SNS::Topic.") String Type,
    @Doc("Resource properties.") Optional<ConfigNode> Properties,
    @Doc("Logical IDs this resource depends on.") Optional<ConfigNode> DependsOn,
    @Doc("Resource metadata.") Optional<ConfigNode> Metadata,
    @Doc("Creation policy.") Optional<ConfigNode> CreationPolicy,
    @Doc("Deletion policy: Delete, Retain or Snapshot.") Optional<String> DeletionPolicy,
    @Doc("Replacement policy: Delete, Retain or Snapshot.") Optional<String> UpdateReplacePolicy,
    @Doc("Update policy.") Optional<ConfigNode> UpdatePolicy,
    @Doc("Name of a template condition.") Optional<String> Condition) {}
