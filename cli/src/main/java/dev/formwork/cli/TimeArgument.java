package dev.formwork.cli;

import dev.formwork.schema.diag.Code;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time on the command line ({@code --since}, {@code --until}): an age such as {@code
 * 30s}, {@code 10m}, {@code 2h}, {@code 7d}, counted back from now; an ISO-8601 time with a zone
 * ({@code 2025-03-01T09:30:00Z}, {@code 2025-03-01T10:30+01:00}); or a date, meaning its start in
 * UTC.
 */
final class TimeArgument {

  private static final Pattern AGE = Pattern.compile("([0-9]{1,9})([smhdw])");

  private TimeArgument() {}

  static Instant parse(String text, String option, Instant now) {
    String value = text.strip();
    Matcher age = AGE.matcher(value);
    if (age.matches()) {
      long amount = Long.parseLong(age.group(1));
      Duration unit =
          switch (age.group(2)) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            default -> Duration.ofDays(7);
          };
      return now.minus(unit.multipliedBy(amount));
    }
    Optional<Instant> instant = iso(value);
    if (instant.isPresent()) {
      return instant.get();
    }
    throw new UsageException(
        Code.CLI_USAGE,
        option + " '" + text + "' is neither an age nor an ISO-8601 time.",
        Optional.of(
            "Write an age back from now (30s, 10m, 2h, 7d, 1w), a time with its zone"
                + " (2025-03-01T09:30:00Z) or a date (2025-03-01, in UTC)."));
  }

  private static Optional<Instant> iso(String value) {
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException notATime) {
      try {
        return Optional.of(LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }
}
