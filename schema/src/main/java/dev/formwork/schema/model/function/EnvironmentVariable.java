package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.value.TextValue;

/** One environment variable; numbers and booleans are kept as written, as strings. */
@Doc("An environment variable.")
public record EnvironmentVariable(
    @Doc("Variable name.")
        @Pattern(
            regex = "[a-zA-Z][a-zA-Z0-9_]*",
            meaning = "a letter followed by letters, digits or underscores")
        String name,
    @Doc("Value: a string, number or boolean (kept as written), or a directive such as $Secret().")
        TextValue value) {}
