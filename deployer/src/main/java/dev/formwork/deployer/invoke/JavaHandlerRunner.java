package dev.formwork.deployer.invoke;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a Java Lambda handler ({@code package.Class::method}) in its own JVM, as {@code formwork
 * invoke --local} does: the function's classes and {@code lib/} jars are the classpath, the event
 * JSON becomes the handler's input (a Map, List, String, number, POJO, or an InputStream for a
 * stream handler), a {@code Context} is provided when the handler asks for one, and the result is
 * written as {@code {"ok":true,"value":...}} or {@code {"ok":false,"errorType":...,
 * "errorMessage":...}}.
 *
 * <p>The class depends on the JDK alone and has no nested classes, so {@link LocalInvoker} can copy
 * its one class file next to the user's code. Arguments: handler, event file, result file.
 */
public final class JavaHandlerRunner {

  private static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";
  private static final String LOGGER = "com.amazonaws.services.lambda.runtime.LambdaLogger";

  private final String text;
  private int position;

  private JavaHandlerRunner(String text) {
    this.text = text;
  }

  public static void main(String[] args) throws Exception {
    Path resultFile = Path.of(args[2]);
    String result;
    try {
      byte[] event = Files.readAllBytes(Path.of(args[1]));
      result = "{\"ok\":true,\"value\":" + invoke(args[0], event) + "}";
    } catch (InvocationTargetException e) {
      result = failure(e.getCause());
      e.getCause().printStackTrace();
    } catch (Exception | LinkageError e) {
      result = failure(e);
      e.printStackTrace();
    }
    Files.writeString(resultFile, result, StandardCharsets.UTF_8);
  }

  /** Calls the handler with the event and returns its result as JSON text. */
  static String invoke(String handler, byte[] event) throws Exception {
    int separator = handler.indexOf("::");
    String className = separator < 0 ? handler : handler.substring(0, separator);
    String methodName = separator < 0 ? "handleRequest" : handler.substring(separator + 2);
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Class<?> type = Class.forName(className, true, loader);
    Method method = handlerMethod(type, methodName);
    Object target = null;
    if (!Modifier.isStatic(method.getModifiers())) {
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      target = constructor.newInstance();
    }
    method.setAccessible(true);
    Type[] parameters = method.getGenericParameterTypes();
    Object[] arguments = new Object[parameters.length];
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    boolean streaming = false;
    for (int i = 0; i < parameters.length; i++) {
      Class<?> raw = rawType(parameters[i]);
      if (raw == InputStream.class) {
        arguments[i] = new ByteArrayInputStream(event);
      } else if (raw == OutputStream.class) {
        arguments[i] = output;
        streaming = true;
      } else if (raw.getName().equals(CONTEXT)) {
        arguments[i] = context(raw);
      } else {
        Object json = new JavaHandlerRunner(new String(event, StandardCharsets.UTF_8)).parse();
        arguments[i] = convert(json, parameters[i]);
      }
    }
    Object returned = method.invoke(target, arguments);
    if (streaming) {
      String written = output.toString(StandardCharsets.UTF_8).strip();
      try {
        return toJson(new JavaHandlerRunner(written).parse());
      } catch (IllegalArgumentException notJson) {
        return toJson(written);
      }
    }
    return toJson(returned);
  }

  /** The public method of that name with the most parameters, as Lambda's Java runtime picks. */
  private static Method handlerMethod(Class<?> type, String name) throws NoSuchMethodException {
    Method best = null;
    for (Method candidate : type.getMethods()) {
      if (candidate.getName().equals(name)
          && !candidate.isBridge()
          && candidate.getParameterCount() <= 3
          && (best == null || candidate.getParameterCount() > best.getParameterCount())) {
        best = candidate;
      }
    }
    if (best == null) {
      throw new NoSuchMethodException(type.getName() + " has no public method " + name);
    }
    return best;
  }

