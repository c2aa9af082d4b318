package dev.formwork.cli;

import java.nio.file.Path;

/**
 * What a command works on, resolved once: the config file and its bytes, the stage and the region.
 */
record Target(Path configFile, byte[] content, String stage, String region) {}
