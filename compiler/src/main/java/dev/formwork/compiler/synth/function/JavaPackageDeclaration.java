package dev.formwork.compiler.synth.function;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the package a Java source file declares ({@code package com.example.orders;}), skipping the
 * comments and annotations that may precede it; a file without a declaration is in the unnamed
 * package. https://docs.oracle.com/javase/specs/jls/se21/html/jls-7.html#jls-7.4
 */
public final class JavaPackageDeclaration {

  private static final Pattern DECLARATION =
      Pattern.compile(
          "package\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\s*\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*)*)\\s*;");
  private static final Pattern ANNOTATION =
      Pattern.compile("@[\\p{L}_$][\\p{L}\\p{N}_$.]*(?:\\s*\\([^)]*\\))?");

  private JavaPackageDeclaration() {}

  /** The declared package, such as {@code com.example.orders}; "" for the unnamed package. */
  public static String of(String source) {
    String code = withoutComments(source).strip();
    // Package annotations belong in package-info.java, but javac accepts them before the keyword.
    for (Matcher annotation = ANNOTATION.matcher(code);
        annotation.lookingAt();
        annotation = ANNOTATION.matcher(code)) {
      code = code.substring(annotation.end()).strip();
    }
    Matcher declaration = DECLARATION.matcher(code);
    return declaration.lookingAt() ? declaration.group(1).replaceAll("\\s", "") : "";
  }

  /** The text with line and block comments replaced by a space; string literals are kept. */
  private static String withoutComments(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
        code.append(' ');
      } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
        code.append(' ');
      } else if (c == '"') {
        int end = i + 1;
        while (end < source.length() && source.charAt(end) != '"') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, source.length());
        code.append(source, i, end);
        i = end;
      } else {
        code.append(c);
        i++;
      }
    }
    return code.toString();
  }
}
