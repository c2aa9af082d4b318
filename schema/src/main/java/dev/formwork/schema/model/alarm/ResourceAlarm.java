package dev.formwork.schema.model.alarm;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NoEffect;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.model.function.LambdaAlarm;
import java.util.List;
import java.util.Optional;

/**
 * A CloudWatch alarm on a relational-database, http-api-gateway, application-load-balancer or
 * sqs-queue, referred to as {@code <resource>.alarms.<index>} or {@code <resource>.<name>}.
 */
@Doc("A CloudWatch alarm on the resource.")
public record ResourceAlarm(
    @Doc(
            "Alarm name, unique in the resource; other resources refer to the alarm as"
                + " <resource>.<name> (or <resource>.alarms.<index>).")
        Optional<String> name,
    @Doc("What triggers the alarm; the trigger types depend on the resource type.") @Required
        AlarmTrigger trigger,
    @Doc("Evaluation window.") Optional<LambdaAlarm.Evaluation> evaluation,
    @Doc("Where to send the alarm's state changes.") List<NotificationTarget> notificationTargets,
    @Doc("Accepted for compatibility; CloudWatch keeps every alarm's history.")
        @NoEffect(
            "formwork keeps no alarm history of its own; CloudWatch records every alarm's state"
                + " changes.")
        @Default("true")
        boolean includeInHistory,
    @Doc("Alarm description.") Optional<String> description) {}
