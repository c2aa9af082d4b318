package dev.formwork.schema.node;

/** The YAML 1.2 core-schema type a plain scalar resolved to; quoted scalars are always STRING. */
public enum ScalarKind {
  STRING("a string"),
  INTEGER("a number"),
  FLOAT("a number"),
  BOOLEAN("a boolean"),
  NULL("null");

  private final String description;

  ScalarKind(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
