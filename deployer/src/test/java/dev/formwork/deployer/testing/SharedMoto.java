package dev.formwork.deployer.testing;

/**
 * One moto_server for the whole test JVM (started on first use, stopped at JVM exit), so the
 * integration test classes share its start-up time. Tests use distinct stack names and reset it.
 */
public final class SharedMoto {

  private static MotoServer server;

  private SharedMoto() {}

  public static synchronized MotoServer get() throws Exception {
    if (server == null) {
      // The default credential chain reads these system properties; moto accepts any key.
      System.setProperty("aws.accessKeyId", "testing");
      System.setProperty("aws.secretAccessKey", "testing");
      server = MotoServer.start();
      MotoServer started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
    }
    return server;
  }
}
