package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NoEffect;
import dev.formwork.schema.model.Tag;
import java.util.List;
import java.util.Optional;

/** Stack-wide settings: outputs and tags of the CloudFormation stack. */
@Doc("Stack outputs, stack tags and stack-wide settings.")
public record StackConfig(
    @Doc("CloudFormation stack outputs.") List<StackOutput> outputs,
    @Doc("Tags applied to the stack, which CloudFormation propagates to its resources.")
        List<Tag> tags,
    @Doc("Accepted for compatibility; formwork keeps no local stack-info files.")
        @NoEffect("formwork keeps no local stack-info files; `formwork info` reads the stack.")
        Optional<Boolean> disableStackInfoSaving,
    @Doc("Accepted for compatibility; formwork keeps no local stack-info files.")
        @NoEffect("formwork keeps no local stack-info files; `formwork info` reads the stack.")
        Optional<String> stackInfoDirectory,
    @Doc(
            "The stack's VPC, created only when a function joins it or a database or Redis cluster"
                + " needs it.")
        Optional<VpcSettings> vpc) {}
