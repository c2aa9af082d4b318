package dev.formwork.schema.model;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.KeyPattern;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.model.stack.CloudFormationResource;
import dev.formwork.schema.model.stack.CustomDirectiveDefinition;
import dev.formwork.schema.model.stack.DeploymentConfig;
import dev.formwork.schema.model.stack.Hooks;
import dev.formwork.schema.model.stack.ProviderConfig;
import dev.formwork.schema.model.stack.ScriptDefinition;
import dev.formwork.schema.model.stack.StackConfig;
import dev.formwork.schema.node.ConfigNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The root of a formwork (Stacktape-format) config file. */
@Doc(
    "A formwork config: the resources of one service and how they are deployed. Accepts Stacktape's"
        + " YAML format.")
public record FormworkConfig(
    @Doc(
            "Name of the service; the stack is named <serviceName>-<stage>. Optional:"
                + " --project-name or the config folder's name is used otherwise.")
        @Pattern(
            regex = "[a-zA-Z][-a-zA-Z0-9]*",
            meaning = "a letter followed by letters, digits or dashes")
        Optional<String> serviceName,
    @Doc(
            "The stage commands use when neither --stage (-s) nor FORMWORK_STAGE gives one, e.g."
                + " dev. Must be written as a plain value: it is read before anything else.")
        // A letter first, unlike --stage: the schema describes no number-like stage.
        @Pattern(
            regex = "[a-z][a-z0-9-]{1,31}",
            meaning = "2 to 32 lower-case letters, digits or dashes, starting with a letter")
        Optional<String> defaultStage,
    @Doc("Values read elsewhere in the config with $Var().name.") Map<String, ConfigNode> variables,
    @Doc("The service's resources by name. Names are alphanumeric.")
        @Required
        @KeyPattern(
            regex = RESOURCE_NAME,
            maxLength = MAX_RESOURCE_NAME,
            meaning = "alphanumeric (letters and digits only)")
        Map<String, ResourceDefinition> resources,
    @Doc("Raw CloudFormation resources merged into the template as they are, by logical ID.")
        Map<String, CloudFormationResource> cloudformationResources,
    @Doc("Stack outputs, stack tags and stack-wide settings.") Optional<StackConfig> stackConfig,
    @Doc("Scripts that hooks and `formwork script-run` execute.")
        Map<String, ScriptDefinition> scripts,
    @Doc("Scripts run before or after deploy and delete.") Optional<Hooks> hooks,
    @Doc("Credentials for third-party providers (MongoDB Atlas, Upstash).")
        Optional<ProviderConfig> providerConfig,
    @Doc("Custom directives implemented in JavaScript, TypeScript or Python.")
        List<CustomDirectiveDefinition> directives,
    @Doc("Stack-operation settings used by the deployer (no effect on the template).")
        Optional<DeploymentConfig> deploymentConfig) {

  /** What a stage may be: it becomes part of the stack name and of physical resource names. */
  public static final String STAGE = "[a-z0-9][a-z0-9-]{1,31}";

  /** What a resource name may contain: it becomes part of logical IDs, which are alphanumeric. */
  public static final String RESOURCE_NAME = "[A-Za-z0-9]+";

  /**
   * Long enough for every suffix formwork appends while keeping logical IDs under 255 characters.
   */
  public static final int MAX_RESOURCE_NAME = 128;
}
