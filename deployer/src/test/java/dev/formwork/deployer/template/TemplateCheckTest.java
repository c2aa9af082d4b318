package dev.formwork.deployer.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TemplateCheckTest {

  /**
   * A template whose text is {@code filler} inside Metadata, padded with ASCII to an exact UTF-8
   * size.
   */
  static String templateOfBytes(String filler, int totalBytes) {
    String head = "{\"Metadata\":{\"Note\":\"" + filler;
    String tail = "\"},\"Resources\":{\"Q\":{\"Type\":\"AWS::SQS::Queue\"}}}";
    int pad = totalBytes - TemplateCheck.utf8Bytes(head) - TemplateCheck.utf8Bytes(tail);
    return head + "x".repeat(pad) + tail;
  }

  @Test
  void countsUtf8BytesNotCharacters() {
    // 20,000 × "é" is 20,000 chars but 40,000 bytes: the text is under 51,200 chars yet over 51,200
    // bytes.
    String template = templateOfBytes("é".repeat(20_000), 60_000);
    assertTrue(template.length() <= TemplateCheck.MAX_INLINE_BYTES, "chars " + template.length());
    assertEquals(60_000, TemplateCheck.utf8Bytes(template));
    assertInstanceOf(TemplateCheck.ViaS3.class, TemplateCheck.decide(template));
  }

  @Test
  void inlineUpToExactly51200BytesThenS3() {
    assertEquals(
        new TemplateCheck.Inline(51_200), TemplateCheck.decide(templateOfBytes("", 51_200)));
    assertEquals(
        new TemplateCheck.ViaS3(51_201), TemplateCheck.decide(templateOfBytes("", 51_201)));
    assertEquals(
        new TemplateCheck.ViaS3(1_000_000), TemplateCheck.decide(templateOfBytes("", 1_000_000)));
  }

  @Test
  void overOneMegabyteIsRejectedBeforeParsing() {
    TemplateCheck.Decision decision = TemplateCheck.decide(templateOfBytes("", 1_000_001));
    assertEquals(
        new TemplateCheck.Rejected(
            "The template is 1000001 bytes, over CloudFormation's limit of 1000000 bytes."),
        decision);
  }

  static String templateWithQueuesAndTopics(int queues, int topics) {
    StringBuilder text = new StringBuilder("{\"Resources\":{");
    for (int i = 0; i < queues; i++) {
      text.append(i == 0 ? "" : ",")
          .append("\"Q")
          .append(i)
          .append("\":{\"Type\":\"AWS::SQS::Queue\"}");
    }
    for (int i = 0; i < topics; i++) {
      text.append(queues + i == 0 ? "" : ",")
          .append("\"T")
          .append(i)
          .append("\":{\"Type\":\"AWS::SNS::Topic\"}");
    }
    return text.append("}}").toString();
  }

  @Test
  void fiveHundredResourcesPassAndFiveHundredOneAreRejectedWithABreakdown() {
    assertInstanceOf(
        TemplateCheck.Inline.class, TemplateCheck.decide(templateWithQueuesAndTopics(400, 100)));
    assertEquals(
        new TemplateCheck.Rejected(
            "The template has 501 resources, over CloudFormation's limit of 500 (AWS::SQS::Queue"
                + " 400, AWS::SNS::Topic 101)."),
        TemplateCheck.decide(templateWithQueuesAndTopics(400, 101)));
  }

  @Test
  void invalidJsonIsRejected() {
    assertInstanceOf(TemplateCheck.Rejected.class, TemplateCheck.decide("{\"Resources\":"));
    assertEquals(
        new TemplateCheck.Rejected("The template is not a JSON object."),
        TemplateCheck.decide("[]"));
  }
}
