package dev.formwork.compiler.naming;

import dev.formwork.schema.model.function.LambdaAlarm;

/**
 * Logical IDs of a function's alarms: {@code <Fn><AlarmName>Alarm} for a named alarm, and {@code
 * <Fn>Alarm<index>} for an unnamed one (referenced as {@code <fn>.alarms.<index>}, as in
 * Stacktape). cloudwatch-alarm events and deployment alarms resolve references through this class,
 * so they always point at the alarm that is actually created.
 */
public final class AlarmNames {

  private AlarmNames() {}

  public static String logicalId(String functionName, LambdaAlarm alarm, int index) {
    String prefix = PascalCase.of(functionName);
    return alarm
        .name()
        .map(name -> prefix + PascalCase.of(name) + "Alarm")
        .orElse(prefix + "Alarm" + index);
  }
}
