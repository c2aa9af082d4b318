package dev.formwork.schema.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.bind.NoEffect;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.bind.YamlName;
import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No silent settings: every record component of the config model (found by reflection from {@link
 * FormworkConfig}, through lists, maps, optionals and union variants) is either
 * {@code @NotSupported} (an error when given), {@code @NoEffect} (a warning when given), or listed
 * in {@code property-coverage.txt} with the test that shows it changes the template or an artifact:
 * a golden case that sets it (its config must write the property, and the case must have an
 * expected template), or a test method whose own body names it. A new property fails this test
 * until it has one of the three.
 */
class PropertyCoverageTest {

  private static final String MODEL_PACKAGE = "dev.formwork.schema.model.";

  private static final Path REGISTRY =
      RepoRoot.resolve("schema/src/test/resources/property-coverage.txt");

  /**
   * {@code golden:<case>}, {@code test:<repo path>#<method>} (the method names the property), or
   * {@code effect:<repo path>#<method>} (a packager or deployer test of what the mapped input does;
   * it names that input, not the YAML property, so it never stands alone).
   */
  private static final Pattern EVIDENCE =
      Pattern.compile("(golden:[a-z0-9/-]+|(test|effect):[^#\\s]+#\\w+)");

  /** One record component: its key in the registry and its YAML name. */
  record Component(String key, String yamlName, boolean annotated) {}

