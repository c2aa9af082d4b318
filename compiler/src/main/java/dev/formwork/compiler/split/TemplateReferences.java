package dev.formwork.compiler.split;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Finds and rewrites the values a template reads: {@code Ref}, {@code Fn::GetAtt} in both forms
 * ({@code [X, Attr]} and {@code "X.Attr"}) and the variables of {@code Fn::Sub} ({@code ${X}},
 * {@code ${X.Attr}}, in the one- and two-argument forms; not the Sub's own variables nor a {@code
 * ${!Literal}}). A {@code Fn::GetAtt} whose attribute is itself an intrinsic is not followed:
 * formwork never writes one.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-sub.html
 */
final class TemplateReferences {

  private TemplateReferences() {}

  /**
   * How a value read across stacks is read instead: the intrinsic that replaces a {@code Ref} or
   * {@code Fn::GetAtt}, and inside {@code Fn::Sub} the variable name to write, with the value to
   * bind it to when the name is no parameter of the template.
   */
  record Crossing(JsonValue expression, String subVariable, Optional<JsonValue> subBinding) {}

  /** Calls {@code sink} for every value {@code value} reads. */
  static void collect(JsonValue value, Consumer<ValueRef> sink) {
    if (value instanceof JsonArray array) {
      for (JsonValue item : array.items()) {
        collect(item, sink);
      }
      return;
    }
    if (!(value instanceof JsonObject object)) {
      return;
    }
    if (object.size() == 1) {
      Optional<ValueRef> direct = direct(object);
      if (direct.isPresent()) {
        sink.accept(direct.get());
        return;
      }
      if (object.get("Fn::Sub").isPresent()) {
        JsonValue sub = object.get("Fn::Sub").get();
        subTextReads(sub, sink);
        for (JsonValue local : subVariables(sub).values()) {
          collect(local, sink);
        }
        return;
      }
    }
    for (JsonValue member : object.members().values()) {
      collect(member, sink);
    }
  }

