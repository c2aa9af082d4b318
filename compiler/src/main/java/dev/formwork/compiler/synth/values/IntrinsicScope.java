package dev.formwork.compiler.synth.values;

import dev.formwork.compiler.check.LogicalIdReferences;
import dev.formwork.compiler.synth.ResourceIndex;
import dev.formwork.compiler.synth.TemplateValues;
import dev.formwork.schema.diag.Diagnostics;
import java.util.Map;

/**
 * What an intrinsic may use while it resolves a call: the config's resources, the diagnostics, the
 * values resolver (for arguments that are values themselves), the logical IDs to check once the
 * template is complete, the secrets the template references, and the types of the config's {@code
 * cloudformationResources}.
 */
public record IntrinsicScope(
    ResourceIndex resources,
    Diagnostics diagnostics,
    TemplateValues values,
    LogicalIdReferences logicalIds,
    SecretUses secrets,
    Map<String, String> rawResourceTypes) {}
