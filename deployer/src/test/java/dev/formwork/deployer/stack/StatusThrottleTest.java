package dev.formwork.deployer.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In a CI log, the stack status appears when it changes and otherwise every 30 s. */
class StatusThrottleTest {

  @Test
  void aTenMinuteDeployPolledEveryFourSecondsPrintsTwentyLinesNotOneHundredFifty() {
    StatusThrottle throttle = new StatusThrottle(Duration.ofSeconds(30));
    List<String> printed = new ArrayList<>();
    for (int second = 0; second < 600; second += 4) {
      String status = second < 300 ? "CREATE_IN_PROGRESS" : "UPDATE_IN_PROGRESS";
      if (throttle.shouldPrint(status, Duration.ofSeconds(second).toNanos())) {
        printed.add(second + " " + status);
      }
    }
    // 0, 32, 64, … 288 (10 lines), the change at 300, then 332, … 588 (9 lines).
    assertEquals("0 CREATE_IN_PROGRESS", printed.get(0));
    assertEquals("32 CREATE_IN_PROGRESS", printed.get(1));
    assertEquals("300 UPDATE_IN_PROGRESS", printed.get(10));
    assertEquals(20, printed.size(), printed.toString());
  }
}
