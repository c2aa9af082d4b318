package dev.formwork.schema.diag;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code docs/diagnostics.md} from the catalogue: one table per family, in catalogue order,
 * with each code's severity, summary and AWS page.
 */
final class DiagnosticsPage {

  static final String REGENERATE = "scripts/golden update";

  /** What each family covers; families are listed in the order of the catalogue. */
  static final Map<String, String> FAMILIES =
      Map.ofEntries(
          Map.entry("config", "The config file, its values and the references between them"),
          Map.entry(
              "yaml",
              "The YAML layer; where each one points is in [yaml-loading.md](yaml-loading.md)"),
          Map.entry(
              "directive",
              "Directives (`$Var()`, `$File()`, `$ResourceParam()`, …); how they resolve is in"
                  + " [directives.md](directives.md)"),
          Map.entry("template", "The CloudFormation template as a whole"),
          Map.entry("limit", "AWS quotas, checked before anything is deployed"),
          Map.entry("security", "Secrets and permissions that formwork refuses or warns about"),
          Map.entry(
              "packaging",
              "Building artifacts; where each one points is in [packager.md](packager.md)"),
          Map.entry("vpc", "The stack VPC that formwork creates on first need"),
          Map.entry("atlas", "MongoDB Atlas clusters and their project"),
          Map.entry(
              "cli",
              "The command line itself; these exit with code 2 (70 for `cli.internal`), see"
                  + " [cli.md](cli.md)"),
          Map.entry(
              "aws",
              "Reaching AWS and being allowed to act: credentials, profiles, permissions, the"
                  + " network; these exit with code 3, see [cli.md](cli.md)"),
          Map.entry(
              "deploy",
              "Stack operations and the commands around them; these exit with code 3 unless the"
                  + " summary says otherwise"));

  private DiagnosticsPage() {}

  static String render() {
    StringBuilder page = new StringBuilder();
    page.append("# Diagnostic codes\n\n")
        .append("<!-- Generated from schema/src/main/java/dev/formwork/schema/diag/Code.java by")
        .append(" DiagnosticsPage (a schema test class); do not edit by hand. Regenerate with:\n")
        .append("     ")
        .append(REGENERATE)
        .append(" -->\n\n")
        .append("Every problem formwork reports carries one of these codes, in the terminal as")
        .append(" `error[config.unknown-property]` and in `--error-format json` as `\"code\"`.")
        .append(" Codes are stable, so scripts may match on them. Errors stop the run")
        .append(" after the phase that found them; warnings do not.\n\n")
        .append(count(Arrays.asList(Code.values())))
        .append(".\n");
    for (String family : Arrays.stream(Code.values()).map(Code::family).distinct().toList()) {
      List<Code> codes =
          Arrays.stream(Code.values()).filter(code -> code.family().equals(family)).toList();
      page.append("\n## ")
          .append(family)
          .append("\n\n")
          .append(FAMILIES.get(family))
          .append(". ")
          .append(count(codes))
          .append(".\n\n")
          .append("| code | severity | summary | AWS documentation |\n")
          .append("|---|---|---|---|\n");
      for (Code code : codes) {
        page.append("| `")
            .append(code.id())
            .append("` | ")
            .append(code.severity().label())
            .append(" | ")
            .append(code.summary())
            .append(" | ")
            .append(code.link().map(DiagnosticsPage::linkText).orElse(""))
            .append(" |\n");
      }
    }
    return page.toString();
  }

  private static String count(List<Code> codes) {
    long warnings = codes.stream().filter(code -> code.severity() == Severity.WARNING).count();
    long errors = codes.size() - warnings;
    return codes.size()
        + (codes.size() == 1 ? " code: " : " codes: ")
        + errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning" : " warnings");
  }

  /** A link labelled with the page's file name, e.g. {@code [gettingstarted-limits](…)}. */
  private static String linkText(String url) {
    String path = url.replaceFirst("#.*", "");
    String page = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.html$", "");
    return "[" + page + "](" + url + ")";
  }
}
