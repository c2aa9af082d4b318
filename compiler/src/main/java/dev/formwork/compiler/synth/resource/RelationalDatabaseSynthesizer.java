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
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
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
        resource.properties().credentials().flatMap(c -> c.masterUserPassword()),
        LogicalIds.dbMasterUserSecret(name),
        LogicalIds.dbMasterUserPasswordParameter(name),
        "master password of database " + name);
  }

  private static AccessibilityMode accessibilityMode(RelationalDatabaseResource resource) {
    return resource
        .properties()
        .accessibility()
        .map(a -> a.accessibilityMode())
        .orElse(AccessibilityMode.INTERNET);
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
                Optional.empty(), "defdb", Optional.empty(), Optional.empty(), Optional.empty()));
  }

  private static String username(RelationalDatabaseResource resource) {
    return resource.properties().credentials().map(c -> c.masterUserName()).orElse(DEFAULT_USER);
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
    Instance instance =
        engineProperties.primaryInstance().orElse(new Instance(Optional.empty(), false));
    // Aurora has no micro instances:
    // https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.DBInstanceClass.SupportAurora.html
    String instanceClass =
        instance.instanceSize().orElse(engine.aurora() ? "db.t4g.medium" : "db.t4g.micro");
    JsonValue securityGroups = JsonArray.of(Cf.getAtt(SecurityGroups.logicalId(prefix), "GroupId"));

    JsonObject.Builder db =
        JsonObject.builder()
            .put("DBInstanceClass", instanceClass)
            .put("DBSubnetGroupName", Cf.ref(prefix + "DbSubnetGroup"))
            .put("Engine", engine.configValue())
            .put("PubliclyAccessible", publicAccess);
    if (engine.aurora()) {
      JsonObject.Builder cluster =
          JsonObject.builder()
              .put("BackupRetentionPeriod", Math.max(1, properties.automatedBackupRetentionDays()))
              .put("DBSubnetGroupName", Cf.ref(prefix + "DbSubnetGroup"))
              .put("DatabaseName", engineProperties.dbName())
              .put("DeletionProtection", properties.deletionProtection())
              .put("Engine", engine.configValue())
              .put("MasterUserPassword", password)
              .put("MasterUsername", username(resource))
              .put("Port", port)
              .put("StorageEncrypted", true)
              .put("VpcSecurityGroupIds", securityGroups);
      engineProperties.version().ifPresent(version -> cluster.put("EngineVersion", version));
      context
          .template()
          .add(
              LogicalIds.dbCluster(name),
              CfResource.of("AWS::RDS::DBCluster", cluster.build()).withDeletionPolicy("Snapshot"),
              path,
              name);
      db.put("DBClusterIdentifier", Cf.ref(LogicalIds.dbCluster(name)));
      engineProperties.version().ifPresent(version -> db.put("EngineVersion", version));
      context
          .template()
          .add(
              LogicalIds.dbInstance(name),
              CfResource.of("AWS::RDS::DBInstance", db.build()),
              path,
              name);
      return;
    }
    db.put(
            "AllocatedStorage",
            Integer.toString(engineProperties.storage().map(s -> s.initialSize()).orElse(20)))
        .put("BackupRetentionPeriod", properties.automatedBackupRetentionDays())
        .put("CopyTagsToSnapshot", true)
        .put("DBName", engineProperties.dbName())
        .put("DeletionProtection", properties.deletionProtection())
        .put("MasterUserPassword", password)
        .put("MasterUsername", username(resource))
        .put("MultiAZ", instance.multiAz())
        .put("Port", Integer.toString(port))
        .put("StorageEncrypted", true)
        .put("StorageType", "gp3")
        .put("VPCSecurityGroups", securityGroups);
    engineProperties.version().ifPresent(version -> db.put("EngineVersion", version));
    context
        .template()
        .add(
            LogicalIds.dbInstance(name),
            CfResource.of("AWS::RDS::DBInstance", db.build()).withDeletionPolicy("Snapshot"),
            path,
            name);
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
    resource
        .properties()
        .accessibility()
        .ifPresent(
            accessibility ->
                accessibility
                    .whitelistedIps()
                    .forEach(
                        cidr -> rules.add(SecurityGroups.cidrRule(cidr, port, "Whitelisted"))));
    return rules;
  }
}
