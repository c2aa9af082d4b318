package dev.formwork.schema.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.DirectiveCall;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import dev.formwork.schema.value.TextValue;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every event type has an identity rule, and the rule names properties the type has. */
class EventIdentityTest {

  @Test
  void everyEventTypeHasARuleNamingItsOwnProperties() {
    for (Class<?> type : FunctionEvent.class.getPermittedSubclasses()) {
      EventIdentity.Rule rule = EventIdentity.rule(type.asSubclass(FunctionEvent.class));
      for (String path : rule.identity()) {
        assertThat(exists(type, path)).as("%s has %s", type.getSimpleName(), path).isTrue();
      }
      for (String path : rule.distinguishing()) {
        assertThat(exists(type, path)).as("%s has %s", type.getSimpleName(), path).isTrue();
      }
      assertThat(rule.onePerSource() && !rule.distinguishing().isEmpty())
          .as("%s: one per source needs nothing to tell events apart", type.getSimpleName())
          .isFalse();
    }
  }

  @Test
  void theIdentityIgnoresSettingsAndHowADirectiveIsSpaced() {
    SqsEvent small =
        new SqsEvent(
            new SqsEvent.Properties(
                Optional.of("jobs"),
                Optional.empty(),
                Optional.of(1),
                Optional.empty(),
                false,
                List.of(),
                Optional.empty(),
                true,
                Optional.empty()));
    SqsEvent large =
        new SqsEvent(
            new SqsEvent.Properties(
                Optional.of("jobs"),
                Optional.empty(),
                Optional.of(5),
                Optional.of(3),
                true,
                List.of(),
                Optional.of(4),
                false,
                Optional.empty()));
    assertThat(EventIdentity.identity(small)).isEqualTo(EventIdentity.identity(large));
    assertThat(EventIdentity.identity(small)).isEqualTo("sqsQueueName=\"jobs\";sqsQueueArn=;");

    // An event on an alias is another trigger; without one, the identity is what it always was.
    SqsEvent onDev =
        new SqsEvent(
            new SqsEvent.Properties(
                Optional.of("jobs"),
                Optional.empty(),
                Optional.of(1),
                Optional.empty(),
                false,
                List.of(),
                Optional.empty(),
                true,
                Optional.of("dev")));
    assertThat(EventIdentity.identity(onDev))
        .isEqualTo("sqsQueueName=\"jobs\";sqsQueueArn=;alias=dev;");

    assertThat(EventIdentity.canonical(streamArn("$ResourceParam('users', 'streamArn')")))
        .isEqualTo(EventIdentity.canonical(streamArn("$ResourceParam('users','streamArn')")));
  }

  @Test
  void anUnknownTypeIsABug() {
    assertThatCode(() -> EventIdentity.rule(FunctionEvent.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static TextValue streamArn(String sourceText) {
    SourceLocation here = SourceLocation.UNKNOWN;
    return new TextValue.Deferred(
        new DirectiveCall(
            "ResourceParam",
            List.of(
                new ScalarNode("users", ScalarKind.STRING, here),
                new ScalarNode("streamArn", ScalarKind.STRING, here)),
            List.of(),
            sourceText));
  }

  private static boolean exists(Class<?> type, String path) {
    Class<?> current = type;
    for (String name : ("properties." + path).split("\\.", -1)) {
      Class<?> next = null;
      for (RecordComponent component : current.getRecordComponents()) {
        if (component.getName().equals(name)) {
          next = component.getType();
        }
      }
      if (next == null) {
        return false;
      }
      current = next;
    }
    return true;
  }
}
