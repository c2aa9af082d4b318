package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.DatabaseRef;
import dev.formwork.compiler.synth.vpc.SecurityGroups;
import dev.formwork.compiler.synth.vpc.StackVpc;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.RelationalDatabaseResource;
import dev.formwork.schema.model.RelationalDatabaseResource.AccessibilityMode;
import dev.formwork.schema.model.RelationalDatabaseResource.DatabaseEngine;
import dev.formwork.schema.model.RelationalDatabaseResource.EngineProperties;
import dev.formwork.schema.model.RelationalDatabaseResource.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Synthesizes a {@code relational-database}: {@code <Name>DbInstance} (AWS::RDS::DBInstance), or
 * for Aurora {@code <Name>DbCluster} (AWS::RDS::DBCluster) with its writer {@code
 * <Name>DbInstance}; a {@code <Name>DbSubnetGroup} in the stack VPC, {@code <Name>SecurityGroup},
 * and, unless the config gives a $Secret password, {@code <Name>MasterUserSecret}
 * (AWS::SecretsManager::Secret). Internet-accessible modes use the public subnets; vpc modes the
 * private ones.
 */
public final class RelationalDatabaseSynthesizer
    implements ResourceSynthesizer<RelationalDatabaseResource> {

  static final String DEFAULT_USER = "db_master_user";

  /** Stacktape's Aurora Serverless v2 capacity defaults, in ACUs. */
  static final double DEFAULT_MIN_CAPACITY = 0.5;

  static final double DEFAULT_MAX_CAPACITY = 10;

  @Override
  public Class<RelationalDatabaseResource> type() {
    return RelationalDatabaseResource.class;
  }

  @Override
  public DatabaseRef ref(String name, RelationalDatabaseResource resource, StackIdentity stack) {
    return new DatabaseRef(
        name,
        resource.properties().engine().type(),
        username(resource),
        GeneratedPasswords.reference(password(name, resource)),
        port(resource),
        engineProperties(resource).dbName(),
        accessibilityMode(resource));
  }

  private static GeneratedPasswords.Source password(
      String name, RelationalDatabaseResource resource) {
    return new GeneratedPasswords.Source(
        resource.properties().credentials().isPresent()
            ? resource.properties().credentials().get().masterUserPassword()
            : Optional.empty(),
        LogicalIds.dbMasterUserSecret(name),
        LogicalIds.dbMasterUserPasswordParameter(name),
        "master password of database " + name);
  }

  private static AccessibilityMode accessibilityMode(RelationalDatabaseResource resource) {
    Optional<RelationalDatabaseResource.Accessibility> accessibility =
        resource.properties().accessibility();
    return accessibility.isPresent()
        ? accessibility.get().accessibilityMode()
        : AccessibilityMode.INTERNET;
  }

  private static int port(RelationalDatabaseResource resource) {
    return engineProperties(resource)
        .port()
        .orElse(resource.properties().engine().type().defaultPort());
  }

  private static EngineProperties engineProperties(RelationalDatabaseResource resource) {
    return resource
        .properties()
        .engine()
        .properties()
        .orElse(
            new EngineProperties(
                Optional.empty(),
                "defdb",
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
  }

  private static String username(RelationalDatabaseResource resource) {
    Optional<RelationalDatabaseResource.Credentials> credentials =
        resource.properties().credentials();
    return credentials.isPresent() ? credentials.get().masterUserName() : DEFAULT_USER;
  }

  @Override
  public void synthesize(
      String name, RelationalDatabaseResource resource, SynthesisContext context) {
    ConfigPath path = ConfigPath.of("resources", name);
    ConfigPath propertiesPath = path.key("properties");
    String prefix = PascalCase.of(name);
    RelationalDatabaseResource.Properties properties = resource.properties();
    DatabaseEngine engine = properties.engine().type();
    EngineProperties engineProperties = engineProperties(resource);
    AccessibilityMode mode = accessibilityMode(resource);
    int port = port(resource);
    boolean publicAccess = !mode.requiresVpc();

    StackVpc.ensure(context);
    SecurityGroups.add(prefix, name, path, ingress(resource, port), context);
    context
        .template()
        .add(
            prefix + "DbSubnetGroup",
            CfResource.of(
                "AWS::RDS::DBSubnetGroup",
                JsonObject.builder()
                    .put(
                        "DBSubnetGroupDescription",
                        "Subnets of " + name + " in stack " + context.stack().stackName())
                    .put(
                        "SubnetIds",
                        new JsonArray(
                            publicAccess ? StackVpc.publicSubnets() : StackVpc.privateSubnets()))
                    .build()),
            path,
            name);
    JsonValue password =
        GeneratedPasswords.synthesize(
            password(name, resource),
            propertiesPath.key("credentials").key("masterUserPassword"),
            username(resource),
            "Master user of database " + name + " in stack " + context.stack().stackName(),
            path,
            name,
            context);
    if (engine.serverless()
        && !engine.retiredServerlessV1()
        && engineProperties.pauseAfterSeconds().isPresent()
        && engineProperties.minCapacity().isPresent()
        && engineProperties.minCapacity().get() > 0) {
      // Auto-pause scales the cluster to 0 ACUs, so the minimum must be 0:
      // https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2-auto-pause.html
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_INVALID_VALUE,
              propertiesPath.key("engine").key("properties").key("minCapacity"),
              "Aurora Serverless v2 pauses only with a minimum capacity of 0 ACUs, but '"
                  + name
                  + "' sets minCapacity "
                  + JsonNumber.of(engineProperties.minCapacity().get()).text()
                  + " and pauseAfterSeconds.",
              "Set minCapacity: 0 (or leave it out), or remove pauseAfterSeconds.");
    }
    if (engine.retiredServerlessV1()) {
      context
          .diagnostics()
          .valueWarning(
              Code.CONFIG_RETIRED_ENGINE,
              propertiesPath.key("engine").key("type"),
              "AWS retired Aurora Serverless v1 on 31 March 2025; formwork creates '"
                  + name
                  + "' as Aurora Serverless v2 with the same capacity range (pauseAfterSeconds"
                  + " becomes v2 auto-pause).",
              "Write type: "
                  + engine.configValue()
                  + "-v2 to say so; the upgrade path AWS documents is Serverless v2.");
    }
    JsonValue securityGroups = JsonArray.of(Cf.getAtt(SecurityGroups.logicalId(prefix), "GroupId"));
    Optional<JsonValue> logExports = logExports(properties, engine);
    if (engine.aurora()) {
      aurora(name, resource, engineProperties, password, port, securityGroups, logExports, context);
      ResourceAlarms.synthesize(
          name, properties.alarms(), databaseDimension(name, engine), path, context);
      return;
    }
    Instance instance =
        engineProperties.primaryInstance().orElse(new Instance(Optional.empty(), false));
    JsonObject.Builder db =
        JsonObject.builder()
            .put(
                "AllocatedStorage",
                Integer.toString(
                    engineProperties.storage().isPresent()
                        ? engineProperties.storage().get().initialSize()
                        : 20))
            .put("BackupRetentionPeriod", properties.automatedBackupRetentionDays())
            .put("CopyTagsToSnapshot", true)
            .put("DBInstanceClass", instance.instanceSize().orElse("db.t4g.micro"))
            .put("DBName", engineProperties.dbName())
            .put("DBSubnetGroupName", Cf.ref(prefix + "DbSubnetGroup"))
            .put("DeletionProtection", properties.deletionProtection())
            .put("Engine", engine.cloudFormationEngine())
            .put("MasterUserPassword", password)
            .put("MasterUsername", username(resource))
            .put("MultiAZ", instance.multiAz())
            .put("Port", Integer.toString(port))
            .put("PubliclyAccessible", publicAccess)
            .put("StorageEncrypted", true)
            .put("StorageType", "gp3")
            .put("VPCSecurityGroups", securityGroups);
    db.putIfPresent("EngineVersion", engineProperties.version());
    db.putIfPresent("EnableCloudwatchLogsExports", logExports);
    context
        .template()
        .add(
            LogicalIds.dbInstance(name),
            CfResource.of("AWS::RDS::DBInstance", db.build()).withDeletionPolicy("Snapshot"),
            path,
            name);
    List<Instance> replicas = engineProperties.readReplicas();
    for (int i = 0; i < replicas.size(); i++) {
      Instance replica = replicas.get(i);
      JsonObject.Builder json =
          JsonObject.builder()
              .put("DBInstanceClass", replica.instanceSize().orElse("db.t4g.micro"))
              .put("MultiAZ", replica.multiAz())
              .put("PubliclyAccessible", publicAccess)
              // A replica takes engine, storage, credentials and network from its source.
              .put("SourceDBInstanceIdentifier", Cf.ref(LogicalIds.dbInstance(name)))
              .put("VPCSecurityGroups", securityGroups);
      context
          .template()
          .add(
              LogicalIds.dbReadReplica(name, i),
              CfResource.of("AWS::RDS::DBInstance", json.build()),
              path,
              name);
    }
    ResourceAlarms.synthesize(
        name, properties.alarms(), databaseDimension(name, engine), path, context);
  }

  /**
   * An Aurora cluster {@code <Name>DbCluster} with its instances: {@code <Name>DbInstance} (the
   * writer) and {@code <Name>DbInstance<i>} for the further {@code instances}; Serverless v2
   * instances are {@code db.serverless} and the cluster carries the capacity range.
   */
  private static void aurora(
      String name,
      RelationalDatabaseResource resource,
      EngineProperties engineProperties,
      JsonValue password,
      int port,
      JsonValue securityGroups,
      Optional<JsonValue> logExports,
      SynthesisContext context) {
    ConfigPath path = ConfigPath.of("resources", name);
    String prefix = PascalCase.of(name);
    RelationalDatabaseResource.Properties properties = resource.properties();
    DatabaseEngine engine = properties.engine().type();
    boolean publicAccess = !accessibilityMode(resource).requiresVpc();
    JsonObject.Builder cluster =
        JsonObject.builder()
            .put("BackupRetentionPeriod", Math.max(1, properties.automatedBackupRetentionDays()))
            .put("DBSubnetGroupName", Cf.ref(prefix + "DbSubnetGroup"))
            .put("DatabaseName", engineProperties.dbName())
            .put("DeletionProtection", properties.deletionProtection())
            .put("Engine", engine.cloudFormationEngine())
            .put("MasterUserPassword", password)
            .put("MasterUsername", username(resource))
            .put("Port", port)
            .put("StorageEncrypted", true)
            .put("VpcSecurityGroupIds", securityGroups);
    cluster.putIfPresent("EngineVersion", engineProperties.version());
    cluster.putIfPresent("EnableCloudwatchLogsExports", logExports);
    if (engine.serverless()) {
      // https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.setting-capacity.html
      // Auto-pause needs a minimum of 0 ACUs.
      double min =
          engineProperties.pauseAfterSeconds().isPresent()
              ? 0
              : engineProperties.minCapacity().orElse(DEFAULT_MIN_CAPACITY);
      JsonObject.Builder scaling =
          JsonObject.builder()
              .put(
                  "MaxCapacity",
                  JsonNumber.of(engineProperties.maxCapacity().orElse(DEFAULT_MAX_CAPACITY)))
              .put("MinCapacity", JsonNumber.of(min));
      scaling.putIfPresent("SecondsUntilAutoPause", engineProperties.pauseAfterSeconds());
      cluster.put("ServerlessV2ScalingConfiguration", scaling.build());
    }
    context
        .template()
        .add(
            LogicalIds.dbCluster(name),
            CfResource.of("AWS::RDS::DBCluster", cluster.build()).withDeletionPolicy("Snapshot"),
            path,
            name);
    List<Instance> instances =
        engineProperties.instances().isEmpty()
            ? List.of(
                engineProperties.primaryInstance().orElse(new Instance(Optional.empty(), false)))
            : engineProperties.instances();
    for (int i = 0; i < instances.size(); i++) {
      // Aurora has no micro instances:
      // https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.DBInstanceClass.SupportAurora.html
      String instanceClass =
          engine.serverless()
              ? "db.serverless"
              : instances.get(i).instanceSize().orElse("db.t4g.medium");
      JsonObject.Builder db =
          JsonObject.builder()
              .put("DBClusterIdentifier", Cf.ref(LogicalIds.dbCluster(name)))
              .put("DBInstanceClass", instanceClass)
              .put("DBSubnetGroupName", Cf.ref(prefix + "DbSubnetGroup"))
              .put("Engine", engine.cloudFormationEngine())
              .put("PubliclyAccessible", publicAccess);
      db.putIfPresent("EngineVersion", engineProperties.version());
      context
          .template()
          .add(
              i == 0 ? LogicalIds.dbInstance(name) : LogicalIds.auroraInstance(name, i),
              CfResource.of("AWS::RDS::DBInstance", db.build()),
              path,
              name);
    }
  }

  /** The log types to export: the given ones, else the engine's error and query logs. */
  private static Optional<JsonValue> logExports(
      RelationalDatabaseResource.Properties properties, DatabaseEngine engine) {
    if (properties.logging().isEmpty() || properties.logging().get().disabled()) {
      return Optional.empty();
    }
    List<String> types = properties.logging().get().logTypes();
    if (types.isEmpty()) {
      types = engine.postgres() ? List.of("postgresql") : List.of("error", "slowquery");
    }
    return Optional.of(JsonArray.ofStrings(types));
  }

  /** The CloudWatch dimension of the database's AWS/RDS metrics. */
  private static ResourceAlarms.Dimension databaseDimension(String name, DatabaseEngine engine) {
    return engine.aurora()
        ? new ResourceAlarms.Dimension("DBClusterIdentifier", Cf.ref(LogicalIds.dbCluster(name)))
        : new ResourceAlarms.Dimension("DBInstanceIdentifier", Cf.ref(LogicalIds.dbInstance(name)));
  }

  /**
   * Ingress by accessibility mode (reference §4.4): internet opens the port to any address, vpc to
   * the VPC's CIDR, scoping-workloads-in-vpc to nothing here (each connecting function adds its own
   * rule), whitelisted-ips-only to the listed CIDRs; whitelistedIps are added in every mode.
   */
  private static List<JsonObject> ingress(RelationalDatabaseResource resource, int port) {
    List<JsonObject> rules = new ArrayList<>();
    AccessibilityMode mode = accessibilityMode(resource);
    if (mode == AccessibilityMode.INTERNET) {
      rules.add(
          SecurityGroups.cidrRule("0.0.0.0/0", port, "Any address (accessibilityMode internet)"));
    } else if (mode == AccessibilityMode.VPC) {
      rules.add(
          SecurityGroups.cidrRule(StackVpc.CIDR, port, "The stack VPC (accessibilityMode vpc)"));
    }
    if (resource.properties().accessibility().isPresent()) {
      for (String cidr : resource.properties().accessibility().get().whitelistedIps()) {
        rules.add(SecurityGroups.cidrRule(cidr, port, "Whitelisted"));
      }
    }
    return rules;
  }
}
