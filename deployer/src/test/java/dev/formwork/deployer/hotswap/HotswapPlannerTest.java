package dev.formwork.deployer.hotswap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.deployer.hotswap.HotswapPlan.AliasMove;
import dev.formwork.deployer.hotswap.HotswapPlan.FunctionChange;
import dev.formwork.deployer.hotswap.HotswapPlan.VersionPublish;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which template differences hotswap makes with the Lambda API, and which need CloudFormation. */
class HotswapPlannerTest {

  private static final Map<String, HotswapTarget> TARGETS =
      Map.of(
          "ApiFunction", new HotswapTarget("api", "shop-dev-api"),
          "OrdersFunction", new HotswapTarget("orders", "shop-dev-orders"));

  /** api: no versions; orders: a content-keyed version, the live alias and a pinned alias. */
  private static String template(
      String apiKey, String ordersKey, String version, String extra, String aliasPolicy) {
    return """
    {"AWSTemplateFormatVersion": "2010-09-09", "Description": "formwork stack shop-dev",
     "Resources": {
      "ApiFunction": {"Type": "AWS::Lambda::Function", "DependsOn": ["ApiRole"],
        "Properties": {"FunctionName": "shop-dev-api", "Runtime": "nodejs22.x", "MemorySize": 1024,
          "Timeout": 3, "Code": {"S3Bucket": {"Fn::Sub": "fw-shop-dev-${AWS::AccountId}-${AWS::Region}"},
          "S3Key": "artifacts/%s.zip"},
          "Environment": {"Variables": {"TABLE": {"Ref": "NotesTable"}}}}},
      "ApiRole": {"Type": "AWS::IAM::Role", "Properties": {"RoleName": "r"}},
      "OrdersFunction": {"Type": "AWS::Lambda::Function",
        "Properties": {"FunctionName": "shop-dev-orders", "Runtime": "nodejs22.x", "MemorySize": 512,
          "Timeout": 6, "Code": {"S3Bucket": "b", "S3Key": "artifacts/%s.zip"}}},
      "OrdersVersion%s": {"Type": "AWS::Lambda::Version", "DeletionPolicy": "Retain",
        "Properties": {"FunctionName": {"Ref": "OrdersFunction"}, "CodeSha256": "sha-%s"}},
      "OrdersStpAlias": {"Type": "AWS::Lambda::Alias", %s
        "Properties": {"FunctionName": {"Ref": "OrdersFunction"}, "Name": "stp-live",
          "FunctionVersion": {"Fn::GetAtt": ["OrdersVersion%s", "Version"]}}},
      "OrdersProdAlias": {"Type": "AWS::Lambda::Alias",
        "Properties": {"FunctionName": {"Ref": "OrdersFunction"}, "Name": "PROD",
          "FunctionVersion": "4"}}
      %s}}
    """
        .formatted(apiKey, ordersKey, version, version, aliasPolicy, version, extra);
  }

  private static HotswapPlan plan(String deployed, String compiled) {
    return HotswapPlanner.plan(parse(deployed), parse(compiled), TARGETS);
  }

  @Test
  void anUnchangedTemplateNeedsNothing() {
    String same = template("a1", "o1", "v1", "", "");
    assertThat(plan(same, same)).isEqualTo(new HotswapPlan.NoChanges());
  }

  @Test
  void newCodeOfAFunctionWithoutVersions() {
    HotswapPlan plan = plan(template("a1", "o1", "v1", "", ""), template("a2", "o1", "v1", "", ""));

    assertThat(plan)
        .isEqualTo(
            new HotswapPlan.Updates(
                List.of(
                    new FunctionChange(
                        "ApiFunction",
                        TARGETS.get("ApiFunction"),
                        Optional.of(
                            parse(
                                "{\"S3Bucket\": {\"Fn::Sub\":"
                                    + " \"fw-shop-dev-${AWS::AccountId}-${AWS::Region}\"},"
                                    + " \"S3Key\": \"artifacts/a2.zip\"}")),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of()))));
  }

