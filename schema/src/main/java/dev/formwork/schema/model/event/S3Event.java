package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.model.function.FunctionAlias;
import dev.formwork.schema.value.TextValue;
import java.util.Optional;

/** Invoke the function for object events of an S3 bucket. */
@Doc("Invoke the function for S3 object events.")
public record S3Event(Properties properties) implements FunctionEvent {

  @Override
  public String typeName() {
    return "s3";
  }

  @Override
  public Optional<String> alias() {
    return properties.alias();
  }

  /** The bucket, the event type and the key filter. */
  @Doc("S3 event properties.")
  public record Properties(
      @Doc("Bucket ARN, usually $ResourceParam('<bucket>', 'arn').") TextValue bucketArn,
      @Doc("S3 event type, e.g. s3:ObjectCreated:*.") S3EventType s3EventType,
      @Doc("Object key prefix/suffix filter.") Optional<FilterRule> filterRule,
      @Doc(FunctionEvent.ALIAS_DOC)
          @Pattern(regex = FunctionAlias.NAME_PATTERN, meaning = FunctionAlias.NAME_MEANING)
          Optional<String> alias) {}

  /** Key filter. */
  @Doc("Object key filter.")
  public record FilterRule(Optional<String> prefix, Optional<String> suffix) {}
}
