package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.value.TextValue;

/** Where a stream event source mapping sends records it gave up on. */
@Doc("On-failure destination of a stream: an SQS queue or SNS topic ARN.")
public record StreamFailureDestination(
    @Doc("Destination ARN.") TextValue arn, @Doc("sqs or sns.") Kind type) {

  /** The destination service. */
  public enum Kind implements ConfigEnum {
    SQS("sqs"),
    SNS("sns");

    private final String value;

    Kind(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }
  }
}
