package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * POST /orders behind an HTTP API (payload format 2.0): stores {"orderId", "item"} in the table
 * that connectTo names in STP_ORDERS_TABLE_NAME.
 */
public class PlaceOrder implements RequestHandler<Map<String, Object>, Map<String, Object>> {

  private static final Pattern FIELD = Pattern.compile("\"(orderId|item)\"\\s*:\\s*\"([^\"]*)\"");

  // Created once per execution environment, so SnapStart's snapshot holds it initialised.
  private final DynamoDbClient dynamoDb =
      DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    String body = String.valueOf(event.getOrDefault("body", ""));
    Map<String, AttributeValue> item = new java.util.HashMap<>();
    for (Matcher field = FIELD.matcher(body); field.find(); ) {
      item.put(field.group(1), AttributeValue.fromS(field.group(2)));
    }
    if (!item.containsKey("orderId")) {
      return Map.of("statusCode", 400, "body", "{\"error\":\"expected {\\\"orderId\\\", \\\"item\\\"}\"}");
    }
    dynamoDb.putItem(
        PutItemRequest.builder()
            .tableName(System.getenv("STP_ORDERS_TABLE_NAME"))
            .item(item)
            .build());
    context.getLogger().log("stored order " + item.get("orderId").s());
    return Map.of(
        "statusCode", 201,
        "headers", Map.of("content-type", "application/json"),
        "body", "{\"orderId\":\"" + item.get("orderId").s() + "\"}");
  }
}
