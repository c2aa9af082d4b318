package dev.formwork.compiler.synth.values;

import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.node.DirectiveCall;

/**
 * The meaning of one template-time directive: how a call of it becomes a template value (an
 * intrinsic function or a dynamic reference). Its arguments were checked by the directive class of
 * the same name in the directive pass, so an intrinsic reports only what needs the whole config.
 */
public interface TemplateIntrinsic {

  /** The directive's name as written after {@code $}, as in {@code Directive.name()}. */
  String directive();

  JsonValue resolve(DirectiveCall call, ConfigPath at, IntrinsicScope scope);
}
