package dev.formwork.compiler.directive;

import java.util.Map;
import java.util.Optional;

/** Stacktape directives formwork deliberately leaves out, with what to use instead. */
final class UnsupportedDirectives {

  private static final Map<String, String> HINTS =
      Map.of(
          "StackOutput",
          "formwork compiles without AWS access; use $CfStackOutput(stackName, outputName), which"
              + " becomes Fn::ImportValue.",
          "AwsAccountId",
          "formwork compiles without AWS access; use $CfFormat('${AWS::AccountId}') to get the"
              + " account in the template.",
          "Profile",
          "formwork compiles without AWS access, so the AWS profile is not part of the config; pass"
              + " a value with $CliArgs().");

  private UnsupportedDirectives() {}

  static Optional<String> hint(String name) {
    return Optional.ofNullable(HINTS.get(name));
  }
}
