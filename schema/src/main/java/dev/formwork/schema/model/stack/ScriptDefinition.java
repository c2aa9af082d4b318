package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;

/** A named script: a tagged union over script types. */
@Union(
    variants = {@Variant(name = "local-script", type = LocalScript.class)},
    notSupported = {"bastion-script", "local-script-with-bastion-tunneling"})
public sealed interface ScriptDefinition permits LocalScript {}
