package dev.formwork.deployer.testing;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployTarget;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.RetryPolicy;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactManifest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the tests that talk to the shared moto server through a {@link FaultProxy}: a reset moto,
 * clients with fast retries aimed at the proxy, and one small zipped handler in a manifest.
 */
public abstract class ProxiedMotoTest {

  public static final String REGION = "eu-west-1";
  public static final RetryPolicy FAST_RETRY =
      new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(100));
  public static final DeployerSettings FAST =
      new DeployerSettings(Duration.ofMillis(30), Duration.ofSeconds(5), Duration.ofMinutes(2));

  @TempDir protected Path dir;
  protected MotoServer moto;
  protected FaultProxy proxy;
  protected AwsClients clients;
  protected RecordingSink out = new RecordingSink();
  protected Artifact hello;
  protected ArtifactManifest manifest;

  /** The stack the test deploys. */
  protected abstract String stackName();

  /** The JavaScript of the handler packaged as the "hello" artifact. */
  protected abstract String helloSource();

  @BeforeEach
  void startProxiedMoto() throws Exception {
    moto = SharedMoto.get();
    moto.reset();
    proxy = new FaultProxy(moto.endpoint());
    clients = AwsClients.create(DeployTarget.of(stackName(), REGION, proxy.endpoint()), FAST_RETRY);
    hello = StackFixture.zipArtifact(dir, "hello", helloSource());
    manifest = StackFixture.manifest(hello);
  }

  @AfterEach
  void stopProxiedMoto() {
    if (clients != null) {
      clients.close();
    }
    if (proxy != null) {
      proxy.close();
    }
  }
}
