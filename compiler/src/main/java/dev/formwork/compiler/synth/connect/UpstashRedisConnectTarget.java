package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.ref.UpstashRedisRef;
import dev.formwork.schema.model.UpstashRedisResource;

/**
 * connectTo an {@code upstash-redis}: the STP_* variables only (host, port, password, tokens, URLs,
 * injected by {@link ConnectToIntegrator}). There is no IAM statement and no network rule, because
 * Upstash is outside AWS and authenticates with the database password and REST tokens.
 */
public final class UpstashRedisConnectTarget implements ConnectTarget<UpstashRedisRef> {

  @Override
  public Class<UpstashRedisResource> resourceType() {
    return UpstashRedisResource.class;
  }

  @Override
  public Class<UpstashRedisRef> refType() {
    return UpstashRedisRef.class;
  }

  @Override
  public void connect(Connection<UpstashRedisRef> connection) {
    // Nothing beyond the variables: see the class comment.
  }
}
