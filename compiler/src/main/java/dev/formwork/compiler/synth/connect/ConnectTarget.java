package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.ref.ResourceRef;
import dev.formwork.schema.model.ResourceDefinition;

/**
 * What a function gets when it lists a resource of one type in {@code connectTo}: IAM statements
 * scoped to that resource and any network access. The STP_* environment variables are injected by
 * {@link ConnectToIntegrator} for every target alike. One implementation per type, listed in {@link
 * ConnectTargets}.
 */
public interface ConnectTarget<R extends ResourceRef> {

  /** The resource type this target connects to. */
  Class<? extends ResourceDefinition> resourceType();

  /** The reference resources of that type have. */
  Class<R> refType();

  void connect(Connection<R> connection);
}
