package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.ConfigEnum;

/** An S3 event notification type. */
public enum S3EventType implements ConfigEnum {
  S3_OBJECTCREATED_ALL("s3:ObjectCreated:*"),
  S3_OBJECTCREATED_PUT("s3:ObjectCreated:Put"),
  S3_OBJECTCREATED_POST("s3:ObjectCreated:Post"),
  S3_OBJECTCREATED_COPY("s3:ObjectCreated:Copy"),
  S3_OBJECTCREATED_COMPLETEMULTIPARTUPLOAD("s3:ObjectCreated:CompleteMultipartUpload"),
  S3_OBJECTREMOVED_ALL("s3:ObjectRemoved:*"),
  S3_OBJECTREMOVED_DELETE("s3:ObjectRemoved:Delete"),
  S3_OBJECTREMOVED_DELETEMARKERCREATED("s3:ObjectRemoved:DeleteMarkerCreated"),
  S3_OBJECTRESTORE_ALL("s3:ObjectRestore:*"),
  S3_OBJECTRESTORE_POST("s3:ObjectRestore:Post"),
  S3_OBJECTRESTORE_COMPLETED("s3:ObjectRestore:Completed"),
  S3_REDUCEDREDUNDANCYLOSTOBJECT("s3:ReducedRedundancyLostObject"),
  S3_REPLICATION_ALL("s3:Replication:*"),
  S3_REPLICATION_OPERATIONFAILEDREPLICATION("s3:Replication:OperationFailedReplication"),
  S3_REPLICATION_OPERATIONNOTTRACKED("s3:Replication:OperationNotTracked"),
  S3_REPLICATION_OPERATIONMISSEDTHRESHOLD("s3:Replication:OperationMissedThreshold"),
  S3_REPLICATION_OPERATIONREPLICATEDAFTERTHRESHOLD(
      "s3:Replication:OperationReplicatedAfterThreshold");

  private final String value;

  S3EventType(String value) {
    this.value = value;
  }

  @Override
  public String configValue() {
    return value;
  }
}
