package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.value.TextValue;
import java.util.Optional;

/** Where Lambda sends the outcome of asynchronous invocations. */
@Doc(
    "Destinations of asynchronous invocations: ARNs of an SQS queue, SNS topic, event bus or"
        + " function.")
public record Destinations(
    @Doc("Destination on success.") Optional<TextValue> onSuccess,
    @Doc("Destination on failure.") Optional<TextValue> onFailure) {}
