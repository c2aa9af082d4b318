package dev.formwork.schema.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Writes the config model's binding rules as code while the schema module compiles: from the root
 * record named by the {@code formwork.modelRoot} option, every reachable record and union, their
 * rules read from the annotations of package {@code dev.formwork.schema.bind} ({@code @YamlName},
 * {@code @Default}, {@code @Range}, {@code @Pattern}, {@code @KeyPattern}, {@code @Required},
 * {@code @NotSupported}, {@code @NoEffect}, {@code @ScalarShorthand}, {@code @Union}), in the text
 * format {@code ModelIndex} reads, one string per record and union in {@code
 * dev.formwork.schema.bind.GeneratedModelIndex}. The binder then reads no annotation at run time
 * (parsing them and generating their proxy classes was a quarter of a one-function compile). {@code
 * ModelIndexTest} checks the text against the annotations read by reflection.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions(ModelIndexProcessor.ROOT_OPTION)
public final class ModelIndexProcessor extends AbstractProcessor {

  static final String ROOT_OPTION = "formwork.modelRoot";
  private static final String BIND = "dev.formwork.schema.bind.";
  private static final String GENERATED = "GeneratedModelIndex";

  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    String rootName = processingEnv.getOptions().get(ROOT_OPTION);
    if (written || rootName == null) {
      return false;
    }
    written = true;
    Elements elements = processingEnv.getElementUtils();
    TypeElement root = elements.getTypeElement(rootName);
    if (root == null) {
      processingEnv
          .getMessager()
          .printMessage(Diagnostic.Kind.ERROR, ROOT_OPTION + " names no class: " + rootName);
      return false;
    }
    Map<String, TypeElement> records = new TreeMap<>();
    Map<String, TypeElement> unions = new TreeMap<>();
    visit(root.asType(), records, unions);
    try (Writer out =
        processingEnv.getFiler().createSourceFile(BIND + GENERATED, root).openWriter()) {
      out.write(source(records, unions));
    } catch (IOException e) {
      processingEnv
          .getMessager()
          .printMessage(Diagnostic.Kind.ERROR, "cannot write " + GENERATED + ": " + e);
    }
    return false;
  }

  /** Records and unions reachable from {@code type}, through type arguments and union variants. */
  private void visit(
      TypeMirror type, Map<String, TypeElement> records, Map<String, TypeElement> unions) {
    if (!(type instanceof DeclaredType declared)) {
      return;
    }
    for (TypeMirror argument : declared.getTypeArguments()) {
      visit(argument, records, unions);
    }
    TypeElement element = (TypeElement) declared.asElement();
    String name = binaryName(element);
    if (element.getKind() == ElementKind.RECORD && records.put(name, element) == null) {
      for (RecordComponentElement component : element.getRecordComponents()) {
        visit(component.asType(), records, unions);
      }
    } else if (element.getKind() == ElementKind.INTERFACE && !unions.containsKey(name)) {
      Optional<AnnotationMirror> union = annotation(element, "Union");
      if (union.isPresent()) {
        unions.put(name, element);
        for (AnnotationValue variant : list(value(union.get(), "variants"))) {
          visit((TypeMirror) value((AnnotationMirror) variant.getValue(), "type"), records, unions);
        }
      }
    }
  }

  private String source(Map<String, TypeElement> records, Map<String, TypeElement> unions) {
    StringBuilder out = new StringBuilder();
    out.append("package dev.formwork.schema.bind;\n\n")
        .append("import javax.annotation.processing.Generated;\n\n")
        .append("/** The config model's binding rules, one text per record and union. */\n")
        .append("@Generated(\"")
        .append(getClass().getName())
        .append("\")\n")
        .append("final class ")
        .append(GENERATED)
        .append(" implements ModelIndex.Data {\n\n");
    method(out, "record", texts(records, this::recordText));
    out.append('\n');
    method(out, "union", texts(unions, this::unionText));
    return out.append("}\n").toString();
  }

  private interface Text {
    String of(TypeElement element);
  }

  private static Map<String, String> texts(Map<String, TypeElement> elements, Text text) {
    Map<String, String> texts = new TreeMap<>();
    elements.forEach((name, element) -> texts.put(name, text.of(element)));
    return texts;
  }

  private void method(StringBuilder out, String name, Map<String, String> texts) {
    Elements elements = processingEnv.getElementUtils();
    out.append("  @Override\n  public String ")
        .append(name)
        .append("(String type) {\n    return switch (type) {\n");
    texts.forEach(
        (type, text) ->
            out.append("      case ")
                .append(elements.getConstantExpression(type))
                .append(" -> ")
                .append(elements.getConstantExpression(text))
                .append(";\n"));
    out.append("      default -> null;\n    };\n  }\n");
  }

  /** A record's property lines and its shorthand, as {@code ModelIndex} reads them. */
  private String recordText(TypeElement record) {
    StringBuilder text = new StringBuilder();
    for (RecordComponentElement component : record.getRecordComponents()) {
      String name = component.getSimpleName().toString();
      List<String> fields = new ArrayList<>(List.of("property", name));
      annotation(component, "YamlName")
          .map(yaml -> (String) value(yaml, "value"))
          .filter(yaml -> !yaml.equals(name))
          .ifPresent(yaml -> fields.add("yaml=" + yaml));
      annotation(component, "Default").ifPresent(d -> fields.add("default=" + value(d, "value")));
      annotation(component, "Range")
          .ifPresent(
              range -> {
                fields.add("min=" + value(range, "min"));
                fields.add("max=" + value(range, "max"));
              });
      annotation(component, "Pattern")
          .ifPresent(
              pattern -> {
                fields.add("pattern=" + value(pattern, "regex"));
                fields.add("meaning=" + value(pattern, "meaning"));
              });
      annotation(component, "KeyPattern")
          .ifPresent(
              keys -> {
                fields.add("keys=" + value(keys, "regex"));
                fields.add("maxLength=" + value(keys, "maxLength"));
                fields.add("keyMeaning=" + value(keys, "meaning"));
              });
      if (annotation(component, "Required").isPresent()) {
        fields.add("required=");
      }
      annotation(component, "NotSupported")
          .ifPresent(why -> fields.add("notSupported=" + value(why, "value")));
      annotation(component, "NoEffect")
          .ifPresent(why -> fields.add("noEffect=" + value(why, "value")));
      line(text, fields);
    }
    annotation(record, "ScalarShorthand")
        .ifPresent(
            shorthand -> line(text, List.of("shorthand", (String) value(shorthand, "value"))));
    return text.toString();
  }

  /** A union's discriminator, variants and unsupported tags, as {@code ModelIndex} reads them. */
  private String unionText(TypeElement union) {
    AnnotationMirror annotation = annotation(union, "Union").orElseThrow();
    StringBuilder text = new StringBuilder();
    line(text, List.of("discriminator", (String) value(annotation, "discriminator")));
    for (AnnotationValue variant : list(value(annotation, "variants"))) {
      AnnotationMirror mirror = (AnnotationMirror) variant.getValue();
      TypeElement type = (TypeElement) ((DeclaredType) value(mirror, "type")).asElement();
      line(text, List.of("variant", (String) value(mirror, "name"), binaryName(type)));
    }
    for (AnnotationValue tag : list(value(annotation, "notSupported"))) {
      line(text, List.of("unsupported", (String) tag.getValue()));
    }
    return text.toString();
  }

  private static void line(StringBuilder text, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      text.append(i == 0 ? "" : "\t").append(escape(fields.get(i)));
    }
    text.append('\n');
  }

  /** Tabs, line breaks and backslashes escaped, so a field stays one field on one line. */
  private static String escape(String value) {
    return value
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  private String binaryName(TypeElement element) {
    return processingEnv.getElementUtils().getBinaryName(element).toString();
  }

  private static Optional<AnnotationMirror> annotation(Element element, String simpleName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(BIND + simpleName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** An annotation element's value, its default when not written. */
  private Object value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        processingEnv.getElementUtils().getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue().getValue();
      }
    }
    throw new IllegalStateException(mirror + " has no element " + name);
  }

  @SuppressWarnings("unchecked")
  private static List<? extends AnnotationValue> list(Object value) {
    return (List<? extends AnnotationValue>) value;
  }
}
