package dev.formwork.deployer.aws;

import software.amazon.awssdk.core.util.VersionInfo;

/** Facts about the bundled AWS SDK for Java, for {@code formwork --version}. */
public final class AwsSdk {

  private AwsSdk() {}

  public static String version() {
    return VersionInfo.SDK_VERSION;
  }
}