  @Test
  void newCodeOfAVersionedFunctionPublishesAndMovesTheAliasesThatFollowIt() {
    HotswapPlan plan = plan(template("a1", "o1", "v1", "", ""), template("a1", "o2", "v2", "", ""));

    FunctionChange orders = ((HotswapPlan.Updates) plan).functions().get(0);
    assertThat(orders.logicalId()).isEqualTo("OrdersFunction");
    assertThat(orders.code()).isPresent();
    assertThat(orders.publish())
        .contains(new VersionPublish("OrdersVersionv2", Optional.of("sha-v2")));
    // The alias pinned to version 4 is not touched.
    assertThat(orders.aliases())
        .containsExactly(
            new AliasMove(
                "OrdersStpAlias",
                "stp-live",
                parse("{\"Fn::GetAtt\": [\"OrdersVersionv2\", \"Version\"]}"),
                Optional.empty()));
  }

  @Test
  void environmentMemoryAndTimeoutAreUpdatable() {
    String deployed = template("a1", "o1", "v1", "", "");
    String compiled =
        deployed
            .replace("{\"TABLE\": {\"Ref\": \"NotesTable\"}}", "{\"MODE\": \"fast\"}")
            .replace("\"MemorySize\": 1024", "\"MemorySize\": 2048")
            .replace("\"Timeout\": 3,", "\"Timeout\": 30,");

    FunctionChange api = ((HotswapPlan.Updates) plan(deployed, compiled)).functions().get(0);
    assertThat(api.environment()).contains(parse("{\"Variables\": {\"MODE\": \"fast\"}}"));
    assertThat(api.memorySize()).contains(json("2048"));
    assertThat(api.timeout()).contains(json("30"));
    assertThat(api.code()).isEmpty();
  }

  @Test
  void everyOtherChangeFallsBackNamingIt() {
    String deployed = template("a1", "o1", "v1", "", "");
    String compiled =
        template(
                "a2",
                "o1",
                "v1",
                ", \"JobsQueue\": {\"Type\": \"AWS::SQS::Queue\", \"Properties\": {}}",
                "")
            .replace("\"RoleName\": \"r\"", "\"RoleName\": \"s\"")
            .replace(
                "\"FunctionName\": \"shop-dev-orders\", \"Runtime\": \"nodejs22.x\"",
                "\"FunctionName\": \"shop-dev-orders\", \"Runtime\": \"nodejs24.x\"")
            .replace("\"DependsOn\": [\"ApiRole\"],", "");

    assertThat(plan(deployed, compiled))
        .isEqualTo(
            new HotswapPlan.Fallback(
                List.of(
                    "ApiFunction (AWS::Lambda::Function) changes its DependsOn",
                    "ApiRole (AWS::IAM::Role) changes RoleName",
                    "JobsQueue (AWS::SQS::Queue) is added",
                    "OrdersFunction (AWS::Lambda::Function) changes Runtime")));
  }

  @Test
  void outputsAndRawFunctionsNeedCloudFormation() {
    String deployed = template("a1", "o1", "v1", "", "");
    String compiled =
        deployed.replace(
            "\"Description\": \"formwork stack shop-dev\",",
            "\"Description\": \"formwork stack shop-dev\", \"Outputs\": {\"X\": {\"Value\":"
                + " \"1\"}},");

    assertThat(plan(deployed, compiled))
        .isEqualTo(new HotswapPlan.Fallback(List.of("the template's Outputs changed")));
    assertThat(
            HotswapPlanner.plan(
                parse(deployed),
                parse(template("a2", "o1", "v1", "", "")),
                Map.of("OrdersFunction", TARGETS.get("OrdersFunction"))))
        .isEqualTo(
            new HotswapPlan.Fallback(
                List.of(
                    "ApiFunction changes, and it is not a function of the config (raw"
                        + " CloudFormation)")));
  }

