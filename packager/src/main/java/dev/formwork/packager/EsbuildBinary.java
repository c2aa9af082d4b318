package dev.formwork.packager;

import java.nio.file.Path;

/** An esbuild executable and its version (the version is part of every bundle's cache key). */
public record EsbuildBinary(Path executable, String version) {}
