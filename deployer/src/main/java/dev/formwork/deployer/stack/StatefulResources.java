package dev.formwork.deployer.stack;

import java.util.Set;

/**
 * The CloudFormation types that hold data a user would lose when the resource is replaced or
 * removed: buckets, tables, queues, databases and log groups, and nested stacks, whose removal
 * deletes everything in them. Changes to these need confirmation.
 */
public final class StatefulResources {

  private static final Set<String> TYPES =
      Set.of(
          "AWS::S3::Bucket",
          "AWS::DynamoDB::Table",
          "AWS::DynamoDB::GlobalTable",
          "AWS::SQS::Queue",
          "AWS::RDS::DBInstance",
          "AWS::RDS::DBCluster",
          "AWS::DocDB::DBCluster",
          "AWS::Neptune::DBCluster",
          "AWS::ElastiCache::ReplicationGroup",
          "AWS::ElastiCache::CacheCluster",
          "AWS::Logs::LogGroup",
          "AWS::CloudFormation::Stack");

  private StatefulResources() {}

  public static boolean isStateful(String resourceType) {
    return TYPES.contains(resourceType);
  }
}
