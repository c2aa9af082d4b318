package dev.formwork.compiler.synth.values;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The explicit registry of template intrinsics, one per template-time directive. */
public final class TemplateIntrinsics {

  private static final List<TemplateIntrinsic> ALL =
      List.of(
          new ResourceParamIntrinsic(),
          new CfResourceParamIntrinsic(),
          new SecretIntrinsic(),
          new CfFormatIntrinsic(),
          new CfStackOutputIntrinsic(),
          new SsmParamIntrinsic());

  private static final Map<String, TemplateIntrinsic> BY_DIRECTIVE = byDirective();

  private TemplateIntrinsics() {}

  // A loop, not a stream: see "Start-up" in docs/architecture.md.
  private static Map<String, TemplateIntrinsic> byDirective() {
    Map<String, TemplateIntrinsic> byDirective = new HashMap<>();
    for (TemplateIntrinsic intrinsic : ALL) {
      if (byDirective.put(intrinsic.directive(), intrinsic) != null) {
        throw new IllegalStateException(
            "two template intrinsics registered for $" + intrinsic.directive() + "()");
      }
    }
    return Map.copyOf(byDirective);
  }

  public static List<TemplateIntrinsic> all() {
    return ALL;
  }

  /**
   * The intrinsic of a template-time directive. Every such directive has one (RegistryTest checks
   * it), so a missing one is a bug in formwork, not in the config.
   */
  public static TemplateIntrinsic of(String directive) {
    TemplateIntrinsic intrinsic = BY_DIRECTIVE.get(directive);
    if (intrinsic == null) {
      throw new IllegalStateException("no template intrinsic for $" + directive + "()");
    }
    return intrinsic;
  }
}
