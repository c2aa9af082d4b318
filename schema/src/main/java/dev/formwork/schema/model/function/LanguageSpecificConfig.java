package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.node.ConfigNode;
import java.util.List;
import java.util.Optional;

/** Bundling options per language; only the ones for the entry file's language apply. */
@Doc("Language-specific bundling options.")
public record LanguageSpecificConfig(
    @Doc("JS/TS: tsconfig.json to use.") Optional<String> tsConfigPath,
    @Doc("JS/TS: emit decorator metadata.") Optional<Boolean> emitTsDecoratorMetadata,
    @Doc("JS/TS: dependencies kept out of the bundle and installed into the package instead.")
        List<String> dependenciesToExcludeFromBundle,
    @Doc("JS/TS: module format of the bundle.") Optional<ModuleFormat> outputModuleFormat,
    @Doc(
            "JS/TS: the Node.js major version, which picks the runtime (e.g. 22 → nodejs22.x) and"
                + " esbuild's target; default: the newest. From Node.js 24 on, bundles are ES"
                + " modules unless outputModuleFormat says otherwise.")
        Optional<Integer> nodeVersion,
    @Doc("JS/TS: do not emit source maps.") Optional<Boolean> disableSourceMaps,
    @Doc("JS/TS: where to write source maps.") Optional<String> outputSourceMapsTo,
    @Doc("JS/TS: dependencies left out of the package entirely.")
        List<String> dependenciesToExcludeFromDeploymentPackage,
    @Doc(
            "Python: the requirements file, pyproject.toml or Pipfile(.lock) (default:"
                + " requirements.txt beside the entry file, else the nearest pyproject.toml with a"
                + " lock file or Pipfile above it). Java: the pom.xml or build.gradle(.kts) of the"
                + " project (default: the nearest one above the entry file).")
        Optional<String> packageManagerFile,
    @Doc(
            "Python: the tool that declares the dependencies: pip (requirements.txt), uv or poetry"
                + " (pyproject.toml with uv.lock or poetry.lock, exported by that tool), pipenv"
                + " (Pipfile.lock, read by formwork). Default: found from the files beside the"
                + " entry file and above it. pip installs the wheels for Lambda in every case.")
        Optional<PythonPackageManager> packageManager,
    @Doc(
            "Python: the Python version, which picks the runtime (e.g. '3.12' → python3.12) and"
                + " the wheels vendored for it; default: the newest. Quote it: YAML reads 3.10 as"
                + " 3.1.")
        Optional<String> pythonVersion,
    @Doc("JS/TS: minify the bundle (Python sources are zipped as they are).")
        Optional<Boolean> minify,
    @NotSupported("uv dependency groups are not supported yet; use a requirements file.")
        Optional<ConfigNode> uvOptionalDependencies,
    @NotSupported("uv dependency groups are not supported yet; use a requirements file.")
        Optional<ConfigNode> uvWithGroups,
    @NotSupported("uv dependency groups are not supported yet; use a requirements file.")
        Optional<ConfigNode> uvWithoutGroups,
    @NotSupported("uv dependency groups are not supported yet; use a requirements file.")
        Optional<ConfigNode> uvOnlyGroups,
    @Doc(
            "Java: true builds with Maven (pom.xml), false with Gradle (build.gradle); default: the"
                + " build file nearest the entry file, Maven when a folder has both.")
        Optional<Boolean> useMaven,
    @Doc(
            "Java: the Java version, which picks the runtime (11, 17, 21 or 25 → java11 … java25);"
                + " default: the newest.")
        Optional<Integer> javaVersion) {}
