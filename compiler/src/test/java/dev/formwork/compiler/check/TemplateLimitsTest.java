package dev.formwork.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.SerialisedTemplate;
import dev.formwork.compiler.template.Template;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.diag.SourceMap;
import dev.formwork.schema.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The limits of a template serialised once are read from the counts measured while it was written:
 * the size is the UTF-8 size of the printed text (multibyte characters included), dynamic
 * references are counted wherever they occur, and both agree with scanning the text (as for a
 * nested body).
 */
class TemplateLimitsTest {

  @Test
  void theSizeIsTheUtf8SizeOfThePrintedText() {
    // "€" takes 3 bytes in UTF-8: 340,000 of them are about 1,020,000 bytes, under 1,000,000
    // characters.
    SerialisedTemplate big = serialised(Map.of("Big", "€".repeat(340_000)));
    int bytes = big.text().getBytes(StandardCharsets.UTF_8).length;
    assertThat(big.text().length()).isLessThan(StackLimits.CLOUDFORMATION.bytes());
    assertThat(big.utf8Bytes()).isEqualTo(bytes);
    assertThat(errors(big))
        .extracting(Diagnostic::message)
        .containsExactly(
            "The template is "
                + bytes
                + " bytes; CloudFormation accepts at most 1000000 bytes even through S3.");
    assertThat(errors(serialised(Map.of("Small", "€".repeat(330_000))))).isEmpty();
  }

  @Test
  void dynamicReferencesAreCountedInEveryStringUpToSixty() {
    Map<String, String> sixty = new TreeMap<>();
    for (int i = 0; i < 30; i++) {
      sixty.put("Secret" + i, "{{resolve:secretsmanager:a" + i + "}}-{{resolve:ssm:b" + i + "}}");
    }
    assertThat(serialised(sixty).dynamicReferences()).isEqualTo(60);
    assertThat(errors(serialised(sixty))).isEmpty();
    sixty.put("OneMore", "{{resolve:ssm:c}}");
    assertThat(errors(serialised(sixty)))
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            tuple(
                Code.LIMIT_DYNAMIC_REFERENCES,
                "The template has 61 dynamic references ($Secret(), $SsmParam()); CloudFormation"
                    + " allows 60."));
  }

  /** One SSM parameter per entry, its value the entry's text. */
  private static SerialisedTemplate serialised(Map<String, String> values) {
    Map<String, CfResource> resources = new TreeMap<>();
    values.forEach(
        (id, value) ->
            resources.put(
                id,
                CfResource.of(
                    "AWS::SSM::Parameter",
                    JsonObject.builder().put("Type", "String").put("Value", value).build())));
    return SerialisedTemplate.of(
        new Template(new TreeMap<>(resources), new TreeMap<>(), new TreeMap<>(), "limits"));
  }

  /**
   * The errors for the limits the measured counts exceed, after checking that they are the limits a
   * scan of the text finds.
   */
  private static List<Diagnostic> errors(SerialisedTemplate template) {
    List<TemplateLimits.Excess> measured =
        TemplateLimits.excesses(template, StackLimits.CLOUDFORMATION);
    assertThat(measured)
        .isEqualTo(
            TemplateLimits.excesses(
                template.template(), template.text(), StackLimits.CLOUDFORMATION));
    Diagnostics diagnostics = new Diagnostics(SourceMap.none());
    TemplateLimits.check(
        template.template(), template.text(), StackLimits.CLOUDFORMATION, diagnostics);
    assertThat(diagnostics.all()).hasSameSizeAs(measured);
    return diagnostics.all();
  }
}
