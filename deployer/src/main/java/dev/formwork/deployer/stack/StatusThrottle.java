package dev.formwork.deployer.stack;

import java.time.Duration;
import java.util.Objects;

/**
 * Decides which stack-status lines a plain log (CI, a pipe) gets: a status when it changes, and an
 * unchanged one again only after {@code interval}. A terminal redraws one line in place and needs
 * no throttle.
 */
final class StatusThrottle {

  private final long intervalNanos;
  private String lastStatus;
  private long lastPrintedNanos;

  StatusThrottle(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /** True when the status line should be printed at {@code nowNanos}; records it if so. */
  boolean shouldPrint(String status, long nowNanos) {
    if (!Objects.equals(status, lastStatus) || nowNanos - lastPrintedNanos >= intervalNanos) {
      lastStatus = status;
      lastPrintedNanos = nowNanos;
      return true;
    }
    return false;
  }
}
