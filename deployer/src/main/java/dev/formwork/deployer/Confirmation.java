package dev.formwork.deployer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Asks a person to approve a risky step (replacing or deleting stateful resources, re-creating a
 * failed stack). {@link #assumeYes()} is {@code --yes}; {@link #refuse()} is for CI without {@code
 * --yes}.
 */
public interface Confirmation {

  /** Returns true when the step may go ahead. */
  boolean confirm(String question);

  static Confirmation assumeYes() {
    return question -> true;
  }

  static Confirmation refuse() {
    return question -> false;
  }

  /** Asks on a terminal; anything but "y" or "yes" declines, and so does end of input. */
  static Confirmation prompt(PrintStream out, InputStream in) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return question -> {
      out.print(question + " [y/N] ");
      out.flush();
      try {
        String answer = reader.readLine();
        return answer != null
            && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
      } catch (IOException e) {
        return false;
      }
    };
  }
}
