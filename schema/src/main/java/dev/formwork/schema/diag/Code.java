package dev.formwork.schema.diag;

import static dev.formwork.schema.diag.Severity.ERROR;
import static dev.formwork.schema.diag.Severity.WARNING;

import java.util.Optional;

/**
 * The catalogue of every diagnostic formwork reports: its stable id (what users, CI scripts and
 * golden files see), its one severity, a one-line summary and, where one exists, the AWS page that
 * justifies the rule. {@code docs/diagnostics.md} is generated from this list.
 *
 * <p>Entries are grouped by family (the id's prefix); keep each family together. A code is added
 * here first and then reported with {@code Code.NAME}: no reporting method accepts a bare string.
 */
public enum Code {

  // ---- config: loading the file (before YAML is parsed, and the shape of its root) ----

  CONFIG_TOO_LARGE(
      "config.too-large",
      ERROR,
      "The config file is over the loader's size limit (2 MiB, or 2,097,152 code points)."),
  CONFIG_ENCODING(
      "config.encoding", ERROR, "The config file is not UTF-8 (UTF-16/32, or malformed bytes)."),
  CONFIG_EMPTY(
      "config.empty", ERROR, "The config file holds no document: only comments, or only `---`."),
  CONFIG_NOT_A_MAPPING(
      "config.not-a-mapping", ERROR, "The top level of the config is a list or a scalar."),
  CONFIG_KEY_NOT_STRING(
      "config.key-not-string",
      ERROR,
      "A key resolves to a number, boolean or null, or is a list or mapping."),

  // ---- config: binding values to the model ----

  CONFIG_UNKNOWN_PROPERTY(
      "config.unknown-property",
      ERROR,
      "A property the model does not define; the hint names the closest one."),
  CONFIG_MISSING_PROPERTY(
      "config.missing-property",
      ERROR,
      "A required property is missing or null, or the other values need one more property."),
  CONFIG_WRONG_TYPE(
      "config.wrong-type",
      ERROR,
      "A value of the wrong kind: a list or scalar where a mapping is expected, a fraction where a"
          + " whole number is."),
  CONFIG_OUT_OF_RANGE(
      "config.out-of-range", ERROR, "A number outside its allowed range, or too large to hold."),
  CONFIG_INVALID_VALUE(
      "config.invalid-value",
      ERROR,
      "A value that is not one of the allowed values, does not match its pattern, or breaks a"
          + " rule of the service."),
  CONFIG_INVALID_TYPE(
      "config.invalid-type",
      ERROR,
      "The `type` of a resource, event or other tagged union is not one formwork knows."),
  CONFIG_NOT_SUPPORTED(
      "config.not-supported",
      ERROR,
      "A Stacktape property, type or event formwork does not support; the hint says what to use."),
  CONFIG_DIRECTIVE_NOT_ALLOWED(
      "config.directive-not-allowed",
      ERROR,
      "A template-time directive where the value must be known before deployment (compile-time"
          + " properties, stack tags, script environment)."),
  CONFIG_EXACTLY_ONE(
      "config.exactly-one",
      ERROR,
      "Give exactly one of a set of alternatives, such as sqsQueueName or sqsQueueArn."),
  CONFIG_EXCLUSIVE_PROPERTIES(
      "config.exclusive-properties", ERROR, "Properties that cannot be used together."),
  CONFIG_MISSING_CONDITION(
      "config.missing-condition", ERROR, "A load balancer event rule without any condition."),
  CONFIG_PROVISIONED_ONLY(
      "config.provisioned-only",
      ERROR,
      "shardCount on a Kinesis stream whose capacityMode is not PROVISIONED."),
  CONFIG_FIFO_ONLY(
      "config.fifo-only",
      ERROR,
      "A FIFO-only option (content-based deduplication, high throughput) on a standard queue or"
          + " topic.",
      Links.SQS_FIFO_HIGH_THROUGHPUT),
  CONFIG_SQS_BATCH_WINDOW(
      "config.sqs-batch-window",
      ERROR,
      "An sqs event with batchSize over 10 needs maxBatchWindowSeconds of at least 1.",
      Links.LAMBDA_SQS_PARAMETERS),
  CONFIG_ATLAS_SHARED_TIER(
      "config.atlas-shared-tier",
      ERROR,
      "A shared Atlas tier (M0, M2, M5) with options it lacks, or as an auto-scaling tier."),
  CONFIG_ATLAS_SHARDING_TIER(
      "config.atlas-sharding-tier",
      ERROR,
      "A sharded Atlas cluster (numShards above 1) below clusterTier M30."),
  CONFIG_ATLAS_PIT_WITHOUT_BACKUPS(
      "config.atlas-pit-without-backups",
      ERROR,
      "Atlas point-in-time recovery without enableBackups."),
  CONFIG_ATLAS_ELECTABLE_NODES(
      "config.atlas-electable-nodes",
      ERROR,
      "numElectableNodes of an Atlas region is not 3, 5 or 7."),
  CONFIG_ATLAS_AUTOSCALING(
      "config.atlas-autoscaling", ERROR, "Atlas tier auto-scaling with a minimum but no maximum."),

  // ---- config: names and references between entries ----

