package dev.formwork.compiler.directive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The explicit list of directives a resolver knows, by name. Built-ins come from {@link
 * #builtIns()}; custom directives from a config are added per run with {@link #with(Directive)}.
 */
public final class DirectiveRegistry {

  private final Map<String, Directive> byName;

  public DirectiveRegistry(List<Directive> directives) {
    Map<String, Directive> map = new LinkedHashMap<>();
    for (Directive directive : directives) {
      if (map.put(directive.name(), directive) != null) {
        throw new IllegalArgumentException("directive registered twice: " + directive.name());
      }
    }
    this.byName = Collections.unmodifiableMap(map);
  }

  /** Every built-in directive, local ones first. */
  public static DirectiveRegistry builtIns() {
    return new DirectiveRegistry(
        List.of(
            new StageDirective(),
            new RegionDirective(),
            new VarDirective(),
            new ThisDirective(),
            new FormatDirective(),
            new FileDirective(),
            new FileRawDirective(),
            new GitInfoDirective(),
            new CliArgsDirective(),
            new ResourceParamDirective(),
            new CfResourceParamDirective(),
            new SecretDirective(),
            new CfFormatDirective(),
            new CfStackOutputDirective(),
            new SsmParamDirective()));
  }

  public Optional<Directive> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public boolean has(String name) {
    return byName.containsKey(name);
  }

  /** Names in registration order. */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /** A registry with one more directive; the name must not be registered yet. */
  public DirectiveRegistry with(Directive directive) {
    List<Directive> all = new ArrayList<>(byName.values());
    all.add(directive);
    return new DirectiveRegistry(all);
  }
}
