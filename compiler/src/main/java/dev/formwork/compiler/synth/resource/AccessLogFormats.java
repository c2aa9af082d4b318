package dev.formwork.compiler.synth.resource;

import dev.formwork.schema.model.HttpApiGatewayResource.LogFormat;

/**
 * Access log line formats of HTTP API stages, after the examples in
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html (each must
 * contain $context.requestId).
 */
final class AccessLogFormats {

  private AccessLogFormats() {}

  static String of(LogFormat format) {
    return switch (format) {
      case CLF ->
          "$context.identity.sourceIp - - [$context.requestTime] \"$context.httpMethod"
              + " $context.routeKey $context.protocol\" $context.status"
              + " $context.responseLength $context.requestId";
      case CSV ->
          "$context.identity.sourceIp,$context.requestTime,$context.httpMethod,$context.routeKey,$context.protocol,"
              + "$context.status,$context.responseLength,$context.requestId";
      case XML ->
          "<request id=\"$context.requestId\"> <ip>$context.identity.sourceIp</ip>"
              + " <requestTime>$context.requestTime</requestTime>"
              + " <httpMethod>$context.httpMethod</httpMethod>"
              + " <routeKey>$context.routeKey</routeKey> <status>$context.status</status>"
              + " <protocol>$context.protocol</protocol>"
              + " <responseLength>$context.responseLength</responseLength> </request>";
      default ->
          "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\",\"requestTime\":\"$context.requestTime\","
              + "\"httpMethod\":\"$context.httpMethod\",\"routeKey\":\"$context.routeKey\",\"status\":\"$context.status\","
              + "\"protocol\":\"$context.protocol\",\"responseLength\":\"$context.responseLength\"}";
    };
  }
}
