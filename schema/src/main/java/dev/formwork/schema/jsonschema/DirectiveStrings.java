package dev.formwork.schema.jsonschema;

import java.util.List;

/**
 * Regular expressions (ECMA-262 and Java alike) for the strings the directive pass treats as
 * directive calls: the whole string is {@code $Name(...)}, optionally followed by a {@code
 * .property.path} (docs/directives.md, "Recognition").
 */
public final class DirectiveStrings {

  /**
   * The directives that are resolved in the template rather than before binding; a test in the
   * compiler checks this list against its directive registry.
   */
  public static final List<String> TEMPLATE_TIME =
      List.of(
          "ResourceParam", "CfResourceParam", "Secret", "SsmParam", "CfFormat", "CfStackOutput");

  private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";

  /** From the opening parenthesis to the end: the last ')' may only be followed by a path. */
  private static final String CALL = "\\([\\s\\S]*\\)(?:\\.[^)]*)?$";

  private static final String TEMPLATE_NAME = "(?:" + String.join("|", TEMPLATE_TIME) + ")";

  /**
   * A local directive (built-in or custom): the directive pass replaces it by its value before the
   * binder runs, so it may stand for a value of any type.
   */
  public static final String LOCAL = "^\\$(?!" + TEMPLATE_NAME + "\\()" + NAME + CALL;

  /**
   * Any string but a template-time directive, which the binder refuses where the value must be
   * known at compile time.
   */
  public static final String NOT_TEMPLATE_TIME = "^(?!\\$" + TEMPLATE_NAME + CALL + ")";

  private DirectiveStrings() {}
}
