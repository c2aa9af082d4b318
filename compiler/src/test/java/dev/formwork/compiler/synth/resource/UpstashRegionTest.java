package dev.formwork.compiler.synth.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UpstashRegionTest {

  @Test
  void aStackInAnUpstashRegionKeepsIt() {
    assertEquals("eu-central-1", UpstashRedisSynthesizer.region("eu-central-1"));
    assertEquals("sa-east-1", UpstashRedisSynthesizer.region("sa-east-1"));
  }

  @Test
  void otherRegionsGetTheFirstUpstashRegionOnTheirContinent() {
    assertEquals("eu-west-1", UpstashRedisSynthesizer.region("eu-north-1"));
    assertEquals("ap-southeast-1", UpstashRedisSynthesizer.region("ap-northeast-1"));
    assertEquals("us-east-1", UpstashRedisSynthesizer.region("us-east-2"));
  }

  @Test
  void regionsOnContinentsWithoutUpstashFallBackToUsEast1() {
    assertEquals("us-east-1", UpstashRedisSynthesizer.region("me-central-1"));
    assertEquals("us-east-1", UpstashRedisSynthesizer.region("af-south-1"));
  }
}
