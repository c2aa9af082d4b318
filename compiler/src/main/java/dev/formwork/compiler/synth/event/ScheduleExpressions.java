package dev.formwork.compiler.synth.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks EventBridge schedule expressions, {@code rate(value unit)} and the six-field {@code
 * cron(minutes hours day-of-month month day-of-week year)}, and explains what is wrong, per
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html.
 */
final class ScheduleExpressions {

  private static final Pattern RATE = Pattern.compile("rate\\((.*)\\)");
  private static final Pattern RATE_BODY = Pattern.compile("(\\d+) ([a-z]+)");
  private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
  private static final List<String> UNITS = List.of("minute", "hour", "day");

  /**
   * A field of a cron expression: its name, numeric bounds, extra characters and names it accepts.
   */
  private record Field(String name, int min, int max, String specials, List<String> names) {}

  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private static final List<Field> FIELDS =
      List.of(
          new Field("minutes", 0, 59, ",-*/", List.of()),
          new Field("hours", 0, 23, ",-*/", List.of()),
          new Field("day-of-month", 1, 31, ",-*?/LW", List.of()),
          new Field("month", 1, 12, ",-*/", MONTHS),
          new Field("day-of-week", 1, 7, ",-*?L#", DAYS),
          new Field("year", 1970, 2199, ",-*/", List.of()));

  private ScheduleExpressions() {}

  /** The problem with the expression, or empty when EventBridge accepts it. */
  static Optional<String> problem(String expression) {
    Matcher rate = RATE.matcher(expression);
    if (rate.matches()) {
      return rateProblem(rate.group(1));
    }
    Matcher cron = CRON.matcher(expression);
    if (cron.matches()) {
      return cronProblem(cron.group(1));
    }
    return Optional.of(
        "'"
            + expression
            + "' is neither rate(...) nor cron(...), e.g. rate(5 minutes) or cron(0 12 * * ? *).");
  }

  private static Optional<String> rateProblem(String body) {
    Matcher parts = RATE_BODY.matcher(body);
    if (!parts.matches()) {
      return Optional.of(
          "rate(" + body + ") must be rate(<positive whole number> <unit>), e.g. rate(5 minutes).");
    }
    long value;
    try {
      value = Long.parseLong(parts.group(1));
    } catch (NumberFormatException tooLong) {
      return Optional.of("rate(" + body + ") has a value too large for a schedule.");
    }
    String unit = parts.group(2);
    String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    if (!UNITS.contains(singular)) {
      return Optional.of(
          "rate(" + body + ") has the unit '" + unit + "'; use minute(s), hour(s) or day(s).");
    }
    if (value == 0) {
      return Optional.of("rate(" + body + ") must be at least 1.");
    }
    if (value == 1 && !unit.equals(singular)) {
      return Optional.of(
          "rate(" + body + ") must use the singular unit for 1: rate(1 " + singular + ").");
    }
    if (value > 1 && unit.equals(singular)) {
      return Optional.of(
          "rate("
              + body
              + ") must use the plural unit for values above 1: rate("
              + value
              + " "
              + singular
              + "s).");
    }
    return Optional.empty();
  }

  private static Optional<String> cronProblem(String body) {
    List<String> fields = List.of(body.trim().split("\\s+", -1));
    if (fields.size() != FIELDS.size()) {
      return Optional.of(
          "cron("
              + body
              + ") has "
              + fields.size()
              + " fields; EventBridge needs 6: minutes hours day-of-month month"
              + " day-of-week year, e.g. cron(0 12 * * ? *).");
    }
    for (int i = 0; i < fields.size(); i++) {
      Optional<String> problem =
          fieldProblem(FIELDS.get(i), fields.get(i).toUpperCase(Locale.ROOT));
      if (problem.isPresent()) {
        return Optional.of("cron(" + body + "): " + problem.get());
      }
    }
    boolean dayOfMonthAny = fields.get(2).equals("?");
    boolean dayOfWeekAny = fields.get(4).equals("?");
    if (dayOfMonthAny == dayOfWeekAny) {
      return Optional.of(
          "cron("
              + body
              + "): exactly one of day-of-month and day-of-week must be '?'"
              + " (a value or * in one needs ? in the other).");
    }
    return Optional.empty();
  }

  private static Optional<String> fieldProblem(Field field, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && field.specials().indexOf(c) < 0) {
        return Optional.of(
            "the "
                + field.name()
                + " field '"
                + text
                + "' contains '"
                + c
                + "', which that field does not accept.");
      }
    }
    if (text.equals("?") && field.specials().indexOf('?') < 0) {
      return Optional.of("'?' is only allowed in day-of-month and day-of-week.");
    }
    for (String token : text.split("[,\\-/#]", -1)) {
      if (token.isEmpty() || token.equals("*") || token.equals("?")) {
        continue;
      }
      if (allDigits(token)) {
        long number = token.length() > 6 ? Long.MAX_VALUE : Long.parseLong(token);
        if (text.contains("/" + token) || text.contains("#" + token)) {
          continue; // an increment or an nth-weekday, not a field value
        }
        if (number < field.min() || number > field.max()) {
          return Optional.of(
              "the "
                  + field.name()
                  + " value "
                  + token
                  + " is outside "
                  + field.min()
                  + "-"
                  + field.max()
                  + ".");
        }
        continue;
      }
      boolean named = field.names().contains(token);
      boolean special =
          ((token.equals("L") || token.equals("W") || token.equals("LW"))
                  && field.specials().indexOf('L') >= 0)
              || (token.matches("\\d+[LW]") && field.specials().indexOf('L') >= 0);
      if (!named && !special) {
        return Optional.of(
            "the "
                + field.name()
                + " field has '"
                + token
                + "', which is not a valid value there"
                + (field.names().isEmpty()
                    ? "."
                    : " (names: " + String.join(", ", field.names()) + ")."));
      }
    }
    return Optional.empty();
  }

  private static boolean allDigits(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
