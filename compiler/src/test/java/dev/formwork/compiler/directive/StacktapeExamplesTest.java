package dev.formwork.compiler.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example table of reference/stacktape-config.md §2.4 (stage dev, region eu-west-1). */
class StacktapeExamplesTest {

  private static final String VARIABLES =
      "variables:\n  port: 3000\n  nested: {x: 1}\n  a: {b: [p, q]}\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          $Stage()                                                           | "dev"
          $Format('{}-{}.example.com', $Stage(), $Region())                  | "dev-eu-west-1.example.com"
          $Format("{}-api", $Stage())                                        | "dev-api"
          $Format('{}/{}', $Format('{}-x', $Stage()), $Region())             | "dev-x/eu-west-1"
          $Format('{}-{}-{}', 1, true, 2.5)                                  | "1-true-2.5"
          $Format('{}, {}', $Stage(), 'a,b')                                 | "dev, a,b"
          $Var().port                                                        | 3000
          $Var().nested.x                                                    | 1
          $Var().a.b.1                                                       | "q"
          $Var('port')                                                       | {"port":3000,"nested":{"x":1},"a":{"b":["p","q"]}}
          $Var().nope                                                        | error directive.bad-path
          $CfFormat('{}/api/{}', $ResourceParam('api','url'), $Stage())      | $CfFormat("{}/api/{}",$ResourceParam("api","url"),"dev")
          $CfFormat('plain')                                                 | $CfFormat("plain")
          $Format('{}/api', $ResourceParam('api','url'))                     | error directive.local-depends-on-runtime
          prefix-$Stage()                                                    | "prefix-$Stage()"
          """)
  void example(String input, String expected) {
    Fixture fixture = new Fixture();
    ResolveResult result = fixture.resolve(VARIABLES + "value: " + Fixture.quote(input));
    List<String> errors =
        Fixture.errors(result).stream().map(d -> d.code().id()).collect(Collectors.toList());
    if (expected.startsWith("error ")) {
      assertEquals(List.of(expected.substring("error ".length())), errors);
    } else {
      assertEquals(List.of(), errors);
      assertEquals(expected, Fixture.render(Fixture.at(result, "value")));
    }
  }
}