  CONFIG_INVALID_NAME(
      "config.invalid-name",
      ERROR,
      "A resource name that is not alphanumeric, or longer than formwork allows."),
  CONFIG_UNKNOWN_RESOURCE(
      "config.unknown-resource",
      ERROR,
      "A reference (connectTo, an event, a target) names no resource of the config; the hint"
          + " names the closest one."),
  CONFIG_WRONG_RESOURCE_TYPE(
      "config.wrong-resource-type", ERROR, "A reference names a resource of the wrong type."),
  CONFIG_SELF_REFERENCE(
      "config.self-reference",
      ERROR,
      "A function in its own connectTo, or a queue as its own dead-letter queue."),
  CONFIG_UNKNOWN_SCRIPT(
      "config.unknown-script", ERROR, "A hook runs a script that is not defined under `scripts`."),
  CONFIG_UNKNOWN_OVERRIDE_TARGET(
      "config.unknown-override-target",
      ERROR,
      "`overrides` names a logical ID that is not one of the resource's CloudFormation resources."),
  CONFIG_INVALID_LOGICAL_ID(
      "config.invalid-logical-id",
      ERROR,
      "A logical ID in cloudformationResources that is not alphanumeric or is over 255 characters.",
      Links.CLOUDFORMATION_RESOURCES_SECTION),
  CONFIG_UNKNOWN_SECRET(
      "config.unknown-secret",
      ERROR,
      "A $Secret() names a secret that Secrets Manager does not have in the stack's region (found"
          + " when deploy, preview or diff pin it)."),
  CONFIG_TRANSFER_ACCELERATION(
      "config.transfer-acceleration",
      WARNING,
      "deploymentConfig.disableS3TransferAcceleration: false asks for S3 Transfer Acceleration,"
          + " which formwork does not use."),
  CONFIG_MISSING_PROVIDER(
      "config.missing-provider",
      ERROR,
      "A third-party resource (Upstash, MongoDB Atlas) whose credentials are not in"
          + " providerConfig."),

  // ---- config: resources ----

