package dev.formwork.compiler.split;

import dev.formwork.compiler.template.Template;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The template of one nested stack of a split app.
 *
 * @param logicalId the {@code AWS::CloudFormation::Stack} resource in the root that creates it
 * @param body the template as formwork writes and uploads it: compact JSON (the root, which people
 *     read first, is written pretty; this body is what CloudFormation reads)
 * @param s3Key where the deployer uploads {@code body} in the stack's deployment bucket: {@code
 *     templates/<sha256 of body>.json}, so an unchanged template is never uploaded twice
 * @param units the units (config resource names) the stack holds
 */
public record NestedTemplate(
    String logicalId, Template template, String body, String s3Key, SortedSet<String> units) {

  public NestedTemplate {
    units = Collections.unmodifiableSortedSet(new TreeSet<>(units));
  }
}
