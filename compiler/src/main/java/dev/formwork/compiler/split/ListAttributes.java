package dev.formwork.compiler.split;

import java.util.Map;
import java.util.Set;

/**
 * The {@code Fn::GetAtt} attributes that return a list rather than a string, among those formwork
 * writes or a raw resource commonly reads. A list crosses a stack boundary as a {@code
 * CommaDelimitedList} parameter, or as an output joined with commas and split again where it is
 * read, because stack parameters and outputs are strings:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html
 */
final class ListAttributes {

  private static final Map<String, Set<String>> BY_TYPE =
      Map.of(
          "AWS::EC2::VPC", Set.of("CidrBlockAssociations", "Ipv6CidrBlocks"),
          "AWS::EC2::Subnet", Set.of("Ipv6CidrBlocks"),
          "AWS::ElasticLoadBalancingV2::LoadBalancer", Set.of("SecurityGroups"),
          "AWS::ElasticLoadBalancingV2::TargetGroup", Set.of("LoadBalancerArns"),
          "AWS::Route53::HostedZone", Set.of("NameServers"),
          "AWS::DirectoryService::MicrosoftAD", Set.of("DnsIpAddresses"),
          "AWS::DirectoryService::SimpleAD", Set.of("DnsIpAddresses"));

  private ListAttributes() {}

  static boolean isList(String resourceType, String attribute) {
    return BY_TYPE.getOrDefault(resourceType, Set.of()).contains(attribute);
  }
}