  private static Object context(Class<?> contextType) {
    long deadline =
        System.currentTimeMillis()
            + 1000L * Long.parseLong(env("AWS_LAMBDA_FUNCTION_TIMEOUT", "3"));
    String function = env("AWS_LAMBDA_FUNCTION_NAME", "local");
    String region = env("AWS_REGION", "us-east-1");
    return Proxy.newProxyInstance(
        contextType.getClassLoader(),
        new Class<?>[] {contextType},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "getAwsRequestId":
              return RuntimeApiEmulator.REQUEST_ID;
            case "getFunctionName":
              return function;
            case "getFunctionVersion":
              return "$LATEST";
            case "getInvokedFunctionArn":
              return "arn:aws:lambda:" + region + ":000000000000:function:" + function;
            case "getLogGroupName":
              return "/aws/lambda/" + function;
            case "getLogStreamName":
              return "local";
            case "getMemoryLimitInMB":
              return Integer.parseInt(env("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128"));
            case "getRemainingTimeInMillis":
              return (int) Math.max(0, deadline - System.currentTimeMillis());
            case "getLogger":
              return logger(contextType.getClassLoader());
            case "toString":
              return "local Context for " + function;
            case "hashCode":
              return System.identityHashCode(proxy);
            case "equals":
              return proxy == args[0];
            default:
              return null;
          }
        });
  }

  private static Object logger(ClassLoader loader) throws ClassNotFoundException {
    Class<?> loggerType = Class.forName(LOGGER, false, loader);
    return Proxy.newProxyInstance(
        loader,
        new Class<?>[] {loggerType},
        (proxy, method, args) -> {
          if (method.getName().equals("log") && args != null && args.length > 0) {
            Object message = args[0];
            System.out.println(
                message instanceof byte[] bytes
                    ? new String(bytes, StandardCharsets.UTF_8)
                    : String.valueOf(message));
          }
          return null;
        });
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  // ---- event JSON → the handler's parameter type ----

  private static Class<?> rawType(Type type) {
    if (type instanceof Class<?> raw) {
      return raw;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    return Object.class;
  }

  private static Type typeArgument(Type type, int index) {
    return type instanceof ParameterizedType parameterized
        ? parameterized.getActualTypeArguments()[index]
        : Object.class;
  }

  static Object convert(Object json, Type type) throws ReflectiveOperationException {
    Class<?> raw = rawType(type);
    if (json == null) {
      if (raw == boolean.class) {
        return false;
      }
      return raw.isPrimitive() ? convert(0L, raw) : null;
    }
    if (raw == Object.class) {
      return json;
    }
    if (raw == String.class) {
      return json instanceof String text ? text : toJson(json);
    }
    if (json instanceof Number number) {
      if (raw == int.class || raw == Integer.class) {
        return number.intValue();
      }
      if (raw == long.class || raw == Long.class) {
        return number.longValue();
      }
      if (raw == double.class || raw == Double.class || raw == Number.class) {
        return number.doubleValue();
      }
      if (raw == float.class || raw == Float.class) {
        return number.floatValue();
      }
      if (raw == short.class || raw == Short.class) {
        return number.shortValue();
      }
    }
    if ((raw == boolean.class || raw == Boolean.class) && json instanceof Boolean flag) {
      return flag;
    }
    if (Map.class.isAssignableFrom(raw) && json instanceof Map<?, ?> map) {
      Map<Object, Object> converted = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        converted.put(entry.getKey(), convert(entry.getValue(), typeArgument(type, 1)));
      }
      return converted;
    }
    if (Collection.class.isAssignableFrom(raw) && json instanceof List<?> list) {
      List<Object> converted = new ArrayList<>();
      for (Object element : list) {
        converted.add(convert(element, typeArgument(type, 0)));
      }
      return converted;
    }
    if (json instanceof Map<?, ?> map) {
      return bean(map, raw);
    }
    throw new IllegalArgumentException(
        "cannot turn the event's " + describe(json) + " into " + raw.getName());
  }

  /** A POJO from a JSON object: a no-argument constructor, then setters matched case-blind. */
  private static Object bean(Map<?, ?> json, Class<?> type) throws ReflectiveOperationException {
    Constructor<?> constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object bean = constructor.newInstance();
    Map<String, Method> setters = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Method method : type.getMethods()) {
      if (method.getName().startsWith("set") && method.getParameterCount() == 1) {
        setters.put(method.getName().substring(3), method);
      }
    }
    for (Map.Entry<?, ?> entry : json.entrySet()) {
      Method setter = setters.get(String.valueOf(entry.getKey()));
      if (setter != null) {
        setter.invoke(bean, convert(entry.getValue(), setter.getGenericParameterTypes()[0]));
      }
    }
    return bean;
  }

  private static String describe(Object json) {
    return json instanceof String ? "string" : json instanceof List ? "array" : "value " + json;
  }

  // ---- the handler's result → JSON ----

  static String toJson(Object value) throws ReflectiveOperationException {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) throws ReflectiveOperationException {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String || value instanceof Character || value instanceof Enum) {
      quote(String.valueOf(value), out);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "" : ",");
        first = false;
        quote(String.valueOf(entry.getKey()), out);
        out.append(':');
        write(entry.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof Collection<?> collection) {
      out.append('[');
      boolean first = true;
      for (Object element : collection) {
        out.append(first ? "" : ",");
        first = false;
        write(element, out);
      }
      out.append(']');
    } else {
      Map<String, Object> properties = new TreeMap<>();
      for (Method getter : value.getClass().getMethods()) {
        String name = getter.getName();
        if (getter.getParameterCount() == 0
            && getter.getDeclaringClass() != Object.class
            && !Modifier.isStatic(getter.getModifiers())
            && ((name.startsWith("get") && name.length() > 3)
                || (name.startsWith("is") && name.length() > 2))) {
          String property = name.substring(name.startsWith("get") ? 3 : 2);
          properties.put(
              Character.toLowerCase(property.charAt(0)) + property.substring(1),
              getter.invoke(value));
        }
      }
      write(properties, out);
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static String failure(Throwable error) throws ReflectiveOperationException {
    return "{\"ok\":false,\"errorType\":"
        + toJson(error.getClass().getSimpleName())
        + ",\"errorMessage\":"
        + toJson(String.valueOf(error.getMessage()))
        + "}";
  }

  // ---- a small JSON reader: objects, arrays, strings, numbers, true, false, null ----

  Object parse() {
    Object value = value();
    skipSpace();
    if (position != text.length()) {
      throw new IllegalArgumentException("unexpected text after JSON at " + position);
    }
    return value;
  }

  private Object value() {
    skipSpace();
    if (position >= text.length()) {
      throw new IllegalArgumentException("the JSON ends early");
    }
    char c = text.charAt(position);
    if (c == '{') {
      position++;
      Map<String, Object> object = new LinkedHashMap<>();
      skipSpace();
      if (peek('}')) {
        return object;
      }
      do {
        skipSpace();
        String key = string();
        skipSpace();
        expect(':');
        object.put(key, value());
        skipSpace();
      } while (peek(','));
      expect('}');
      return object;
    }
    if (c == '[') {
      position++;
      List<Object> array = new ArrayList<>();
      skipSpace();
      if (peek(']')) {
        return array;
      }
      do {
        array.add(value());
        skipSpace();
      } while (peek(','));
      expect(']');
      return array;
    }
    if (c == '"') {
      return string();
    }
    for (String word : new String[] {"true", "false", "null"}) {
      if (text.startsWith(word, position)) {
        position += word.length();
        return word.equals("null") ? null : Boolean.valueOf(word);
      }
    }
    int start = position;
    while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    String number = text.substring(start, position);
    if (number.isEmpty()) {
      throw new IllegalArgumentException("not JSON at " + start);
    }
    return number.matches("-?\\d{1,18}") ? (Object) Long.valueOf(number) : Double.valueOf(number);
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (position < text.length() && text.charAt(position) != '"') {
      char c = text.charAt(position++);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = text.charAt(position++);
      switch (escaped) {
        case 'n':
          out.append('\n');
          break;
        case 't':
          out.append('\t');
          break;
        case 'r':
          out.append('\r');
          break;
        case 'b':
          out.append('\b');
          break;
        case 'f':
          out.append('\f');
          break;
        case 'u':
          out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
          position += 4;
          break;
        default:
          out.append(escaped);
      }
    }
    expect('"');
    return out.toString();
  }

  private void skipSpace() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private boolean peek(char c) {
    if (position < text.length() && text.charAt(position) == c) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw new IllegalArgumentException("expected '" + c + "' at " + position + " of the JSON");
    }
  }
}
