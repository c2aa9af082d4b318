package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.ConfigEnum;

/**
 * The tool that declares a Python function's dependencies: pip (requirements.txt), uv or poetry
 * (pyproject.toml with its lock file), pipenv (Pipfile.lock).
 */
public enum PythonPackageManager implements ConfigEnum {
  PIP("pip"),
  UV("uv"),
  POETRY("poetry"),
  PIPENV("pipenv");

  private final String value;

  PythonPackageManager(String value) {
    this.value = value;
  }

  @Override
  public String configValue() {
    return value;
  }
}
