package dev.formwork.deployer.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.formwork.deployer.DeployStepException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StpVariablesTest {

  /** The verified vectors of reference/stacktape-config.md §4.1. */
  @ParameterizedTest
  @CsvSource({
    "myBucket, name, STP_MY_BUCKET_NAME",
    "mainDb, connectionString, STP_MAIN_DB_CONNECTION_STRING",
    "myS3Bucket, arn, STP_MY_S3_BUCKET_ARN",
    "s3bucket, name, STP_S3BUCKET_NAME",
    "api2Gw, url, STP_API2_GW_URL",
    "myAPIKey, arn, STP_MY_API_KEY_ARN",
    "aBCd, url, STP_A_B_CD_URL",
    "HTTPServer, cdnCanonicalUrl, STP_HTTP_SERVER_CDN_CANONICAL_URL",
    "db, readReplica0Port, STP_DB_READ_REPLICA0_PORT",
    "lb, port443, STP_LB_PORT443",
    "myBatchJob.triggerFunction, arn, STP_MY_BATCH_JOB_TRIGGER_FUNCTION_ARN",
    "ordersTable, streamArn, STP_ORDERS_TABLE_STREAM_ARN",
  })
  void namesMatchStacktape(String ref, String param, String expected) {
    assertEquals(expected, StpVariables.name(ref, param));
  }

  @Test
  void connectToTakesEveryParamOfEachResource() {
    Map<String, String> env =
        StpVariables.forConnectTo(
            "seed",
            List.of("ordersQueue"),
            Map.of("ordersQueue", Map.of("url", "http://q", "arn", "arn:aws:sqs:eu-west-1:1:q")));
    assertEquals(
        Map.of(
            "STP_ORDERS_QUEUE_URL",
            "http://q",
            "STP_ORDERS_QUEUE_ARN",
            "arn:aws:sqs:eu-west-1:1:q"),
        env);
  }

  @Test
  void aResourceTheStackLacksIsAnErrorNamingIt() {
    DeployStepException e =
        assertThrows(
            DeployStepException.class,
            () -> StpVariables.forConnectTo("seed", List.of("uplaods"), Map.of()));
    assertEquals(
        "Script seed connects to uplaods, which the deployed stack does not have.", e.getMessage());
  }
}
