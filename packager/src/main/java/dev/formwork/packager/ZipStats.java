package dev.formwork.packager;

import java.nio.file.Path;

/**
 * A finished zip: where it is, its SHA-256 (the artifact digest), and its zipped and unzipped
 * sizes.
 */
public record ZipStats(Path file, String sha256, long zippedBytes, long unzippedBytes) {}
