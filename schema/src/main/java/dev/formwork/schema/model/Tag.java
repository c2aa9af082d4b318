package dev.formwork.schema.model;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.value.TextValue;

/** A resource or stack tag. */
@Doc("A tag: a name and a value.")
public record Tag(@Doc("Tag key.") String name, @Doc("Tag value.") TextValue value) {}
