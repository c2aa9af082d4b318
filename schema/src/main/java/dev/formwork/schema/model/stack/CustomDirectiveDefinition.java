package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Pattern;

/** A user-defined directive: its name and the script file that implements it. */
@Doc("A custom directive, used as $<name>(...).")
public record CustomDirectiveDefinition(
    @Doc("Directive name (case-sensitive).")
        @Pattern(regex = "[A-Za-z_][A-Za-z0-9_]*", meaning = "an identifier")
        String name,
    @Doc("path/to/file.(js|ts|py)[:exportName]") String filePath) {}
