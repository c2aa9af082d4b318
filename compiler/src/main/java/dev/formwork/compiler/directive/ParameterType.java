package dev.formwork.compiler.directive;

/** The value type a directive parameter accepts, named as in messages. */
public enum ParameterType {
  STRING("string"),
  NUMBER("number"),
  BOOLEAN("boolean"),
  /** A string, number or boolean (what $Format can insert into text). */
  SCALAR("string, number or boolean"),
  ANY("any value");

  private final String label;

  ParameterType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
