package dev.formwork.compiler.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.formwork.compiler.directive.DirectiveSyntax.Malformed;
import dev.formwork.compiler.directive.DirectiveSyntax.NotDirective;
import dev.formwork.compiler.directive.DirectiveSyntax.Parsed;
import dev.formwork.compiler.directive.ParsedDirective.Argument;
import dev.formwork.compiler.directive.ParsedDirective.Literal;
import dev.formwork.compiler.directive.ParsedDirective.Nested;
import dev.formwork.schema.node.ScalarKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Recognition and argument parsing of directive strings (reference §2.1). */
class DirectiveSyntaxTest {

  private static ParsedDirective parse(String text) {
    return assertInstanceOf(Parsed.class, DirectiveSyntax.recognise(text)).directive();
  }

  private static String describe(List<Argument> arguments) {
    return arguments.stream()
        .map(
            argument ->
                argument instanceof Literal literal
                    ? literal.kind() + ":" + literal.text()
                    : "nested:" + ((Nested) argument).directive().sourceText())
        .collect(Collectors.joining(" | "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "prefix-$Stage()",
        "$Stage()-suffix",
        " $Stage()",
        "$Stage() ",
        "$100 (approx)",
        "$ 5 (x)",
        "$Stage",
        "$Stage(",
        "$(x)",
        "$Stage()x"
      })
  void literalsAreNotDirectives(String text) {
    assertInstanceOf(NotDirective.class, DirectiveSyntax.recognise(text));
  }

  @Test
  void argumentsAreTypedInStacktapesOrder() {
    ParsedDirective call =
        parse(
            "$X($Stage(), true, false, 0x10, -3, 2.5, 1.0, 'quoted, (with) parens', \"dq\", bare"
                + " text, , '')");
    assertEquals("X", call.name());
    assertEquals(
        "nested:$Stage() | BOOLEAN:true | BOOLEAN:false | INTEGER:16 | INTEGER:-3 | FLOAT:2.5 |"
            + " INTEGER:1 | STRING:quoted, (with) parens | STRING:dq | STRING:bare text | STRING:",
        describe(call.arguments()));
  }

  @Test
  void quotedTextIsVerbatimWithoutEscapeProcessing() {
    ParsedDirective call = parse("$X('it\\'s', \"a\\\"b\")");
    assertEquals(
        List.of(new Literal("it\\'s", ScalarKind.STRING), new Literal("a\\\"b", ScalarKind.STRING)),
        call.arguments());
  }

  @Test
  void propertyPathAndDefinition() {
    ParsedDirective call = parse("$Var().a.b.1");
    assertEquals(List.of("a", "b", "1"), call.propertyPath());
    assertEquals("$Var()", call.definition());
    assertEquals("$Var().a.b.1", call.sourceText());
  }

  @Test
  void nestedDirectivesCarryTheirOwnPath() {
    ParsedDirective call = parse("$Format('{}', $Var().db.host)");
    Nested nested = assertInstanceOf(Nested.class, call.arguments().get(1));
    assertEquals(List.of("db", "host"), nested.directive().propertyPath());
    assertEquals("$Var()", nested.directive().definition());
  }

  @Test
  void malformedDirectivesExplainWhy() {
    assertEquals(
        new Malformed("a parenthesis is never closed"),
        DirectiveSyntax.recognise("$Format('{}', $Stage()"));
    assertEquals(
        new Malformed("a quote is never closed"), DirectiveSyntax.recognise("$Format('x)"));
    assertEquals(
        new Malformed("the text \".\" after the closing parenthesis is not a .property.path"),
        DirectiveSyntax.recognise("$Var()."));
  }
}