  /** A copy of {@code value} with every value {@code crossing} names read its new way. */
  static JsonValue rewrite(JsonValue value, Function<ValueRef, Optional<Crossing>> crossing) {
    if (value instanceof JsonArray array) {
      List<JsonValue> items = new ArrayList<>(array.size());
      boolean changed = false;
      for (JsonValue item : array.items()) {
        JsonValue rewritten = rewrite(item, crossing);
        changed |= rewritten != item;
        items.add(rewritten);
      }
      return changed ? new JsonArray(items) : array;
    }
    if (!(value instanceof JsonObject object)) {
      return value;
    }
    if (object.size() == 1) {
      Optional<ValueRef> direct = direct(object);
      if (direct.isPresent()) {
        Optional<Crossing> crossed = crossing.apply(direct.get());
        return crossed.isPresent() ? crossed.get().expression() : object;
      }
      if (object.get("Fn::Sub").isPresent()) {
        return rewriteSub(object, crossing);
      }
    }
    JsonObject.Builder copy = null;
    for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
      JsonValue rewritten = rewrite(member.getValue(), crossing);
      if (rewritten != member.getValue()) {
        if (copy == null) {
          copy = object.toBuilder();
        }
        copy.put(member.getKey(), rewritten);
      }
    }
    return copy == null ? object : copy.build();
  }

  private static JsonValue rewriteSub(
      JsonObject object, Function<ValueRef, Optional<Crossing>> crossing) {
    JsonValue sub = object.get("Fn::Sub").orElseThrow();
    Optional<String> text = subText(sub);
    Map<String, JsonValue> locals = new TreeMap<>();
    boolean changed = false;
    for (Map.Entry<String, JsonValue> local : subVariables(sub).entrySet()) {
      JsonValue rewritten = rewrite(local.getValue(), crossing);
      changed |= rewritten != local.getValue();
      locals.put(local.getKey(), rewritten);
    }
    if (text.isEmpty()) {
      return object;
    }
    Set<String> own = Set.copyOf(locals.keySet());
    StringBuilder out = new StringBuilder();
    int[] copied = {0};
    boolean[] textChanged = {false};
    String template = text.get();
    forEachVariable(
        template,
        (name, start, end) -> {
          if (own.contains(name)) {
            return;
          }
          Optional<Crossing> replaced = crossing.apply(parseVariable(name));
          if (replaced.isEmpty()) {
            return;
          }
          String variable = replaced.get().subVariable();
          Optional<JsonValue> binding = replaced.get().subBinding();
          if (own.contains(variable)) {
            // The Sub has a variable of that name already: bind the value under a fresh one.
            String base = variable;
            for (int n = 2; own.contains(variable) || locals.containsKey(variable); n++) {
              variable = base + n;
            }
            binding = Optional.of(replaced.get().expression());
          }
          out.append(template, copied[0], start).append("${").append(variable).append('}');
          copied[0] = end;
          textChanged[0] = true;
          if (binding.isPresent()) {
            locals.put(variable, binding.get());
          }
        });
    if (!changed && !textChanged[0]) {
      return object;
    }
    out.append(template, copied[0], template.length());
    JsonString newText = new JsonString(out.toString());
    return JsonObject.of(
        "Fn::Sub", locals.isEmpty() ? newText : JsonArray.of(newText, JsonObject.of(locals)));
  }

  /** The value a single-key {@code Ref} or {@code Fn::GetAtt} object reads, if it is one. */
  static Optional<ValueRef> direct(JsonObject object) {
    if (object.get("Ref").orElse(null) instanceof JsonString ref) {
      return Optional.of(ValueRef.ref(ref.value()));
    }
    JsonValue getAtt = object.get("Fn::GetAtt").orElse(null);
    if (getAtt instanceof JsonArray parts
        && parts.size() == 2
        && parts.get(0) instanceof JsonString target
        && parts.get(1) instanceof JsonString attribute) {
      return Optional.of(ValueRef.attribute(target.value(), attribute.value()));
    }
    if (getAtt instanceof JsonString dotted && dotted.value().indexOf('.') > 0) {
      int dot = dotted.value().indexOf('.');
      return Optional.of(
          ValueRef.attribute(dotted.value().substring(0, dot), dotted.value().substring(dot + 1)));
    }
    return Optional.empty();
  }

  /**
   * Calls {@code sink} for each value the text of a {@code Fn::Sub} reads: its {@code ${X}} and
   * {@code ${X.Attr}} that are not variables of the Sub itself (which a walk of the variables'
   * values finds).
   */
  static void subTextReads(JsonValue sub, Consumer<ValueRef> sink) {
    Map<String, JsonValue> locals = subVariables(sub);
    Optional<String> text = subText(sub);
    if (text.isPresent()) {
      forEachVariable(
          text.get(),
          (name, start, end) -> {
            if (!locals.containsKey(name)) {
              sink.accept(parseVariable(name));
            }
          });
    }
  }

  private static Optional<String> subText(JsonValue sub) {
    if (sub instanceof JsonString text) {
      return Optional.of(text.value());
    }
    if (sub instanceof JsonArray parts
        && parts.size() > 0
        && parts.get(0) instanceof JsonString t) {
      return Optional.of(t.value());
    }
    return Optional.empty();
  }

  private static Map<String, JsonValue> subVariables(JsonValue sub) {
    if (sub instanceof JsonArray parts
        && parts.size() > 1
        && parts.get(1) instanceof JsonObject variables) {
      return variables.members();
    }
    return Map.of();
  }

  private static ValueRef parseVariable(String name) {
    int dot = name.indexOf('.');
    return dot < 0
        ? ValueRef.ref(name)
        : ValueRef.attribute(name.substring(0, dot), name.substring(dot + 1));
  }

  /** Receives one {@code ${name}} of a Sub text and where it starts and ends. */
  private interface VariableVisitor {
    void visit(String name, int start, int end);
  }

  /** Visits each variable of a Sub text in order, skipping {@code ${!Literal}}. */
  private static void forEachVariable(String text, VariableVisitor visitor) {
    int from = 0;
    while (true) {
      int start = text.indexOf("${", from);
      if (start < 0) {
        return;
      }
      int close = text.indexOf('}', start + 2);
      if (close < 0) {
        return;
      }
      if (text.charAt(start + 2) != '!') {
        visitor.visit(text.substring(start + 2, close), start, close + 1);
      }
      from = close + 1;
    }
  }
}
