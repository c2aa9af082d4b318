package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.ConfigEnum;

/**
 * A Lambda runtime identifier, as CloudFormation spells it. {@code deprecated} marks runtimes AWS
 * has deprecated as of this formwork release (a fixed table: the compiler reads no clock).
 */
public enum LambdaRuntime implements ConfigEnum {
  NODEJS24_X("nodejs24.x", false),
  NODEJS22_X("nodejs22.x", false),
  NODEJS20_X("nodejs20.x", true),
  NODEJS18_X("nodejs18.x", true),
  PYTHON3_14("python3.14", false),
  PYTHON3_13("python3.13", false),
  PYTHON3_12("python3.12", false),
  PYTHON3_11("python3.11", false),
  PYTHON3_10("python3.10", true),
  PYTHON3_9("python3.9", true),
  JAVA25("java25", false),
  JAVA21("java21", false),
  JAVA17("java17", false),
  JAVA11("java11", false),
  RUBY4_0("ruby4.0", false),
  RUBY3_4("ruby3.4", false),
  RUBY3_3("ruby3.3", false),
  DOTNET10("dotnet10", false),
  DOTNET8("dotnet8", true),
  PROVIDED_AL2023("provided.al2023", false),
  PROVIDED_AL2("provided.al2", true);

  private final String value;
  private final boolean deprecated;

  LambdaRuntime(String value, boolean deprecated) {
    this.value = value;
    this.deprecated = deprecated;
  }

  @Override
  public String configValue() {
    return value;
  }

  public boolean deprecated() {
    return deprecated;
  }

  public boolean isNode() {
    return value.startsWith("nodejs");
  }

  public boolean isPython() {
    return value.startsWith("python");
  }

  public boolean isJava() {
    return value.startsWith("java");
  }

  /** An OS-only runtime ({@code provided.al2023}) that runs the package's {@code bootstrap}. */
  public boolean isProvided() {
    return value.startsWith("provided");
  }

  /** The Java version of a Java runtime: {@code java21} gives 21. */
  public int javaVersion() {
    if (!isJava()) {
      throw new IllegalStateException(value + " is not a Java runtime");
    }
    return Integer.parseInt(value.substring("java".length()));
  }
}