  CONFIG_DEAD_LETTER_QUEUE_TYPE(
      "config.dead-letter-queue-type",
      ERROR,
      "A queue and its dead-letter queue must both be FIFO or both be standard.",
      Links.SQS_DEAD_LETTER_QUEUES),
  CONFIG_CONFLICTING_KEY_TYPE(
      "config.conflicting-key-type",
      ERROR,
      "A DynamoDB key attribute declared with two different types."),
  CONFIG_INVALID_RANGE(
      "config.invalid-range",
      ERROR,
      "minUnits greater than maxUnits in DynamoDB provisioned-throughput scaling."),
  CONFIG_DUPLICATE_LISTENER_PORT(
      "config.duplicate-listener-port", ERROR, "Two listeners of a load balancer on one port."),
  CONFIG_RESERVED_NAME(
      "config.reserved-name",
      ERROR,
      "An alias named like the live alias that deployment and provisionedConcurrency create."),
  CONFIG_DUPLICATE_ALIAS(
      "config.duplicate-alias", ERROR, "Two aliases of one function with the same name."),
  CONFIG_RETIRED_ENGINE(
      "config.retired-engine",
      WARNING,
      "An Aurora Serverless v1 engine, which AWS retired; formwork creates Aurora Serverless v2.",
      "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless.html"),
  CONFIG_ALARM_TRIGGER_TYPE(
      "config.alarm-trigger-type",
      ERROR,
      "An alarm trigger of another resource type, e.g. database-cpu-utilization on a queue."),
  CONFIG_EXTERNAL_BUCKET_EVENTS(
      "config.external-bucket-events",
      WARNING,
      "An s3 event on a bucket outside the stack, delivered through EventBridge; the bucket must"
          + " send its events there.",
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html"),
  CONFIG_ATTRIBUTE_RENAMED(
      "config.attribute-renamed",
      WARNING,
      "$CfResourceParam asks for Arn of a type whose ARN attribute has another name (SNS:"
          + " TopicArn)."),
  CONFIG_FUNCTION_ARN_AS_LOG_GROUP(
      "config.function-arn-as-log-group",
      WARNING,
      "A cloudwatch-log event names a function's ARN; formwork subscribes to that function's log"
          + " group."),
  CONFIG_UNKNOWN_ALIAS(
      "config.unknown-alias",
      ERROR,
      "An event or connectTo entry names an alias that the function does not define."),
  CONFIG_UNPUBLISHED_ALIAS_VERSION(
      "config.unpublished-alias-version",
      WARNING,
      "An alias pinned to a version above 1, which a first deploy cannot have published yet.",
      "https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html"),

  // ---- config: functions ----

  CONFIG_UNSUPPORTED_ENTRY_FILE(
      "config.unsupported-entry-file",
      ERROR,
      "An entry file the buildpack cannot build (it builds JavaScript, TypeScript, Python, Java and"
          + " Go)."),
  CONFIG_RUNTIME_MISMATCH(
      "config.runtime-mismatch",
      ERROR,
      "A runtime that cannot run the entry file, or a layer runtime of another language."),
  CONFIG_DEPRECATED_RUNTIME(
      "config.deprecated-runtime",
      WARNING,
      "A runtime AWS has deprecated: it no longer receives security updates.",
      Links.LAMBDA_RUNTIMES),
  CONFIG_ENTRY_FILE_MISSING(
      "config.entry-file-missing",
      ERROR,
      "A Java entry file that does not exist; formwork reads its package declaration to name the"
          + " handler class."),
  CONFIG_NO_EFFECT(
      "config.no-effect",
      WARNING,
      "A property formwork accepts for compatibility, or together with another setting, but that"
          + " does nothing."),
  CONFIG_OPTION_FOR_OTHER_LANGUAGE(
      "config.option-for-other-language",
      WARNING,
      "A buildpack option that does not apply to the entry file's language, so it has no effect."),
  CONFIG_SNAP_START(
      "config.snap-start",
      ERROR,
      "snapStart on a non-Java function, or with provisioned concurrency or over 512 MB of"
          + " storage.",
      Links.LAMBDA_SNAP_START),
  CONFIG_RESERVED_ENV_VAR(
      "config.reserved-env-var",
      ERROR,
      "An environment variable whose name Lambda reserves for itself.",
      Links.LAMBDA_ENVIRONMENT_VARIABLES),
  CONFIG_ENV_VAR_NAME(
      "config.env-var-name",
      ERROR,
      "A one-character Lambda environment variable name; Lambda and cfn-lint require two or more.",
      Links.LAMBDA_ENVIRONMENT_VARIABLES),
  CONFIG_ENV_COLLISION(
      "config.env-collision",
      ERROR,
      "One environment variable set twice, for example by the user and by connectTo."),

  // ---- config: events ----

  CONFIG_DUPLICATE_EVENT(
      "config.duplicate-event",
      ERROR,
      "Two events of one function that nothing tells apart: one alarm, or one source with the same"
          + " schedule, pattern or filter."),
  CONFIG_REPEATED_EVENT_SOURCE(
      "config.repeated-event-source",
      ERROR,
      "A second sqs, sns, kinesis, DynamoDB stream or Kafka event of a function on one source;"
          + " AWS allows one per function and source.",
      Links.LAMBDA_EVENT_SOURCE_MAPPING),
  CONFIG_DUPLICATE_ROUTE(
      "config.duplicate-route", ERROR, "Two functions or events define the same HTTP API route."),
  CONFIG_ROUTE_ID_COLLISION(
      "config.route-id-collision",
      ERROR,
      "Two HTTP API routes whose logical IDs would be the same."),
  CONFIG_MIXED_PAYLOAD_FORMATS(
      "config.mixed-payload-formats",
      ERROR,
      "The routes of one function on one HTTP API use different payload formats."),
  CONFIG_DUPLICATE_PRIORITY(
      "config.duplicate-priority",
      ERROR,
      "Two load balancer rules with the same priority on one listener."),
  CONFIG_UNKNOWN_LISTENER(
      "config.unknown-listener",
      ERROR,
      "A load balancer event names a listener port the load balancer does not have."),
  CONFIG_INVALID_JSON(
      "config.invalid-json",
      ERROR,
      "A string that must hold JSON (a filter pattern, an EventBridge input) does not parse."),
  CONFIG_INVALID_SCHEDULE(
      "config.invalid-schedule",
      ERROR,
      "A schedule that is not a valid EventBridge rate() or cron() expression.",
      Links.EVENTBRIDGE_SCHEDULES),
  CONFIG_KAFKA_AUTH(
      "config.kafka-auth",
      ERROR,
      "Kafka authentication and its secrets do not match: MTLS needs clientCertificate, SASL"
          + " needs authenticationSecretArn."),
  CONFIG_FIFO_TOPIC_SUBSCRIPTION(
      "config.fifo-topic-subscription",
      ERROR,
      "A function subscribed to a FIFO topic: SNS delivers FIFO topics only to SQS queues.",
      Links.SNS_FIFO_DELIVERY),
  CONFIG_FIFO_BATCH_WINDOW(
      "config.fifo-batch-window",
      ERROR,
      "A batching window on an sqs event of a FIFO queue, which Lambda does not support.",
      Links.LAMBDA_SQS_BATCH_WINDOW),
  CONFIG_SQS_VISIBILITY_TIMEOUT(
      "config.sqs-visibility-timeout",
      ERROR,
      "A queue that hides received messages for less time than the function may run.",
      Links.LAMBDA_SQS_QUEUE_CONFIG),
  CONFIG_FIFO_DEAD_LETTER_QUEUE(
      "config.fifo-dead-letter-queue",
      ERROR,
      "A FIFO queue as the dead-letter queue of an event-bus or SNS event; it must be standard.",
      Links.SNS_DEAD_LETTER_QUEUES),
  CONFIG_UNKNOWN_ALARM(
      "config.unknown-alarm",
      ERROR,
      "A reference to an alarm that the named function does not define."),
  CONFIG_EXTERNAL_ALARM(
      "config.external-alarm",
      WARNING,
      "An alarm reference whose function part is misspelt; it is used as the name of an"
          + " existing CloudWatch alarm."),

  // ---- config: asynchronous invocation targets ----

  CONFIG_UNDETECTABLE_ASYNC_TARGET(
      "config.undetectable-async-target",
      ERROR,
      "An on-success/on-failure target whose kind formwork cannot tell, so it cannot grant"
          + " access."),
  CONFIG_ASYNC_TARGET_NOT_ARN(
      "config.async-target-not-arn",
      ERROR,
      "An asynchronous-invocation target given by a parameter other than its ARN."),
  CONFIG_FIFO_ASYNC_TARGET(
      "config.fifo-async-target",
      ERROR,
      "A FIFO queue as an asynchronous-invocation target; Lambda delivers only to standard"
          + " queues.",
      Links.LAMBDA_DESTINATION_CONFIG),
  CONFIG_WRONG_ASYNC_TARGET(
      "config.wrong-async-target",
      ERROR,
      "An asynchronous-invocation target of a kind this destination does not accept."),

  // ---- config: connectTo ----

  CONFIG_DUPLICATE_CONNECT_TO(
      "config.duplicate-connect-to", ERROR, "The same entry listed twice in connectTo."),
  CONFIG_CONNECT_UNSUPPORTED(
      "config.connect-unsupported",
      ERROR,
      "connectTo names a resource type it cannot scope access to."),
  CONFIG_VPC_REQUIRED(
      "config.vpc-required",
      ERROR,
      "A resource reachable only inside the VPC, from a function without joinDefaultVpc."),

  // ---- yaml: the YAML layer (see docs/yaml-loading.md for where each one points) ----

  YAML_SYNTAX(
      "yaml.syntax",
      ERROR,
      "A YAML scanner or parser error; tab indentation gets a hint to use spaces."),
  YAML_INVALID_CHARACTER(
      "yaml.invalid-character", ERROR, "A control character (BEL, NUL, ESC, …) in the file."),
  YAML_DUPLICATE_KEY(
      "yaml.duplicate-key",
      ERROR,
      "A key repeated in one mapping, including `1:` next to `\"1\":`."),
  YAML_MERGE_KEY(
      "yaml.merge-key", ERROR, "A `<<` merge key; repeat the keys or use $Var() instead."),
  YAML_CLOUDFORMATION_TAG(
      "yaml.cloudformation-tag",
      ERROR,
      "A CloudFormation short form (`!Ref`, `!GetAtt`, `!Sub`, …); use a directive or the long"
          + " form.",
      Links.CLOUDFORMATION_INTRINSICS),
  YAML_UNSUPPORTED_TAG(
      "yaml.unsupported-tag",
      ERROR,
      "Any other explicit tag, including `!!str` and class names; none is resolved."),
  YAML_ALIAS_LIMIT("yaml.alias-limit", ERROR, "More than 20 aliases to lists or mappings."),
  YAML_EXPANSION_BUDGET(
      "yaml.expansion-budget", ERROR, "Aliases that expand to more than 200,000 nodes."),
  YAML_TOO_DEEP(
      "yaml.too-deep",
      ERROR,
      "Lists and mappings nested more than 64 deep, counted after alias expansion."),
  YAML_RECURSIVE_STRUCTURE(
      "yaml.recursive-structure", ERROR, "An alias inside the collection it names."),
  YAML_UNDEFINED_ALIAS(
      "yaml.undefined-alias", ERROR, "An alias `*name` with no anchor `&name` before it."),
  YAML_MULTIPLE_DOCUMENTS(
      "yaml.multiple-documents", ERROR, "A second YAML document in the config file."),

  // ---- directive: $-directives, resolved locally or turned into template values ----

  DIRECTIVE_UNKNOWN(
      "directive.unknown",
      ERROR,
      "An unknown directive (the hint names the closest), or a Stacktape directive formwork does"
          + " not support."),
  DIRECTIVE_SYNTAX(
      "directive.syntax",
      ERROR,
      "Looks like a directive but does not parse: an unclosed parenthesis or quote, or text after"
          + " the call."),
  DIRECTIVE_BAD_ARGUMENT(
      "directive.bad-argument",
      ERROR,
      "A required argument missing or empty, or of the wrong type; an invalid $GitInfo or"
          + " $Secret argument."),
  DIRECTIVE_EXTRA_ARGUMENT(
      "directive.extra-argument",
      WARNING,
      "More arguments than the directive takes; the extra ones are ignored."),
  DIRECTIVE_BAD_PATH(
      "directive.bad-path",
      ERROR,
      "A property path after a directive that cannot be followed; the hint gives the longest one"
          + " that can."),
  DIRECTIVE_FORMAT_ARITY(
      "directive.format-arity",
      ERROR,
      "The number of `{}` in $Format or $CfFormat differs from the number of values."),
  DIRECTIVE_FILE_NOT_FOUND(
      "directive.file-not-found",
      ERROR,
      "The file of $File, $FileRaw or a custom directive does not exist or cannot be read."),
  DIRECTIVE_UNSUPPORTED_FILE(
      "directive.unsupported-file",
      ERROR,
      "$File of a file that is not .env, JSON, YAML or INI, or a custom directive that is not"
          + " .js, .ts or .py."),
  DIRECTIVE_BAD_FILE(
      "directive.bad-file", ERROR, "A JSON or YAML file read by $File that does not parse."),
  DIRECTIVE_MISSING_VALUE(
      "directive.missing-value",
      ERROR,
      "A directive with no value: $CliArgs without argument or default, $Var() without"
          + " `variables`, a $GitInfo fact git cannot tell."),
  DIRECTIVE_LOCAL_DEPENDS_ON_RUNTIME(
      "directive.local-depends-on-runtime",
      ERROR,
      "A local directive given a template-time value; combine those with $CfFormat."),
  DIRECTIVE_CYCLE(
      "directive.cycle",
      ERROR,
      "Variables or $This() paths that refer to each other, or a file that loads itself."),
  DIRECTIVE_DUPLICATE(
      "directive.duplicate",
      ERROR,
      "A custom directive named like a built-in one, or declared twice."),
  DIRECTIVE_BAD_DECLARATION(
      "directive.bad-declaration", ERROR, "A malformed entry in the `directives` section."),
  DIRECTIVE_CUSTOM_FAILED(
      "directive.custom-failed",
      ERROR,
      "A custom directive's function threw; the message gives the first line of its error."),
  DIRECTIVE_VAR_ARGUMENT(
      "directive.var-argument",
      WARNING,
      "$Var('x') returns the whole variables map; write $Var().x."),
  DIRECTIVE_UNKNOWN_RESOURCE(
      "directive.unknown-resource",
      ERROR,
      "$ResourceParam() names no resource of the config; the hint names the closest one."),
  DIRECTIVE_UNKNOWN_PARAM(
      "directive.unknown-param",
      ERROR,
      "$ResourceParam() asks for a parameter the resource type does not have."),
  DIRECTIVE_UNKNOWN_LOGICAL_ID(
      "directive.unknown-logical-id",
      ERROR,
      "$CfResourceParam() names a logical ID that is not in the template."),
  DIRECTIVE_UNKNOWN_ATTRIBUTE(
      "directive.unknown-attribute",
      ERROR,
      "$CfResourceParam() names an attribute that the resource's type does not have.",
      Links.CLOUDFORMATION_GET_ATT),
  DIRECTIVE_CROSS_REGION_IMPORT(
      "directive.cross-region-import",
      ERROR,
      "$CfStackOutput() of a stack in another region; Fn::ImportValue reads only its own region.",
      Links.CLOUDFORMATION_IMPORT_VALUE),

  // ---- template: the CloudFormation template as a whole ----

  TEMPLATE_CYCLE(
      "template.cycle",
      ERROR,
      "Resources that depend on each other in a cycle, which CloudFormation cannot create."),
  TEMPLATE_LOGICAL_ID_COLLISION(
      "template.logical-id-collision",
      ERROR,
      "Two parts of the config produce the same logical ID."),
  TEMPLATE_UNKNOWN_ATTRIBUTE(
      "template.unknown-attribute",
      ERROR,
      "An Fn::GetAtt of an attribute that the resource's type does not have.",
      Links.CLOUDFORMATION_GET_ATT),
  TEMPLATE_OUTPUT_COLLISION("template.output-collision", ERROR, "A stack output defined twice."),
  TEMPLATE_STACK_CYCLE(
      "template.stack-cycle",
      ERROR,
      "Nested stacks of a split app that would depend on each other in a cycle.",
      Links.CLOUDFORMATION_NESTED_STACKS),
  TEMPLATE_UNPACKAGED_CODE(
      "template.unpackaged-code",
      WARNING,
      "A split app compiled before `formwork package`: its code keys are placeholders, so it"
          + " cannot be deployed as written.",
      Links.CLOUDFORMATION_NESTED_STACKS),
  TEMPLATE_LITERAL_PARTITION(
      "template.literal-partition",
      WARNING,
      "An ARN that names the partition `aws` literally; formwork writes ${AWS::Partition}.",
      Links.ARN_FORMAT),

  // ---- limit: AWS quotas checked before deploying ----

  LIMIT_RESOURCES(
      "limit.resources",
      ERROR,
      "More resources in the template than CloudFormation allows per stack.",
      Links.CLOUDFORMATION_QUOTAS),
  LIMIT_OUTPUTS(
      "limit.outputs",
      ERROR,
      "More outputs than CloudFormation allows per stack.",
      Links.CLOUDFORMATION_QUOTAS),
  LIMIT_PARAMETERS(
      "limit.parameters",
      ERROR,
      "More parameters than CloudFormation allows per stack.",
      Links.CLOUDFORMATION_QUOTAS),
  LIMIT_DYNAMIC_REFERENCES(
      "limit.dynamic-references",
      ERROR,
      "More dynamic references ($Secret(), $SsmParam()) than CloudFormation allows per template.",
      Links.CLOUDFORMATION_QUOTAS),
  LIMIT_TEMPLATE_SIZE(
      "limit.template-size",
      ERROR,
      "A template larger than CloudFormation accepts, even through S3.",
      Links.CLOUDFORMATION_QUOTAS),
  LIMIT_UNIT_TOO_LARGE(
      "limit.unit-too-large",
      ERROR,
      "A function with all that only it uses, or units in a cycle, needs more than one stack"
          + " holds.",
      Links.CLOUDFORMATION_QUOTAS),
  LIMIT_DEPLOYED_STACK_FULL(
      "limit.deployed-stack-full",
      ERROR,
      "A stack whose deployed units outgrew a CloudFormation limit (deployed units never move).",
      Links.CLOUDFORMATION_QUOTAS),
  LIMIT_IAM_POLICY_STATEMENT(
      "limit.iam-policy-statement",
      ERROR,
      "One IAM statement too large for any IAM policy, even with a single resource.",
      Links.IAM_QUOTAS),
  LIMIT_IAM_ROLE_POLICIES(
      "limit.iam-role-policies",
      ERROR,
      "A function's IAM statements need more managed policies than a role can have.",
      Links.IAM_QUOTAS),
  LIMIT_LAMBDA_ENV(
      "limit.lambda-env",
      ERROR,
      "A function's environment variables over Lambda's 4 KB total.",
      Links.LAMBDA_QUOTAS),
  LIMIT_LAYERS(
      "limit.layers", ERROR, "A function that lists more than 5 layers.", Links.LAMBDA_QUOTAS),
  LIMIT_LAMBDA_LAYERS(
      "limit.lambda-layers",
      ERROR,
      "A packaged function that uses more than 5 layers.",
      Links.LAMBDA_QUOTAS),
  LIMIT_LAMBDA_UNZIPPED_SIZE(
      "limit.lambda-unzipped-size",
      ERROR,
      "A function with its layers, or a layer, over 262,144,000 bytes unzipped.",
      Links.LAMBDA_QUOTAS),
  LIMIT_LAMBDA_ZIPPED_SIZE(
      "limit.lambda-zipped-size",
      WARNING,
      "A function over 50 MB zipped: it deploys through S3, but the console editor and direct"
          + " code updates will not work.",
      Links.LAMBDA_QUOTAS),
  LIMIT_ROLLBACK_TRIGGERS(
      "limit.rollback-triggers",
      ERROR,
      "More than 5 alarms in deploymentConfig.triggerRollbackOnAlarms; CloudFormation watches at"
          + " most 5.",
      Links.CLOUDFORMATION_ROLLBACK_TRIGGERS),
  LIMIT_NOTIFICATION_TOPICS(
      "limit.notification-topics",
      ERROR,
      "More than 5 topics in deploymentConfig.publishEventsToArn; CloudFormation notifies at most"
          + " 5.",
      Links.CLOUDFORMATION_QUOTAS),
  LIMIT_DEPLOYMENT_ALARMS(
      "limit.deployment-alarms",
      ERROR,
      "More than 10 alarms for a function's CodeDeploy deployment group.",
      Links.CODEDEPLOY_ALARM_CONFIGURATION),

  // ---- security: configurations formwork refuses or warns about ----

  SECURITY_DYNAMIC_REFERENCE_IN_OUTPUT(
      "security.dynamic-reference-in-output",
      ERROR,
      "A $Secret() or $SsmParam() in a stack output, where CloudFormation does not resolve it.",
      Links.CLOUDFORMATION_DYNAMIC_REFERENCES),
  SECURITY_DYNAMIC_REFERENCE_IN_METADATA(
      "security.dynamic-reference-in-metadata",
      ERROR,
      "A $Secret() or $SsmParam() in resource Metadata, where CloudFormation does not resolve it.",
      Links.CLOUDFORMATION_DYNAMIC_REFERENCES),
  SECURITY_SSM_SECURE_IN_ENVIRONMENT(
      "security.ssm-secure-in-environment",
      ERROR,
      "An ssm-secure dynamic reference in a Lambda environment, which CloudFormation does not"
          + " allow.",
      Links.CLOUDFORMATION_SSM_SECURE),
  SECURITY_PLAINTEXT_SECRET(
      "security.plaintext-secret",
      WARNING,
      "An environment variable that looks like a secret or an access key but has a literal"
          + " value."),
  SECURITY_PLAIN_TEXT_PASSWORD(
      "security.plain-text-password",
      ERROR,
      "A database or Redis password from a directive other than $Secret(); use $Secret() or"
          + " let formwork generate one.",
      Links.CLOUDFORMATION_SECRETS_MANAGER),
  SECURITY_PLAIN_TEXT_SECRET_PARAMETER(
      "security.plain-text-secret-parameter",
      WARNING,
      "A password or API key written in plain text: it becomes a NoEcho parameter that deploy"
          + " supplies.",
      Links.CLOUDFORMATION_NO_ECHO),
  SECURITY_PUBLIC_BUCKET(
      "security.public-bucket",
      ERROR,
      "A bucket with accessibilityMode public-read-write, which lets anyone overwrite objects.",
      Links.S3_SECURITY_BEST_PRACTICES),
  SECURITY_WILDCARD_ACTION(
      "security.wildcard-action", WARNING, "An IAM statement that grants every action (\"*\")."),
  SECURITY_WILDCARD_RESOURCE(
      "security.wildcard-resource",
      WARNING,
      "An IAM statement that applies to every resource (\"*\")."),

  // ---- packaging: building artifacts (see docs/packager.md for where each one points) ----

  PACKAGING_ENTRY_MISSING(
      "packaging.entry-missing", ERROR, "A function's entry file does not exist."),
  PACKAGING_ESBUILD_FAILED(
      "packaging.esbuild-failed",
      ERROR,
      "esbuild could not bundle a function; its message follows."),
  PACKAGING_HANDLER_NOT_EXPORTED(
      "packaging.handler-not-exported",
      ERROR,
      "An entry file that does not define the handler: a JS/TS export (from esbuild's metafile)"
          + " or a top-level Python name."),
  PACKAGING_EXTERNAL_NOT_INSTALLED(
      "packaging.external-not-installed",
      ERROR,
      "A package kept out of the bundle that is not installed in node_modules."),
  PACKAGING_TYPESCRIPT_MISSING(
      "packaging.typescript-missing",
      ERROR,
      "emitTsDecoratorMetadata without TypeScript installed in the project's node_modules."),
  PACKAGING_DECORATOR_METADATA_FAILED(
      "packaging.decorator-metadata-failed",
      ERROR,
      "TypeScript could not compile the sources that use decorators (emitTsDecoratorMetadata)."),
  PACKAGING_TSCONFIG_MISSING(
      "packaging.tsconfig-missing", ERROR, "The tsconfig file of a function does not exist."),
  PACKAGING_REQUIREMENTS_MISSING(
      "packaging.requirements-missing",
      ERROR,
      "The requirements file of a Python function does not exist."),
  PACKAGING_PIP_FAILED(
      "packaging.pip-failed", ERROR, "pip could not install a Python function's requirements."),
  PACKAGING_PACKAGE_PATH_MISSING(
      "packaging.package-path-missing",
      ERROR,
      "The packagePath of a custom artifact does not exist."),
  PACKAGING_NOT_A_ZIP(
      "packaging.not-a-zip",
      ERROR,
      "The packagePath of a custom artifact is not a zip or jar file."),
  PACKAGING_LAYER_FOLDER_MISSING(
      "packaging.layer-folder-missing", ERROR, "The folder of a layer does not exist."),
  PACKAGING_UNKNOWN_LAYER(
      "packaging.unknown-layer",
      ERROR,
      "A function's layer that is neither a lambda-layer resource nor a layer ARN."),
  PACKAGING_DUPLICATE_NAME("packaging.duplicate-name", ERROR, "Two artifacts with the same name."),
  PACKAGING_ESBUILD_UNAVAILABLE(
      "packaging.esbuild-unavailable",
      ERROR,
      "No esbuild: the project has none and it cannot be downloaded, or its checksum is wrong."),
  PACKAGING_EXPORTS_UNCHECKED(
      "packaging.exports-unchecked",
      WARNING,
      "validate could not check what JS/TS entry files export: esbuild is not available."),
  PACKAGING_TOOLCHAIN_MISSING(
      "packaging.toolchain-missing",
      ERROR,
      "The build tool a Go or Java function needs (go, mvn or gradle) is not installed."),
  PACKAGING_GO_MODULE_MISSING(
      "packaging.go-module-missing",
      ERROR,
      "A Go entry file with no go.mod in its folder or any folder above it."),
  PACKAGING_GO_NOT_MAIN(
      "packaging.go-not-main",
      ERROR,
      "A Go entry file that is not in package main, so it cannot become an executable."),
  PACKAGING_GO_BUILD_FAILED(
      "packaging.go-build-failed",
      ERROR,
      "go build failed; its messages follow, with file and line."),
  PACKAGING_JAVA_PROJECT_MISSING(
      "packaging.java-project-missing",
      ERROR,
      "A Java entry file with no pom.xml or build.gradle above it, or a missing build file."),
  PACKAGING_JAVA_BUILD_FAILED(
      "packaging.java-build-failed",
      ERROR,
      "The Maven or Gradle build failed; its messages follow, with file and line."),
  PACKAGING_JAVA_HANDLER_MISSING(
      "packaging.java-handler-missing",
      ERROR,
      "The build produced no class for the handler: the entry file is not among its sources."),
  PACKAGING_JAVA_CLASS_VERSION(
      "packaging.java-class-version",
      ERROR,
      "Classes compiled for a newer Java than the function's runtime can load.",
      Links.LAMBDA_RUNTIMES),

  // ---- vpc: the stack VPC ----

  VPC_NAT_ZONES(
      "vpc.nat-zones",
      WARNING,
      "stackConfig.vpc.nat asks for three zones; formwork's VPC spans two, so it gets two NAT"
          + " gateways."),
  VPC_NO_INTERNET(
      "vpc.no-internet",
      WARNING,
      "A function in the VPC, which has no NAT gateway, calls a service outside it."),

  // ---- atlas: MongoDB Atlas ----

  ATLAS_NO_PEERING(
      "atlas.no-peering",
      WARNING,
      "An Atlas accessibilityMode that needs network peering formwork does not create."),

  // ---- cli: the command line itself (exit code 2) ----

  CLI_USAGE("cli.usage", ERROR, "An option is missing or has a value the command cannot use."),
  CLI_UNKNOWN_COMMAND(
      "cli.unknown-command",
      ERROR,
      "The command is not one formwork has; the hint names the closest."),
  CLI_UNKNOWN_OPTION(
      "cli.unknown-option",
      ERROR,
      "The command has no such option, or an extra argument; the hint names the closest option."),
  CLI_FILE(
      "cli.file",
      ERROR,
      "A file named on the command line does not exist or cannot be read, or an output cannot be"
          + " written."),
  CLI_INTERNAL(
      "cli.internal",
      ERROR,
      "A bug in formwork (exit code 70): the run stopped on something formwork did not expect."),

  // ---- aws: reaching AWS and being allowed to act (exit code 3) ----

  AWS_NO_CREDENTIALS(
      "aws.no-credentials",
      ERROR,
      "No AWS credentials were found: no --profile, AWS_PROFILE, access keys, SSO or role.",
      Links.CLI_CONFIGURE),
  AWS_SSO_LOGIN(
      "aws.sso-login",
      ERROR,
      "The IAM Identity Center (SSO) profile has no valid token; `aws sso login` renews it.",
      Links.CLI_SSO),
  AWS_UNKNOWN_PROFILE(
      "aws.unknown-profile",
      ERROR,
      "The profile named by --profile or AWS_PROFILE is in neither the AWS config nor credentials"
          + " file.",
      Links.CLI_CONFIGURE),
  AWS_INVALID_CREDENTIALS(
      "aws.invalid-credentials",
      ERROR,
      "AWS rejected the credentials as expired or unknown (ExpiredToken, InvalidClientTokenId,"
          + " …)."),
  AWS_ACCESS_DENIED(
      "aws.access-denied",
      ERROR,
      "The credentials may not perform an action; the message names the action and the resource."),
  AWS_THROTTLED("aws.throttled", ERROR, "AWS kept throttling a request after every retry."),
  AWS_REQUEST_FAILED(
      "aws.request-failed", ERROR, "AWS refused a request; the message carries AWS's own code."),
  AWS_CONNECTION_REFUSED(
      "aws.connection-refused",
      ERROR,
      "Nothing listens at the endpoint (a stopped local server, or a wrong --endpoint-url port)."),
  AWS_UNKNOWN_HOST("aws.unknown-host", ERROR, "The endpoint's host name cannot be resolved (DNS)."),
  AWS_TIMEOUT(
      "aws.timeout",
      ERROR,
      "The endpoint accepted the connection but did not answer within the documented bound."),
  AWS_NETWORK(
      "aws.network", ERROR, "The connection failed in another way (reset, TLS handshake, proxy)."),
  AWS_SECRET_NOT_FOUND(
      "aws.secret-not-found",
      ERROR,
      "A $Secret() names a secret that Secrets Manager does not hold in this account and region."),

  // ---- deploy: stack operations and the commands around them (exit code 3 unless noted) ----

  DEPLOY_FAILED(
      "deploy.failed",
      ERROR,
      "A stack operation or one of its steps failed; the message names the first cause."),
  DEPLOY_REFUSED(
      "deploy.refused",
      ERROR,
      "The stack's state or a declined confirmation stopped the command; nothing was changed."),
  DEPLOY_REJECTED(
      "deploy.rejected",
      ERROR,
      "The template was refused before any upload (size or resource count; exit code 1).",
      Links.CLOUDFORMATION_QUOTAS),
  DEPLOY_HOOK_FAILED(
      "deploy.hook-failed", ERROR, "A hook script exited with an error, so the command stopped."),
  DEPLOY_NOT_DEPLOYED(
      "deploy.not-deployed", ERROR, "The command needs the deployed stack, which does not exist."),
  DEPLOY_FUNCTION_FAILED(
      "deploy.function-failed",
      ERROR,
      "An invoked function (in AWS or with --local) returned an error or did not finish."),
  DEPLOY_HOTSWAP_REFUSED(
      "deploy.hotswap-refused",
      ERROR,
      "--hotswap (or `dev`) would skip what a stage or a function needs: a production stage, or"
          + " CodeDeploy's traffic shifting; nothing was changed."),
  DEPLOY_HISTORY_MISSING(
      "deploy.history-missing",
      ERROR,
      "A rollback target the history lacks, whose artifacts were pruned, or whose template needs"
          + " a deploy parameter the config lost.");

  private final String id;
  private final Severity severity;
  private final String summary;
  private final Optional<String> link;

  Code(String id, Severity severity, String summary) {
    this(id, severity, summary, null);
  }

  Code(String id, Severity severity, String summary, String link) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
    this.link = Optional.ofNullable(link);
  }

