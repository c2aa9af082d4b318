package dev.formwork.deployer.secret;

/**
 * Reads the value behind one CloudFormation Secrets Manager dynamic reference. Called only at the
 * moment a script or local invocation starts; the value is never logged.
 */
public interface SecretResolver {

  String resolve(DynamicReference reference);
}
