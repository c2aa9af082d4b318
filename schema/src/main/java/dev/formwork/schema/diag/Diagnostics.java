package dev.formwork.schema.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Collects the diagnostics of one phase. Every reported diagnostic is given its file position from
 * the source map, so phases report against config paths only.
 */
public final class Diagnostics {

  // Written out rather than composed with Comparator.comparing, and a class rather than a lambda:
  // every compile sorts diagnostics (see "Start-up" in docs/architecture.md).
  private static final Comparator<Diagnostic> IN_ORDER =
      new Comparator<>() {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
          int order = a.location().file().compareTo(b.location().file());
          if (order == 0) {
            order = Integer.compare(a.location().line(), b.location().line());
          }
          if (order == 0) {
            order = Integer.compare(a.location().column(), b.location().column());
          }
          if (order == 0) {
            order = a.path().compareTo(b.path());
          }
          if (order == 0) {
            order = a.code().id().compareTo(b.code().id());
          }
          return order != 0 ? order : a.message().compareTo(b.message());
        }
      };

  private final SourceMap sourceMap;
  private final List<Diagnostic> reported = new ArrayList<>();

  public Diagnostics(SourceMap sourceMap) {
    this.sourceMap = sourceMap;
  }

  public Diagnostic report(Diagnostic diagnostic) {
    Diagnostic located =
        diagnostic.location().isKnown()
            ? diagnostic
            : diagnostic.at(sourceMap.locate(diagnostic.path()));
    reported.add(located);
    return located;
  }

  public Diagnostic error(Code code, ConfigPath path, String message) {
    return report(Diagnostic.error(code, path, message));
  }

  public Diagnostic error(Code code, ConfigPath path, String message, String hint) {
    return report(Diagnostic.error(code, path, message).withHint(hint));
  }

  /** An error about the value at {@code path}: located at the value, not at its key. */
  public Diagnostic valueError(Code code, ConfigPath path, String message, Optional<String> hint) {
    Diagnostic diagnostic = Diagnostic.error(code, path, message).at(sourceMap.locateValue(path));
    return report(hint.isPresent() ? diagnostic.withHint(hint.get()) : diagnostic);
  }

  public Diagnostic valueError(Code code, ConfigPath path, String message) {
    return valueError(code, path, message, Optional.empty());
  }

  public Diagnostic valueError(Code code, ConfigPath path, String message, String hint) {
    return valueError(code, path, message, Optional.of(hint));
  }

  /** A warning about the value at {@code path}, located at the value. */
  public Diagnostic valueWarning(Code code, ConfigPath path, String message, String hint) {
    return report(
        Diagnostic.warning(code, path, message).withHint(hint).at(sourceMap.locateValue(path)));
  }

  public Diagnostic warning(Code code, ConfigPath path, String message) {
    return report(Diagnostic.warning(code, path, message));
  }

  public void addAll(List<Diagnostic> diagnostics) {
    for (Diagnostic diagnostic : diagnostics) {
      report(diagnostic);
    }
  }

  public boolean hasErrors() {
    return Diagnostic.anyError(reported);
  }

  public SourceMap sourceMap() {
    return sourceMap;
  }

  /** All diagnostics in a stable order: by file position, then path, then code. */
  public List<Diagnostic> all() {
    List<Diagnostic> sorted = new ArrayList<>(reported);
    sorted.sort(IN_ORDER);
    return List.copyOf(sorted);
  }
}
