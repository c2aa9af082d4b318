package dev.formwork.deployer;

/** The process exit codes the deployer's results map to, as fixed by the design (section 3). */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int CONFIG_ERROR = 1;
  public static final int DEPLOY_FAILED = 3;

  private ExitCodes() {}
}
