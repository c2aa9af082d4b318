package dev.formwork.deployer.hotswap;

/**
 * A function of the config that hotswap may update: its config name (for messages) and the physical
 * name the Lambda API calls use, from the compile result.
 */
public record HotswapTarget(String name, String physicalName) {}
