package dev.formwork.compiler.synth.connect;

import dev.formwork.schema.model.ResourceDefinition;

/**
 * What a function gets when it lists a resource of one type in {@code connectTo}: IAM statements
 * scoped to that resource and any network access. The STP_* environment variables are injected by
 * {@link ConnectToIntegrator} for every target alike. One implementation per type, listed in {@link
 * ConnectTargets}.
 */
public interface ConnectTarget<R extends ResourceDefinition> {

  Class<R> type();

  void connect(Connection<R> connection);
}
