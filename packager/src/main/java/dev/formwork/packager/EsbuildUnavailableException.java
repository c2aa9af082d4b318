package dev.formwork.packager;

/** esbuild could not be found or provisioned (no network, unknown platform, integrity mismatch). */
public final class EsbuildUnavailableException extends Exception {

  public EsbuildUnavailableException(String message) {
    super(message);
  }

  public EsbuildUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
