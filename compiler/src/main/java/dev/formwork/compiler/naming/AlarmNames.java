package dev.formwork.compiler.naming;

import dev.formwork.schema.model.function.LambdaAlarm;
import java.util.Optional;

/**
 * Logical IDs of a function's alarms: {@code <Fn><AlarmName>Alarm} for a named alarm, and {@code
 * <Fn>Alarm<index>} for an unnamed one (referenced as {@code <fn>.alarms.<index>}, as in
 * Stacktape). cloudwatch-alarm events and deployment alarms resolve references through this class,
 * so they always point at the alarm that is actually created.
 */
public final class AlarmNames {

  private AlarmNames() {}

  public static String logicalId(String functionName, LambdaAlarm alarm, int index) {
    return logicalId(functionName, alarm.name(), index);
  }

  /**
   * The alarm of any resource: {@code <Resource><AlarmName>Alarm} or {@code <Resource>Alarm<i>}.
   */
  public static String logicalId(String resourceName, Optional<String> alarmName, int index) {
    String prefix = PascalCase.of(resourceName);
    return alarmName.isPresent()
        ? prefix + PascalCase.of(alarmName.get()) + "Alarm"
        : prefix + "Alarm" + index;
  }
}
