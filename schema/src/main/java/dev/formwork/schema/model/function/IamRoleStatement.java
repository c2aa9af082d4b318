package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Optional;

/** A user IAM statement added to the function's role. */
@Doc("An IAM policy statement.")
public record IamRoleStatement(
    @Doc("Statement ID.") Optional<String> Sid,
    @Doc("Allow or Deny.") @Default("Allow") StatementEffect Effect,
    @Doc("IAM actions, e.g. s3:GetObject.") @Required List<String> Action,
    @Doc("Resource ARNs; directives such as $ResourceParam() are allowed.") @Required
        List<TextValue> Resource,
    @Doc("IAM condition block.") Optional<ConfigNode> Condition) {}
