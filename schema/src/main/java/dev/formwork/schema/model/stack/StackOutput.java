package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.node.ConfigNode;
import java.util.Optional;

/** One stack output, optionally exported for other stacks. */
@Doc("A stack output.")
public record StackOutput(
    @Doc("Output name.")
        @Pattern(regex = "[A-Za-z0-9]{1,255}", meaning = "alphanumeric (A-Z, a-z, 0-9)")
        String name,
    @Doc("Output value; may use $ResourceParam(), $CfFormat() and other directives.")
        ConfigNode value,
    @Doc("Output description.") Optional<String> description,
    @Doc("Export the output as <StackName><Name> for Fn::ImportValue.") @Default("false")
        boolean export) {}
