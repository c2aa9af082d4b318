package dev.formwork.schema.model;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.model.alarm.ResourceAlarm;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code relational-database} resource: an RDS instance or an Aurora cluster in the stack's VPC.
 */
@Doc(
    "A relational database: RDS (postgres, mysql, mariadb), Aurora (aurora-postgresql,"
        + " aurora-mysql) or Aurora Serverless v2 (aurora-postgresql-serverless-v2,"
        + " aurora-mysql-serverless-v2).")
public record RelationalDatabaseResource(
    @Doc("Database properties.") Properties properties,
    @Doc(
            "Property overrides by child logical ID (e.g. MainDbDbInstance), paths relative to"
                + " Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "relational-database";
  }

  /** Every supported property of a relational-database. */
  @Doc("Properties of a relational database.")
  public record Properties(
      @Doc(
              "Master user. Without masterUserPassword, formwork generates the password in Secrets"
                  + " Manager.")
          Optional<Credentials> credentials,
      @Doc("Database engine and its settings.") @Required Engine engine,
      @Doc("Who can reach the database over the network.") Optional<Accessibility> accessibility,
      @Doc("Refuse to delete the database (RDS DeletionProtection).") @Default("false")
          boolean deletionProtection,
      @Doc("Days automated backups are kept; 0 turns them off.")
          @Default("1")
          @Range(min = 0, max = 35)
          int automatedBackupRetentionDays,
      @Doc(
              "CloudWatch alarms: database-cpu-utilization, database-free-storage,"
                  + " database-free-memory, database-read-latency, database-write-latency,"
                  + " database-connection-count.")
          List<ResourceAlarm> alarms,
      @Doc("Exporting the engine's logs to CloudWatch Logs.") Optional<Logging> logging) {}

  /** Which engine logs go to CloudWatch Logs (RDS EnableCloudwatchLogsExports). */
  @Doc("Database log exports.")
  public record Logging(
      @Doc("Export no logs.") @Default("false") boolean disabled,
      @Doc(
              "Log types to export. Default: postgresql for PostgreSQL engines; error and"
                  + " slowquery for MySQL and MariaDB engines.")
          List<String> logTypes,
      @NotSupported(
              "RDS creates the log groups under a generated instance name, so formwork cannot set"
                  + " their retention; set it on /aws/rds/... in CloudWatch Logs.")
          Optional<ConfigNode> retentionDays) {}

  /** The master user; the password must never be plain text. */
  @Doc("Master user name and password.")
  public record Credentials(
      @Doc("Master user name.") @Default("db_master_user") String masterUserName,
      @Doc(
              "Master password, as $Secret('name.key'). Omit it to have formwork generate one in"
                  + " Secrets Manager. A plain-text password is accepted with a warning: it becomes"
                  + " a NoEcho template parameter that formwork deploy supplies, so it is never in"
                  + " the template.")
          Optional<TextValue> masterUserPassword) {}

  /** Engine type and engine settings. */
  @Doc("Database engine.")
  public record Engine(
      @Doc("Engine type.") @Required DatabaseEngine type,
      @Doc("Engine settings.") Optional<EngineProperties> properties) {}

  /** Settings shared by every engine. */
  @Doc("Engine settings.")
  public record EngineProperties(
      @Doc("Engine version, e.g. '16.4'. Default: the AWS default version.")
          Optional<String> version,
      @Doc("Name of the database created with the instance.") @Default("defdb") String dbName,
      @Doc("Port. Default 5432 (postgres) or 3306 (mysql, mariadb).")
          @Range(min = 1150, max = 65535)
          Optional<Integer> port,
      @Doc("The primary (writer) instance (RDS engines).") Optional<Instance> primaryInstance,
      @Doc("Read replicas of the primary (RDS engines).") List<Instance> readReplicas,
      @Doc(
              "Aurora cluster instances: the first is the writer, the others readers. Default: one"
                  + " instance.")
          List<Instance> instances,
      @Doc(
              "Aurora Serverless: the fewest capacity units (ACUs) to scale down to, in steps of"
                  + " 0.5. Default 0.5.")
          @Range(min = 0, max = 256)
          Optional<Double> minCapacity,
      @Doc("Aurora Serverless: the most capacity units to scale up to. Default 10.")
          @Range(min = 1, max = 256)
          Optional<Double> maxCapacity,
      @Doc(
              "Aurora Serverless: pause after this many seconds without connections (300 to"
                  + " 86400); the cluster then scales to 0 ACUs.")
          @Range(min = 300, max = 86400)
          Optional<Integer> pauseAfterSeconds,
      @Doc("Storage of an RDS instance (Aurora storage grows by itself).")
          Optional<Storage> storage) {}

  /** A database instance. */
  @Doc("A database instance.")
  public record Instance(
      @Doc(
              "Instance class. Default db.t4g.micro for RDS and db.t4g.medium (the smallest Aurora"
                  + " allows) for Aurora.")
          Optional<String> instanceSize,
      @Doc("Standby in a second availability zone (RDS only).") @Default("false")
          boolean multiAz) {}

  /** RDS storage. */
  @Doc("RDS storage.")
  public record Storage(
      @Doc("Allocated storage in GB.") @Default("20") @Range(min = 20, max = 65536)
          int initialSize) {}

  /** Network accessibility of the database. */
  @Doc("Network accessibility.")
  public record Accessibility(
      @Doc(
              "internet: any address on the port; vpc: the stack's VPC; scoping-workloads-in-vpc:"
                  + " only the functions that connectTo it; whitelisted-ips-only: only"
                  + " whitelistedIps.")
          @Default("internet")
          AccessibilityMode accessibilityMode,
      @Doc("CIDR blocks always allowed on the port.") List<String> whitelistedIps) {}

  /**
   * The engines formwork synthesizes. Aurora Serverless v1 ({@code aurora-*-serverless}) was
   * retired by AWS on 31 March 2025; formwork creates Serverless v2 for it, with a warning.
   */
  public enum DatabaseEngine implements ConfigEnum {
    POSTGRES("postgres", "postgres", false, false, 5432),
    MYSQL("mysql", "mysql", false, false, 3306),
    MARIADB("mariadb", "mariadb", false, false, 3306),
    AURORA_POSTGRESQL("aurora-postgresql", "aurora-postgresql", true, false, 5432),
    AURORA_MYSQL("aurora-mysql", "aurora-mysql", true, false, 3306),
    AURORA_POSTGRESQL_SERVERLESS_V2(
        "aurora-postgresql-serverless-v2", "aurora-postgresql", true, true, 5432),
    AURORA_MYSQL_SERVERLESS_V2("aurora-mysql-serverless-v2", "aurora-mysql", true, true, 3306),
    AURORA_POSTGRESQL_SERVERLESS(
        "aurora-postgresql-serverless", "aurora-postgresql", true, true, 5432),
    AURORA_MYSQL_SERVERLESS("aurora-mysql-serverless", "aurora-mysql", true, true, 3306);

    private final String value;
    private final String cloudFormationEngine;
    private final boolean aurora;
    private final boolean serverless;
    private final int defaultPort;

    DatabaseEngine(
        String value,
        String cloudFormationEngine,
        boolean aurora,
        boolean serverless,
        int defaultPort) {
      this.value = value;
      this.cloudFormationEngine = cloudFormationEngine;
      this.aurora = aurora;
      this.serverless = serverless;
      this.defaultPort = defaultPort;
    }

    @Override
    public String configValue() {
      return value;
    }

    /** The RDS Engine value. */
    public String cloudFormationEngine() {
      return cloudFormationEngine;
    }

    public boolean aurora() {
      return aurora;
    }

    /** Aurora Serverless (v2, or v1 compiled as v2). */
    public boolean serverless() {
      return serverless;
    }

    /** Aurora Serverless v1, which AWS retired. */
    public boolean retiredServerlessV1() {
      return this == AURORA_POSTGRESQL_SERVERLESS || this == AURORA_MYSQL_SERVERLESS;
    }

    public boolean postgres() {
      return cloudFormationEngine.contains("postgres");
    }

    public int defaultPort() {
      return defaultPort;
    }
  }

  /** Stacktape's accessibility modes (reference §4.4). */
  public enum AccessibilityMode implements ConfigEnum {
    INTERNET("internet"),
    VPC("vpc"),
    SCOPING_WORKLOADS_IN_VPC("scoping-workloads-in-vpc"),
    WHITELISTED_IPS_ONLY("whitelisted-ips-only");

    private final String value;

    AccessibilityMode(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }

    /** Whether a connecting function must join the VPC to reach the database. */
    public boolean requiresVpc() {
      return this == VPC || this == SCOPING_WORKLOADS_IN_VPC;
    }
  }
}
