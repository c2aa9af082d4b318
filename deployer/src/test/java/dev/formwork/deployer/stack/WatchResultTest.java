package dev.formwork.deployer.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/** Which failure a failed operation names: the real cause, even inside a nested stack. */
class WatchResultTest {

  @Test
  void aFailureInsideANestedStackIsNamedRatherThanItsStackResource() {
    StackWatcher.WatchResult result =
        new StackWatcher.WatchResult(
            Optional.empty(),
            List.of(
                event(
                    "NestedStack01",
                    "AWS::CloudFormation::Stack",
                    "UPDATE_FAILED",
                    "Embedded" + " stack arn:... was not successfully updated."),
                event(
                    "NestedStack01/OtherFunction",
                    "AWS::Lambda::Function",
                    "UPDATE_FAILED",
                    "Resource update cancelled"),
                event(
                    "NestedStack01/HelloFunction",
                    "AWS::Lambda::Function",
                    "UPDATE_FAILED",
                    "Memory size out of range")),
            false);

    assertThat(result.firstFailure().map(StackEvent::logicalResourceId))
        .contains("NestedStack01/HelloFunction");
  }

  @Test
  void aStackResourceIsNamedWhenNothingInsideItFailed() {
    StackWatcher.WatchResult result =
        new StackWatcher.WatchResult(
            Optional.empty(),
            List.of(
                event(
                    "NestedStack01",
                    "AWS::CloudFormation::Stack",
                    "CREATE_FAILED",
                    "Template URL does not exist")),
            false);

    assertThat(result.firstFailure().map(StackEvent::logicalResourceId)).contains("NestedStack01");
  }

  private static StackEvent event(String id, String type, String status, String reason) {
    return StackEvent.builder()
        .logicalResourceId(id)
        .resourceType(type)
        .resourceStatus(status)
        .resourceStatusReason(reason)
        .build();
  }
}