  /** The stable id users see, e.g. {@code config.unknown-property}. */
  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public String summary() {
    return summary;
  }

  /** The AWS documentation page that justifies the rule, where there is one. */
  public Optional<String> link() {
    return link;
  }

  /** The id's prefix, e.g. {@code config}. */
  public String family() {
    return id.substring(0, id.indexOf('.'));
  }

  /**
   * This code, after checking that the caller reports it with its catalogued severity; every
   * factory that names a severity ({@code error}, {@code warning}, …) goes through here.
   *
   * @throws IllegalStateException (a bug in formwork) when the call contradicts the catalogue
   */
  public Code reportedAs(Severity stated) {
    if (stated != severity) {
      throw new IllegalStateException(
          "Bug: diagnostic "
              + id
              + " is reported as "
              + stated.label()
              + " but the catalogue (Code."
              + name()
              + ") makes it "
              + (severity == ERROR ? "an " : "a ")
              + severity.label()
              + ".");
    }
    return this;
  }

  /**
   * The AWS pages the codes cite; a nested class because enum constants cannot read the enum's
   * statics.
   */
  private static final class Links {
    private static final String AWS = "https://docs.aws.amazon.com/";
    static final String CLOUDFORMATION_GET_ATT =
        AWS + "AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getatt.html";
    static final String CLOUDFORMATION_QUOTAS =
        AWS + "AWSCloudFormation/latest/UserGuide/cloudformation-limits.html";
    static final String CLOUDFORMATION_DYNAMIC_REFERENCES =
        AWS + "AWSCloudFormation/latest/UserGuide/dynamic-references.html";
    static final String CLOUDFORMATION_SSM_SECURE =
        AWS + "AWSCloudFormation/latest/UserGuide/dynamic-references-ssm-secure-strings.html";
    static final String CLOUDFORMATION_SECRETS_MANAGER =
        AWS + "AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html";
    static final String CLOUDFORMATION_NO_ECHO =
        AWS + "AWSCloudFormation/latest/UserGuide/parameters-section-structure.html";
    static final String CLOUDFORMATION_INTRINSICS =
        AWS + "AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html";
    static final String CLOUDFORMATION_IMPORT_VALUE =
        AWS + "AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-importvalue.html";
    static final String CLOUDFORMATION_NESTED_STACKS =
        AWS + "AWSCloudFormation/latest/UserGuide/using-cfn-nested-stacks.html";
    static final String CLOUDFORMATION_RESOURCES_SECTION =
        AWS + "AWSCloudFormation/latest/UserGuide/resources-section-structure.html";
    static final String CODEDEPLOY_ALARM_CONFIGURATION =
        AWS
            + "AWSCloudFormation/latest/UserGuide/"
            + "aws-properties-codedeploy-deploymentgroup-alarmconfiguration.html";
    static final String LAMBDA_DESTINATION_CONFIG =
        AWS
            + "AWSCloudFormation/latest/UserGuide/"
            + "aws-properties-lambda-eventinvokeconfig-destinationconfig.html";
    static final String CLI_CONFIGURE = AWS + "cli/latest/userguide/cli-chap-configure.html";
    static final String CLI_SSO = AWS + "cli/latest/userguide/cli-configure-sso.html";
    static final String CLOUDFORMATION_ROLLBACK_TRIGGERS =
        AWS + "AWSCloudFormation/latest/UserGuide/using-cfn-rollback-triggers.html";
    static final String LAMBDA_EVENT_SOURCE_MAPPING =
        AWS
            + "lambda/latest/api/API_CreateEventSourceMapping.html#API_CreateEventSourceMapping_Errors";
    static final String LAMBDA_QUOTAS = AWS + "lambda/latest/dg/gettingstarted-limits.html";
    static final String LAMBDA_RUNTIMES = AWS + "lambda/latest/dg/lambda-runtimes.html";
    static final String LAMBDA_SNAP_START = AWS + "lambda/latest/dg/snapstart.html";
    static final String LAMBDA_ENVIRONMENT_VARIABLES =
        AWS + "lambda/latest/dg/configuration-envvars.html";
    static final String LAMBDA_SQS_PARAMETERS =
        AWS + "lambda/latest/dg/services-sqs-parameters.html";
    static final String LAMBDA_SQS_BATCH_WINDOW =
        LAMBDA_SQS_PARAMETERS + "#services-sqs-batchwindow";
    static final String LAMBDA_SQS_QUEUE_CONFIG =
        AWS + "lambda/latest/dg/services-sqs-configure.html#events-sqs-queueconfig";
    static final String SQS_DEAD_LETTER_QUEUES =
        AWS + "AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html";
    static final String SQS_FIFO_HIGH_THROUGHPUT =
        AWS + "AWSSimpleQueueService/latest/SQSDeveloperGuide/high-throughput-fifo.html";
    static final String SNS_FIFO_DELIVERY = AWS + "sns/latest/dg/fifo-message-delivery.html";
    static final String SNS_DEAD_LETTER_QUEUES = AWS + "sns/latest/dg/sns-dead-letter-queues.html";
    static final String EVENTBRIDGE_SCHEDULES =
        AWS + "eventbridge/latest/userguide/eb-scheduled-rule-pattern.html";
    static final String IAM_QUOTAS = AWS + "IAM/latest/UserGuide/reference_iam-quotas.html";
    static final String ARN_FORMAT = AWS + "IAM/latest/UserGuide/reference-arns.html";
    static final String S3_SECURITY_BEST_PRACTICES =
        AWS + "AmazonS3/latest/userguide/security-best-practices.html";
  }
}
