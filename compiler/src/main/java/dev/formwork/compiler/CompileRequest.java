package dev.formwork.compiler;

import dev.formwork.compiler.directive.DirectiveHost;
import java.nio.file.Path;

/**
 * One compile: the config file's bytes and label (as diagnostics show it), the folder relative
 * paths resolve against, the options, and the host through which local directives read files and
 * git.
 */
public record CompileRequest(
    String fileLabel,
    byte[] content,
    Path configDirectory,
    CompileOptions options,
    DirectiveHost host) {}
