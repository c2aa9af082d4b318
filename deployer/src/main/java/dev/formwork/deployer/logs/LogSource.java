package dev.formwork.deployer.logs;

/** A log group to read, and the label its lines are printed with (the config resource's name). */
public record LogSource(String label, String logGroupName) {}
