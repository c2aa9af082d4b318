package dev.formwork.compiler.source;

/** The stable diagnostic codes the YAML source loader reports. */
public final class SourceCodes {

  public static final String TOO_LARGE = "config.too-large";
  public static final String ENCODING = "config.encoding";
  public static final String EMPTY = "config.empty";
  public static final String NOT_A_MAPPING = "config.not-a-mapping";
  public static final String KEY_NOT_STRING = "config.key-not-string";
  public static final String SYNTAX = "yaml.syntax";
  public static final String INVALID_CHARACTER = "yaml.invalid-character";
  public static final String DUPLICATE_KEY = "yaml.duplicate-key";
  public static final String ALIAS_LIMIT = "yaml.alias-limit";
  public static final String EXPANSION_BUDGET = "yaml.expansion-budget";
  public static final String RECURSIVE_STRUCTURE = "yaml.recursive-structure";
  public static final String UNDEFINED_ALIAS = "yaml.undefined-alias";
  public static final String TOO_DEEP = "yaml.too-deep";
  public static final String CLOUDFORMATION_TAG = "yaml.cloudformation-tag";
  public static final String UNSUPPORTED_TAG = "yaml.unsupported-tag";
  public static final String MERGE_KEY = "yaml.merge-key";
  public static final String MULTIPLE_DOCUMENTS = "yaml.multiple-documents";

  private SourceCodes() {}
}
