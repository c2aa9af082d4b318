package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NoEffect;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.model.Tag;
import dev.formwork.schema.model.event.FunctionEvent;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Optional;

/** Every property of a {@code function} resource, with formwork's defaults. */
@Doc("Properties of a Lambda function.")
public record FunctionProperties(
    @Doc(
            "How the function's code is built: stacktape-lambda-buildpack (bundled by formwork) or"
                + " custom-artifact.")
        LambdaPackaging packaging,
    @Doc("Triggers that invoke the function.") List<FunctionEvent> events,
    @Doc("Environment variables. Values may use $ResourceParam() and $Secret().")
        List<EnvironmentVariable> environment,
    @Doc("Lambda runtime. Default: the newest runtime for the entry file's language.")
        Optional<LambdaRuntime> runtime,
    @Doc("Instruction set architecture.") @Default("x86_64") LambdaArchitecture architecture,
    @Doc("Memory in MB; CPU scales with it.") @Default("1024") @Range(min = 128, max = 10240)
        int memory,
    @Doc("Maximum run time in seconds.") @Default("3") @Range(min = 1, max = 900) int timeout,
    @Doc("Ephemeral /tmp storage in MB.")
        @Default("" + FunctionProperties.DEFAULT_STORAGE_MB)
        @Range(min = 512, max = 10240)
        int storage,
    @Doc(
            "Run the function inside the stack's VPC (needed for relational-database and"
                + " redis-cluster).")
        @Default("false")
        boolean joinDefaultVpc,
    @Doc("Tags on the function.") List<Tag> tags,
    @Doc("Where to send the result of asynchronous invocations.")
        Optional<Destinations> destinations,
    @Doc(
            "Asynchronous invocations: how many times Lambda retries after the function returns an"
                + " error. Default (AWS): 2.")
        @Range(min = 0, max = 2)
        Optional<Integer> maximumRetryAttempts,
    @Doc(
            "Asynchronous invocations: how long, in seconds, Lambda keeps an event waiting to be"
                + " processed. Default (AWS): 21600.")
        @Range(min = 60, max = 21600)
        Optional<Integer> maximumEventAgeInSeconds,
    @Doc(
            "Asynchronous invocations: the dead-letter queue for events that fail every attempt, an"
                + " sqs-queue or sns-topic (by resource name, $ResourceParam('<name>', 'arn') or"
                + " ARN). May be combined with destinations.onFailure.")
        Optional<TextValue> deadLetterQueue,
    @Doc("Logging settings.") Optional<FunctionLogging> logging,
    @Doc("Pre-initialised execution environments; publishes a version and a live alias.")
        @Range(min = 1)
        Optional<Integer> provisionedConcurrency,
    @Doc("Concurrency reserved for (and limiting) this function.") @Range(min = 0)
        Optional<Integer> reservedConcurrency,
    @Doc("Layer ARNs, or names of lambda-layer resources. At most 5.") List<TextValue> layers,
    @Doc("Gradual (canary/linear) deployment with CodeDeploy.")
        Optional<DeploymentStrategy> deployment,
    @Doc(
            "Named aliases (e.g. DEV, QA, PROD), each pinned to a version number or following"
                + " 'latest', optionally with weighted routing to a second version. Publishes a"
                + " version. Target an alias from events, destinations and connectTo with"
                + " $ResourceParam('<function>', 'aliasArn:<name>'); 'liveAliasArn' is the stp-live"
                + " alias.")
        List<FunctionAlias> aliases,
    @Doc("CloudWatch alarms on the function.") List<LambdaAlarm> alarms,
    @Doc("Accepted for compatibility; formwork has no global alarms.")
        @NoEffect(
            "Global alarms are a Stacktape Console feature that formwork does not have; define"
                + " the function's own alarms under `alarms`.")
        List<String> disabledGlobalAlarms,
    @Doc("A Lambda function URL.") Optional<FunctionUrl> url,
    @Doc(
            "Resources this function can access: grants IAM permissions and injects STP_*"
                + " environment variables.")
        List<String> connectTo,
    @Doc("Extra IAM statements for the function's role.") List<IamRoleStatement> iamRoleStatements,
    @Doc("AWS X-Ray tracing mode.") Optional<TracingMode> tracing,
    @Doc(
            "Java only: Lambda SnapStart (ApplyOn: PublishedVersions). Publishes a version and a"
                + " live alias, which every trigger invokes, so cold starts resume from a"
                + " snapshot.")
        @Default("false")
        boolean snapStart,
    @NotSupported(
            "CloudFront distributions for functions are not supported yet; put an http-api-gateway"
                + " in front instead.")
        Optional<ConfigNode> cdn,
    @NotSupported("EFS and S3 Files mounts are not supported yet.")
        Optional<ConfigNode> volumeMounts) {

  /** Lambda's ephemeral storage when none is configured; the template omits the setting then. */
  public static final int DEFAULT_STORAGE_MB = 512;
}
