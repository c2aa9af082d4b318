package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.PolicyStatement;
import java.util.List;

/**
 * The {@code aws:ses} connectTo macro: sending email through SES from this account and region.
 * Stacktape grants {@code ses:*} on "*"; the three send actions support resource-level permissions
 * on identities, configuration sets and templates, so they are scoped to those of this account and
 * region (SES v2 checks the configuration set and template ARNs too when a request names them):
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsimpleemailservicev2.html
 * It injects no variables.
 */
public final class SesConnection {

  static final String MACRO = "aws:ses";
  static final List<String> ACTIONS =
      List.of("ses:SendEmail", "ses:SendRawEmail", "ses:SendTemplatedEmail");

  private SesConnection() {}

  static void connect(FunctionAssembly function) {
    function.grant(
        Connection.POLICY,
        PolicyStatement.allow(
            ACTIONS,
            List.of(
                Cf.arn("ses", "configuration-set/*"),
                Cf.arn("ses", "identity/*"),
                Cf.arn("ses", "template/*"))));
  }
}
