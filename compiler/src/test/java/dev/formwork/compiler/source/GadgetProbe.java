package dev.formwork.compiler.source;

import java.util.concurrent.atomic.AtomicInteger;

/** A class a malicious tag can name; the tag test checks that the loader never constructs it. */
public final class GadgetProbe {

  static final AtomicInteger CONSTRUCTED = new AtomicInteger();

  public GadgetProbe() {
    CONSTRUCTED.incrementAndGet();
  }

  public GadgetProbe(String ignored) {
    this();
  }
}
