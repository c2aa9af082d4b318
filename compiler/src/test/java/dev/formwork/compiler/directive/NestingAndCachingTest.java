package dev.formwork.compiler.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.schema.node.ScalarNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Directives nested three levels deep, and memoisation per directive text within one run. */
class NestingAndCachingTest {

  private final Fixture fixture = new Fixture();

  @Test
  void localDirectivesNestThreeLevels() {
    ResolveResult result =
        fixture.resolve(
            "variables:\n  x: 7\n"
                + "value: $Format('{}!', $Format('<{}>', $Format('{}-{}', $Stage(), $Var().x)))\n");
    assertEquals(List.of(), result.diagnostics());
    assertEquals("\"<dev-7>!\"", Fixture.json(Fixture.at(result, "value")));
  }

  @Test
  void templateTimeDirectivesNestThreeLevels() {
    assertEquals(
        "$CfFormat(\"{}/a\",$CfFormat(\"{}/b\",$CfFormat(\"{}/c\",$ResourceParam(\"api\",\"url\"))))",
        fixture.value(
            "$CfFormat('{}/a', $CfFormat('{}/b', $CfFormat('{}/c', $ResourceParam('api',"
                + " 'url'))))"));
  }

  @Test
  void aRepeatedFileIsReadOncePerRun() {
    fixture.host.file("/project/shared.json", "{\"x\": 1, \"y\": {\"z\": 2}}");
    String config =
        "a: $File('shared.json').x\n"
            + "b: $File('shared.json').y.z\n"
            + "c: $Format('{}', $File('shared.json').x)\n"
            + "d: [$File('shared.json'), $File('shared.json')]\n";
    ResolveResult result = fixture.resolve(config);
    assertEquals(List.of(), result.diagnostics());
    assertEquals(1, fixture.host.readsOf("/project/shared.json"));
    assertEquals("\"1\"", Fixture.json(Fixture.at(result, "c")));
    assertEquals("2", Fixture.json(Fixture.at(result, "b")));
    // Each use is located at its own directive, even when the value came from the cache.
    assertEquals(4, Fixture.at(result, "d", 1, "y").location().line());
    assertEquals(
        Fixture.at(result, "d", 1).location(), Fixture.at(result, "d", 1, "y", "z").location());

    // No state survives between runs: a second resolve reads the file again.
    fixture.resolve(config);
    assertEquals(2, fixture.host.readsOf("/project/shared.json"));
  }

  @Test
  void aRepeatedCustomDirectiveRunsOncePerRun() {
    fixture.host.file("/project/d.js", "module.exports = {}");
    fixture.host.custom =
        (directive, args) ->
            CustomDirectiveResult.success(
                ScalarNode.string("v", dev.formwork.schema.diag.SourceLocation.UNKNOWN));
    ResolveResult result =
        fixture.resolve(
            "directives:\n"
                + "  - {name: token, filePath: d.js}\n"
                + "a: $token('x')\n"
                + "b: $token('x')\n"
                + "c: $token('y')\n");
    assertEquals(List.of(), result.diagnostics());
    assertEquals(List.of("token", "token"), fixture.host.customCalls);
  }
}
