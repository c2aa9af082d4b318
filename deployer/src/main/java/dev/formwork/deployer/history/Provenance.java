package dev.formwork.deployer.history;

import java.time.Instant;
import java.util.Optional;

/**
 * Who made a deployment, when, with which formwork and from which commit (empty outside a git
 * checkout).
 */
public record Provenance(
    Instant time,
    String formworkVersion,
    Optional<String> gitCommit,
    Optional<Boolean> gitDirty,
    String deployedBy) {}