  @Test
  void everyPropertyHasAnEffectOrADiagnostic() throws IOException {
    Map<String, Component> model = components();
    Map<String, List<String>> registry = registry();
    List<String> problems = new ArrayList<>();
    for (Component component : model.values()) {
      List<String> evidence = registry.getOrDefault(component.key(), List.of());
      if (component.annotated()) {
        if (!evidence.isEmpty()) {
          problems.add(
              component.key()
                  + " is @NotSupported or @NoEffect; remove its line from the registry.");
        }
        continue;
      }
      if (evidence.isEmpty()) {
        problems.add(
            component.key()
                + " has no test showing its effect: add a line `"
                + component.key()
                + " golden:<case>` or `test:<path>#<method>` to "
                + RepoRoot.resolve("").relativize(REGISTRY)
                + ", or mark it @NotSupported or @NoEffect.");
        continue;
      }
      if (evidence.stream().allMatch(item -> item.startsWith("effect:"))) {
        problems.add(
            component.key()
                + " has only effect: evidence; add the golden or test that names the property.");
      }
      for (String item : evidence) {
        check(component, item).ifPresent(problems::add);
      }
    }
    for (String key : registry.keySet()) {
      if (!model.containsKey(key)) {
        problems.add(key + " is in the registry but not in the config model.");
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void theWalkFindsTheWholeModel() {
    Map<String, Component> model = components();
    assertThat(model)
        .containsKeys(
            "FormworkConfig.resources",
            "function.FunctionProperties.memory",
            "function.LanguageSpecificConfig.nodeVersion",
            "event.SqsEvent.Properties.batchSize",
            "stack.DeploymentConfig.terminationProtection",
            "stack.VpcSettings.reuseVpc");
    assertThat(model.get("stack.DeploymentConfig.terminationProtection").annotated()).isFalse();
    assertThat(model.get("stack.VpcSettings.reuseVpc").annotated()).isTrue();
    assertThat(model.size()).isGreaterThan(400);
  }

  /** Why an evidence item does not show the property, or empty. */
  private static Optional<String> check(Component component, String item) throws IOException {
    if (item.startsWith("golden:")) {
      String name = item.substring("golden:".length());
      Path folder =
          name.startsWith("examples/")
              ? RepoRoot.resolve(name)
              : RepoRoot.resolve("compiler/src/test/resources/golden/" + name);
      Path expected =
          name.startsWith("examples/")
              ? RepoRoot.resolve("compiler/src/test/resources/" + name + "/expected.json")
              : folder.resolve("expected.json");
      if (!Files.isRegularFile(folder.resolve("formwork.yml")) || !Files.isRegularFile(expected)) {
        return Optional.of(
            component.key() + ": " + item + " is not a golden case with an expected template.");
      }
      String config = Files.readString(folder.resolve("formwork.yml"), StandardCharsets.UTF_8);
      if (!Pattern.compile("(?m)(^|[\\s{,-])" + Pattern.quote(component.yamlName()) + ":")
          .matcher(config)
          .find()) {
        return Optional.of(
            component.key() + ": " + item + " does not set '" + component.yamlName() + "'.");
      }
      return Optional.empty();
    }
    boolean namesTheProperty = item.startsWith("test:");
    String[] parts = item.substring(item.indexOf(':') + 1).split("#", 2);
    Path file = RepoRoot.resolve(parts[0]);
    if (!Files.isRegularFile(file)) {
      return Optional.of(component.key() + ": " + parts[0] + " does not exist.");
    }
    String source = Files.readString(file, StandardCharsets.UTF_8);
    int start = source.indexOf("void " + parts[1] + "(");
    if (start < 0) {
      return Optional.of(
          component.key() + ": " + parts[0] + " has no test method " + parts[1] + ".");
    }
    // The method itself must name the property: a file that mentions it elsewhere is no evidence.
    int end = source.indexOf("\n  }\n", start);
    String text = source.substring(start, end < 0 ? source.length() : end);
    if (!namesTheProperty) {
      return Optional.empty();
    }
    String capitalised =
        Character.toUpperCase(component.yamlName().charAt(0)) + component.yamlName().substring(1);
    if (!text.contains(component.yamlName()) && !text.contains(capitalised)) {
      return Optional.of(
          component.key()
              + ": "
              + parts[0]
              + "#"
              + parts[1]
              + " never names '"
              + component.yamlName()
              + "'.");
    }
    return Optional.empty();
  }

  /** Every record component reachable from FormworkConfig, by registry key. */
  static Map<String, Component> components() {
    Map<String, Component> found = new TreeMap<>();
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> queue = new ArrayDeque<>(List.of(FormworkConfig.class));
    while (!queue.isEmpty()) {
      Class<?> type = queue.removeFirst();
      if (!seen.add(type)) {
        continue;
      }
      if (type.isInterface() && type.isAnnotationPresent(Union.class)) {
        for (Variant variant : type.getAnnotation(Union.class).variants()) {
          queue.add(variant.type());
        }
        continue;
      }
      if (!type.isRecord()) {
        continue;
      }
      for (RecordComponent component : type.getRecordComponents()) {
        String yamlName =
            component.isAnnotationPresent(YamlName.class)
                ? component.getAnnotation(YamlName.class).value()
                : component.getName();
        String key = type.getName().substring(MODEL_PACKAGE.length()).replace('$', '.');
        found.put(
            key + "." + component.getName(),
            new Component(
                key + "." + component.getName(),
                yamlName,
                component.isAnnotationPresent(NotSupported.class)
                    || component.isAnnotationPresent(NoEffect.class)));
        for (Class<?> referenced : referenced(component.getGenericType())) {
          if (referenced.getName().startsWith(MODEL_PACKAGE)) {
            queue.add(referenced);
          }
        }
      }
    }
    return found;
  }

  private static List<Class<?>> referenced(Type type) {
    List<Class<?>> classes = new ArrayList<>();
    if (type instanceof Class<?> cls) {
      classes.add(cls);
    } else if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        classes.addAll(referenced(argument));
      }
    }
    return classes;
  }

  /** The registry: key → evidence items; lines starting with # are comments. */
  private static Map<String, List<String>> registry() throws IOException {
    Map<String, List<String>> registry = new TreeMap<>();
    for (String line : Files.readAllLines(REGISTRY, StandardCharsets.UTF_8)) {
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] fields = text.split("\\s+", -1);
      List<String> evidence = new ArrayList<>();
      for (int i = 1; i < fields.length; i++) {
        assertThat(EVIDENCE.matcher(fields[i]).matches())
            .as(
                "registry line '%s': '%s' is not golden:<case> or test:<path>#<method>",
                text, fields[i])
            .isTrue();
        evidence.add(fields[i]);
      }
      assertThat(registry.put(fields[0], evidence)).as("%s is listed twice", fields[0]).isNull();
    }
    return registry;
  }
}