  @Test
  void aFunctionCodeDeployShiftsTrafficToIsRefused() {
    String policy =
        "\"UpdatePolicy\": {\"CodeDeployLambdaAliasUpdate\": {\"ApplicationName\": \"a\"}},";
    HotswapPlan plan =
        plan(template("a1", "o1", "v1", "", policy), template("a1", "o2", "v2", "", policy));

    assertThat(plan).isInstanceOf(HotswapPlan.Refused.class);
    assertThat(((HotswapPlan.Refused) plan).reason())
        .isEqualTo(
            "Function 'orders' is deployed gradually by CodeDeploy (its `deployment`): a hotswap"
                + " would skip the traffic shifting, alarms and hooks of OrdersStpAlias.");
    // Another function of the same stack may still be hotswapped.
    assertThat(plan(template("a1", "o1", "v1", "", policy), template("a2", "o1", "v1", "", policy)))
        .isInstanceOf(HotswapPlan.Updates.class);
  }

  @Test
  void aVersionWithoutNewCodeOrAnAliasOntoAnUnpublishedVersionFallsBack() {
    String deployed = template("a1", "o1", "v1", "", "");
    String renamedVersionOnly = template("a1", "o1", "v2", "", "");

    assertThat(plan(deployed, renamedVersionOnly))
        .isEqualTo(
            new HotswapPlan.Fallback(
                List.of(
                    "OrdersVersionv2 (AWS::Lambda::Version) is added for OrdersFunction, whose"
                        + " code is unchanged",
                    "OrdersVersionv1 (AWS::Lambda::Version) is removed without a replacement",
                    "OrdersStpAlias points at OrdersVersionv2, which this hotswap does not"
                        + " publish")));
  }

  @Test
  void driftNamesTheFunctionSettingsAndAliasesAHotswapLeftBehind() {
    String deployed = template("a1", "o1", "v1", "", "");
    String hotswapped =
        template("a2", "o2", "v2", "", "").replace("\"MemorySize\": 1024", "\"MemorySize\": 2048");

    List<FunctionChange> drift =
        HotswapPlanner.drift(
            parse(hotswapped), Optional.empty(), parse(deployed), Map.of("ApiFunction", "api"));

    assertThat(drift)
        .extracting(FunctionChange::logicalId)
        .containsExactly("ApiFunction", "OrdersFunction", "OrdersStpAlias");
    FunctionChange api = drift.get(0);
    assertThat(api.target()).isEqualTo(new HotswapTarget("api", "shop-dev-api"));
    assertThat(api.memorySize()).contains(json("1024"));
    assertThat(api.code()).isPresent();
    assertThat(api.publish()).isEmpty();
    assertThat(drift.get(2).aliases())
        .containsExactly(
            new AliasMove(
                "OrdersStpAlias",
                "stp-live",
                parse("{\"Fn::GetAtt\": [\"OrdersVersionv1\", \"Version\"]}"),
                Optional.empty()));
    assertThat(HotswapPlanner.drift(parse(deployed), Optional.empty(), parse(deployed), Map.of()))
        .isEmpty();
  }

  @Test
  void driftLeavesWhatTheChangeSetApplied() {
    String before = template("a1", "o1", "v1", "", "");
    String hotswapped = template("a2", "o2", "v2", "", "");
    // The change set brought new code for api (applied by CloudFormation) and none for orders.
    String deployed = template("a3", "o1", "v1", "", "");

    List<FunctionChange> drift =
        HotswapPlanner.drift(
            parse(hotswapped), Optional.of(parse(before)), parse(deployed), Map.of());

    assertThat(drift)
        .extracting(FunctionChange::logicalId)
        .containsExactly("OrdersFunction", "OrdersStpAlias");
  }

  private static JsonValue json(String text) {
    try {
      return JsonParser.parse(text);
    } catch (JsonParseException e) {
      throw new AssertionError("test JSON does not parse: " + text, e);
    }
  }

  private static JsonObject parse(String text) {
    return (JsonObject) json(text);
  }
}
