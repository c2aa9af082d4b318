package dev.formwork.deployer.testing;

import dev.formwork.deployer.OutputSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An output sink that keeps every line, for assertions; plain (non-interactive) output. */
public final class RecordingSink implements OutputSink {

  private final List<String> lines = new CopyOnWriteArrayList<>();

  @Override
  public void info(String line) {
    lines.add(line);
  }

  @Override
  public void warn(String line) {
    lines.add("WARN " + line);
  }

  @Override
  public void progress(String line) {
    lines.add(line);
  }

  @Override
  public boolean interactive() {
    return false;
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }

  public String text() {
    return String.join("\n", lines);
  }

  public void clear() {
    lines.clear();
  }
}
