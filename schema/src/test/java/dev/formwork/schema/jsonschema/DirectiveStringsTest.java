package dev.formwork.schema.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The directive patterns recognise what the directive pass recognises (docs/directives.md). */
class DirectiveStringsTest {

  private static boolean local(String text) {
    return Pattern.compile(DirectiveStrings.LOCAL).matcher(text).find();
  }

  private static boolean compileTime(String text) {
    return Pattern.compile(DirectiveStrings.NOT_TEMPLATE_TIME).matcher(text).find();
  }

  @Test
  void localDirectivesIncludeCustomOnesAndPropertyPaths() {
    assertEquals(true, local("$Var().db.port"));
    assertEquals(true, local("$File('settings.json').memory"));
    assertEquals(true, local("$Format('{}-{}', $Stage(), 'api')"));
    assertEquals(true, local("$apiKey($Stage(), 2)"));
    assertEquals(true, local("$SecretSauce()"));
  }

  @Test
  void literalsAndTemplateTimeDirectivesAreNotLocalDirectives() {
    assertEquals(false, local("$Stage()-x"));
    assertEquals(false, local("prefix-$Stage()"));
    assertEquals(false, local("$100 (approx)"));
    assertEquals(false, local("$ResourceParam('db', 'host')"));
    assertEquals(false, local("$Secret('api.key')"));
  }

  @Test
  void compileTimeTextRefusesOnlyWholeTemplateTimeDirectives() {
    assertEquals(true, compileTime("index.handler"));
    assertEquals(true, compileTime("$Var().handler"));
    assertEquals(true, compileTime("$ResourceParam('db', 'host')-literal"));
    assertEquals(false, compileTime("$ResourceParam('db', 'host')"));
    assertEquals(false, compileTime("$CfFormat('{}-x', $Stage()).y"));
    assertEquals(false, compileTime("$Secret('multi\nline')"));
  }
}
