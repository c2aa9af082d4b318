package dev.formwork.compiler.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.diag.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every code a golden case expects is in the catalogue, with the severity the catalogue gives. */
class GoldenCodesTest {

  private static final Pattern HEADLINE =
      Pattern.compile("^(error|warning)\\[([^\\]]+)\\]: ", Pattern.MULTILINE);

  @Test
  void everyExpectedCodeIsCatalogued() throws IOException {
    Map<String, Code> byId =
        Arrays.stream(Code.values()).collect(Collectors.toMap(Code::id, Function.identity()));
    List<String> problems = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (GoldenCase golden : GoldenCases.all()) {
      if (!Files.exists(golden.expectedDiagnostics())) {
        continue;
      }
      Matcher headline = HEADLINE.matcher(Files.readString(golden.expectedDiagnostics()));
      while (headline.find()) {
        String severity = headline.group(1);
        String id = headline.group(2);
        seen.add(id);
        Code code = byId.get(id);
        if (code == null) {
          problems.add(golden.name() + ": " + id + " is not in the catalogue");
        } else if (!code.severity().label().equals(severity)) {
          problems.add(golden.name() + ": " + id + " is shown as " + severity);
        }
      }
    }
    assertTrue(seen.size() > 80, "the goldens should show many codes, found " + seen);
    assertEquals(List.of(), problems);
  }
}
